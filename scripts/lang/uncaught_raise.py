# An uncaught exception: stdout so far is kept, the traceback goes to stderr, exit code 1.
print("before the error")
raise ValueError("x")
print("never printed")
