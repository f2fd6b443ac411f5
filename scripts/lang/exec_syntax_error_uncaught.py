# An uncaught SyntaxError from exec() prints the offending line and a caret.
print("before")
code = "def f(:\n    pass"
exec(code)
