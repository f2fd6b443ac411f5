# add_note / __notes__ (3.11): notes print after the exception's line, in order, a
# multi-line note on several lines, a non-str note by its str; the chain keeps each
# exception's own notes; and the errors add_note gives.
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def report(exc):
    print("".join(traceback.format_exception(exc)).replace(HERE, ""), end="")
    print("-" * 10)


def to_int(text):
    if not text.isdigit():
        raise ValueError(f"invalid literal for int() with base 10: {text!r}")
    return int(text)


def parse(text):
    try:
        to_int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        raise
    return int(text)


try:
    parse("x1")
except ValueError as e:
    e.add_note("line one\nline two")
    print(e.__notes__)
    report(e)

e = KeyError("k")
e.__notes__ = ["set directly", 42]
report(e)

try:
    try:
        parse("y")
    except ValueError as inner:
        err = RuntimeError("outer")
        err.add_note("outer note")
        raise err from inner
except RuntimeError as e:
    report(e)

for bad in (None, 1.5, ["list"]):
    try:
        ValueError().add_note(bad)
    except TypeError as x:
        print(x)
for args in ((), ("a", "b")):
    try:
        ValueError().add_note(*args)
    except TypeError as x:
        print(x)
try:
    ValueError().add_note(note="a")
except TypeError as x:
    print(x)
e = ValueError()
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as x:
    print(x)

print(parse("12"))
parse("uncaught")
