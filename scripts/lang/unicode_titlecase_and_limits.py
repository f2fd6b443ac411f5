# title() and capitalize() use Unicode 14.0's title case where it is not upper case; format
# of a str refuses a space sign; repr() of an int over 4300 digits raises as str() does.
for t in ["'ﬁ'.capitalize()", "'ﬁ'.title()", "'ǆ'.title()", "'ǆ'.capitalize()", "'ß'.title()",
          "'ﬁx ǳ'.title()", "'ﬀ ﬂ ﬃ ﬄ ﬅ ﬆ'.title()", "'ᾳ ῃ ῳ'.title()", "'ᾀ'.capitalize()",
          "'ǈ'.istitle()", "'ǅa'.istitle()", "'hello ﬁrst'.title()", "'ŉ'.title()", "'ǰ'.capitalize()",
          "format('Hello World', ' ')", "format('abc', '+')", "format('abc', '-')",
          "repr(10 ** 4299)[:5]", "repr(10 ** 4300)", "str(-10 ** 4300)"]:
    try:
        print(t, '->', ascii(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
