# except* (PEP 654): matching by type, the unmatched rest re-raised, raising inside a
# clause, naked exceptions wrapped, the type checks, else/finally, nesting, and the
# compile-time errors.
import sys


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(leaves(x) for x in e.exceptions)}])"
    return repr(e)


def run(label, f):
    print("--", label)
    try:
        f()
        print("returned normally")
    except BaseException as e:
        print("escaped:", leaves(e))
        print("  context:", leaves(e.__context__) if e.__context__ else None)


def group():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), OSError(4)])


def basic():
    try:
        raise group()
    except* ValueError as e:
        print("ValueError clause:", leaves(e), type(e).__name__)
        print("  sys.exception():", leaves(sys.exception()))
    except* TypeError as e:
        print("TypeError clause:", leaves(e))
    except* OSError:
        print("OSError clause, no name")
    print("after try")


def unmatched_rest():
    try:
        raise group()
    except* ValueError as e:
        print("handled", leaves(e))


def tuple_type():
    try:
        raise group()
    except* (ValueError, OSError) as e:
        print("tuple clause", leaves(e))
    except* Exception as e:
        print("Exception clause gets the rest", leaves(e))


def first_clause_wins():
    try:
        raise group()
    except* Exception as e:
        print("first", leaves(e))
    except* ValueError as e:
        print("never here", e)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:", leaves(e), repr(e.exceptions[0]), e.args)


def naked_unmatched():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not here")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def raise_in_clause():
    try:
        raise group()
    except* ValueError:
        raise KeyError("from the ValueError clause")
    except* TypeError:
        raise


def raise_in_naked():
    try:
        raise ValueError("v")
    except* ValueError:
        raise RuntimeError("instead")


def raise_in_two():
    try:
        raise group()
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise IndexError("i")


def raise_again_by_name():
    try:
        raise group()
    except* ValueError as e:
        raise e


def all_handled_plus_else_finally():
    for exc in (None, group()):
        try:
            if exc:
                raise exc
            print("body ok")
        except* Exception as e:
            print("handled", leaves(e))
        else:
            print("else runs")
        finally:
            print("finally runs")


def nested_groups():
    inner = ExceptionGroup("inner", [ValueError("iv"), KeyError("ik")])
    try:
        raise ExceptionGroup("outer", [inner, ValueError("ov"), TypeError("ot")])
    except* ValueError as e:
        print("values:", leaves(e))
    except* LookupError as e:
        print("lookups:", leaves(e))


def base_exceptions():
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("interrupt:", leaves(e))


def bad_types():
    for typ in (int, (ValueError, 3), ExceptionGroup, (TypeError, BaseExceptionGroup)):
        try:
            try:
                raise ValueError("x")
            except* typ:
                pass
        except TypeError as e:
            print(type(typ).__name__, "->", e)


def loops_inside():
    try:
        raise group()
    except* Exception:
        for i in range(5):
            if i == 1:
                continue
            if i == 3:
                break
            print("loop", i)

        def inner():
            return "return in a nested function is fine"

        print(inner())


def name_cleared():
    try:
        raise ValueError()
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("NameError:", e)


def split_keeps_subclass():
    class Mine(ExceptionGroup):
        def derive(self, excs):
            return Mine(self.message + "'", excs)

    try:
        raise Mine("m", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(type(e).__name__, leaves(e))
    except* TypeError as e:
        print(type(e).__name__, leaves(e))


def nested_try_star():
    try:
        try:
            raise group()
        except* ValueError:
            raise
        except* TypeError:
            print("inner handles TypeError")
    except* ValueError as e:
        print("outer ValueError", leaves(e))
    except* OSError as e:
        print("outer OSError", leaves(e))


for f in (basic, unmatched_rest, tuple_type, first_clause_wins, naked, naked_unmatched,
          naked_reraise, raise_in_clause, raise_in_naked, raise_in_two, raise_again_by_name,
          all_handled_plus_else_finally, nested_groups, base_exceptions, bad_types,
          loops_inside, name_cleared, split_keeps_subclass, nested_try_star):
    run(f.__name__, f)

# Compile-time errors.
sources = [
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            return\n",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} (line {e.lineno}, offset {e.offset})")
