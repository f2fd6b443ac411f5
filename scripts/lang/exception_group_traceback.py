# The tree-shaped report of exception groups (3.11): boxes per sub-exception, nesting,
# chained causes inside, notes, the width (15) and depth (10) limits; printed through
# traceback.format_exception / print_exception and, at the end, uncaught on stderr.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def fail(exc):
    raise exc


def caught(exc):
    try:
        fail(exc)
    except BaseException as e:
        return e


def show(exc):
    print("".join(traceback.format_exception(exc)).replace(HERE, ""), end="")
    print("=" * 20)


# A flat group with raised and never-raised members.
show(ExceptionGroup("flat", [caught(ValueError(1)), TypeError("never raised")]))

# Nested, with notes on the group and a member.
inner = caught(ExceptionGroup("inner", [caught(KeyError("k")), OSError("os")]))
inner.add_note("note on inner\nsecond line")
leaf = caught(ZeroDivisionError("zero"))
leaf.add_note("note on leaf")
show(caught(ExceptionGroup("outer", [leaf, inner])))

# A member with a cause, and a group whose context is a plain exception.
try:
    raise RuntimeError("with cause") from IndexError("the cause")
except RuntimeError as e:
    with_cause = e
try:
    try:
        raise ZeroDivisionError("division")
    except ZeroDivisionError:
        raise ExceptionGroup("during", [with_cause, ValueError("last")])
except ExceptionGroup as e:
    show(e)

# More than 15 members.
show(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
show(ExceptionGroup("exactly 16", [ValueError(i) for i in range(16)]))

# Deeper than 10.
deep = ValueError("bottom")
for level in range(12):
    deep = ExceptionGroup(f"level {level}", [deep])
show(deep)

# A group as the last member: one closing line.
show(ExceptionGroup("last nested", [ValueError(1), ExceptionGroup("in", [TypeError(2)])]))

# print_exception to a file.

class Strip:
    def write(self, text):
        sys.stdout.write(text.replace(HERE, ""))


traceback.print_exception(ExceptionGroup("printed", [caught(ValueError("p"))]), file=Strip())

# The pieces format_exception returns (as CPython cuts them) and format_exception_only.
chunked = caught(ExceptionGroup("pieces", [caught(ValueError("a")), with_cause]))
chunked.add_note("group note")
for piece in traceback.format_exception(chunked):
    print(repr(piece.replace(HERE, "")))
print(traceback.format_exception_only(chunked))
print(traceback.format_exception_only(with_cause))


# Uncaught, on stderr.
def main():
    errors = [caught(ValueError("first")), caught(KeyError("second"))]
    errors[1].add_note("while looking up 'second'")
    raise ExceptionGroup("uncaught", errors)


main()
