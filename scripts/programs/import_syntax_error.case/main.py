# A syntax error in an imported file is a SyntaxError exception: catchable, and when it is
# not caught, reported with that file's name, line and caret.
import sys

try:
    import bad_module
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.filename.replace(sys.path[0], "."))
    print(str(e))
print("bad_module in sys.modules:", "bad_module" in sys.modules)
import bad_module
