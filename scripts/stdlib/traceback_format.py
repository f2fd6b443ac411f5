# traceback: the report of a caught exception as text, exactly as an uncaught one prints.
import io
import sys
import traceback


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value


def convert(value):
    try:
        check(value)
    except ValueError as e:
        raise RuntimeError("conversion failed") from e


def shown(text):
    return text.replace(__file__, "FILE")


try:
    convert(-1)
except RuntimeError as e:
    print(shown(traceback.format_exc()))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception_only(e))
    parts = traceback.format_exception(e)
    print(len(parts), repr(parts[0]), repr(parts[-1]))
    print(shown("".join(traceback.format_exception(e, chain=False))))
    print(shown("".join(traceback.format_exception(e, limit=1, chain=False))))
    captured = io.StringIO()
    traceback.print_exc(file=captured)
    print(shown(captured.getvalue()) == shown(traceback.format_exc()))
    traceback.print_exc()

try:
    {}.pop("missing")
except KeyError:
    print(shown(traceback.format_exc()))
print(repr(traceback.format_exc()))
print(traceback.format_exception_only(None))
