# try/except/else/finally ordering, raise from, custom exceptions, builtin error messages.
def attempt(value):
    try:
        print("  try", value)
        result = 10 / value
    except ZeroDivisionError as e:
        print("  except", type(e).__name__, e)
        return "from except"
    else:
        print("  else", result)
        return "from else"
    finally:
        print("  finally")

print(attempt(2))
print(attempt(0))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def loop_with_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_with_finally())

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
class NotFound(AppError):
    pass

try:
    raise NotFound(404, "no such page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, NotFound))

try:
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", type(e.__context__).__name__)

try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer") from None
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)

def reraise():
    try:
        int("abc")
    except ValueError:
        print("  logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print(type(e).__name__, e)

not_callable = 5
errors = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: int("12x"),
    lambda: float("abc"),
    lambda: [1][5],
    lambda: (1, 2)[-3],
    lambda: "abc"[10],
    lambda: {"a": 1}["b"],
    lambda: None.attr,
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [] + (),
    lambda: len(5),
    lambda: undefined_name,
    lambda: int(None),
    lambda: "abc".index("z"),
    lambda: [].remove(1),
    lambda: next(iter([])),
    lambda: (lambda x: x)(),
    lambda: (lambda x: x)(1, 2),
    lambda: (lambda: 0)(y=1),
    lambda: not_callable(),
    lambda: "x" * "y",
    lambda: -"s",
    lambda: {}.pop("k"),
    lambda: abs("x"),
    lambda: chr(-1),
    lambda: 2 ** 10000 * 1.0,
    lambda: [1, 2] < [1, "a"],
    lambda: sorted([3, "a"]),
    lambda: object().foo,
    lambda: int("5", 99),
    lambda: divmod(1, 0),
    lambda: iter(5),
    lambda: tuple(1),
    lambda: "{}".format(),
    lambda: dict(a=1)[0],
    lambda: range(1, 2, 0),
]
for make_error in errors:
    try:
        make_error()
    except Exception as e:
        print(type(e).__name__, e)

try:
    raise KeyError("quoted key")
except LookupError as e:
    print(type(e).__name__, e, str(e), repr(e), e.args)
e = ValueError("a", 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(ValueError()))
try:
    raise StopIteration(7)
except StopIteration as e:
    print(e.value, e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e))
for exc in (IndexError, KeyError, ZeroDivisionError, ValueError):
    try:
        raise exc("multi")
    except (IndexError, KeyError) as e:
        print("lookup-ish", type(e).__name__)
    except (ZeroDivisionError, ValueError) as e:
        print("math-ish", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e))
print("e" in globals())
def cleanup_order():
    try:
        try:
            raise ValueError("first")
        finally:
            print("  inner finally")
    except ValueError as e:
        print("  caught", e)
    finally:
        print("  outer finally")
cleanup_order()
