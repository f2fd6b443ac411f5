# printf-style formatting reports a malformed format only when it gets there: the
# conversions before it run first, and a '%(' without a mapping argument asks for one.
def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt("%(a", 0)
attempt("%(a", (1,))
attempt("%(a", {"a": 1})
attempt("%(a)s and %(b", {"a": 1})
attempt("%d %(x", ("no",))
attempt("%d %y", ("no", 1))
attempt("%d %y", (1, 2))
attempt("%s %", ("x",))
attempt("%s %", ())
attempt("%d %.*f", (1,))
attempt("%(a)s", "text")
attempt("%(a)s %s", {"a": 1})
attempt("%s %s", (1,))
attempt("%s", (1, 2))
attempt("%c", 1114112)
attempt("%5.2f|%-6d|%+x", (3.14159, 42, 255))
attempt("%s %(a)s", {"a": 1})
attempt("%(a)*d", {"a": 1})
attempt("abc", [])
attempt("abc", b"x")
attempt("abc", 5)
attempt("abc", "x")
attempt("%s", [1, 2])
attempt("%(0)s", [7])
