# A misspelt builtin, uncaught: "Did you mean: 'print'?"; a name far from everything
# gets no suggestion (see suggest_none.py).
values = [3, 1, 2]
prnt(sorted(values))
