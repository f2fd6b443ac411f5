# Errors raised by builtins (a KeyError from d[k], an AttributeError from a failed
# lookup) matched by `except NAME` clauses: by subclass, in tuples, bound with `as`,
# re-raised, chained, seen by sys.exc_info(), across clauses that do not match.
import sys
import traceback

d = {}
try:
    d[1]
except KeyError:
    print("caught", sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))

try:
    d[2]
except ValueError:
    print("wrong clause")
except (TypeError, LookupError) as e:
    print("tuple, subclass, as:", type(e).__name__, e.args)

try:
    try:
        d[3]
    except ValueError:
        print("wrong clause")
except KeyError as e:
    print("unmatched, caught outside:", repr(e))

try:
    try:
        d[4]
    except KeyError:
        raise
except KeyError as e:
    print("bare raise:", repr(e), len(traceback.format_tb(e.__traceback__)))

try:
    try:
        d[5]
    except KeyError:
        raise ValueError("x")
except ValueError as e:
    print("context:", repr(e.__context__), e.__context__.__traceback__ is not None)

try:
    d[6]
except:
    print("bare except:", sys.exc_info()[0])

try:
    d[7]
except KeyError:
    first = sys.exception()
    print("same object:", first is sys.exception(), first is sys.exc_info()[1])


class C:
    pass


try:
    C().missing
except AttributeError as e:
    print("AttributeError:", e.name, type(e.obj).__name__)

try:
    undefined_name
except NameError as e:
    print("NameError:", e.name)

print(hasattr(C(), "zz"), getattr(1, "zz", 5))

try:
    try:
        d[8]
    except undefined_clause_type:
        pass
except NameError as e:
    print("clause type fails:", e, "| context:", repr(e.__context__))

try:
    try:
        d[9]
    except 5:
        pass
except TypeError as e:
    print("not a class:", e)


def gen():
    try:
        {}["g"]
    except KeyError:
        yield sys.exception()
        yield sys.exception()


try:
    d[10]
except KeyError:
    g = gen()
    print("generator inside:", repr(next(g)))
    print("generator again:", repr(next(g)))


def clause_yields():
    try:
        d[11]
    except (yield):
        print("matched the sent class:", repr(sys.exception()))


g = clause_yields()
next(g)
try:
    g.send(KeyError)
except StopIteration:
    pass

for i in range(3):
    try:
        [][i]
    except IndexError:
        continue
    finally:
        pass
print("loop done", i)

n = 0
for i in range(1000):
    try:
        d[i]
    except KeyError:
        n += 1
print("counted", n)

try:
    d["last"]
except ValueError:
    pass
