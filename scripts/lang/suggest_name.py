# An uncaught NameError names the closest local, global or builtin (3.11's rule);
# str(e) and the traceback module do not.
import traceback

counter_total = 0


def report():
    try:
        print(countr_total)
    except NameError as e:
        print(str(e), e.name)
        print(traceback.format_exception_only(type(e), e)[-1], end="")


def compute(values):
    result = 0
    for value in values:
        result += valeu
    return result


report()
try:
    compute([1])
except NameError as e:
    print(e)
try:
    lenn("x")
except NameError as e:
    print(e)
compute([1, 2])
