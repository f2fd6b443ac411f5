# CPython 3.11's position markers in tracebacks: carets under the failing part of a line,
# ~~~^~~~ for a binary operator and ~~~^^^ for a subscript, none when the whole line failed.
import traceback


def show(thunk):
    try:
        thunk()
    except Exception:
        traceback.print_exc()
    print("handled", thunk.__name__)


def binary_operator():
    total = 3
    return total + " dollars"


def floor_division():
    a, b = 1, 0
    c = a // b


def parenthesised_operands():
    value = (1) * ("x") - 3


def subscript():
    table = {}
    value = table["key"]


def nested_subscript():
    table = {"a": {}}
    value = table["a"]["b"]


def whole_line_subscript():
    table = {}
    table["key"]


def call_inside_expression():
    return len(str(int("x")))


def attribute():
    class Plain:
        pass

    value = Plain().missing


def comparison():
    flag = 1 < "a"


def augmented_assignment():
    count = 1
    count += "a"


def multi_line_call():
    value = int(
        "not a number",
        10)


def non_ascii_line():
    text = "héllo wörld"
    value = text + 1


def trailing_comment():
    value = 1 + "a"  # the comment is not marked


def bare_assert():
    x = 5
    assert x < 3


def assert_with_message():
    items = []
    assert len(items) == 1, "need one item"


def assert_on_a_call():
    assert callable(None), "not callable"


def decorated():
    def refuse(func):
        raise ValueError("no decorating")

    @refuse
    def inner():
        pass


for case in [binary_operator, floor_division, parenthesised_operands, subscript,
             nested_subscript, whole_line_subscript, call_inside_expression, attribute,
             comparison, augmented_assignment, multi_line_call, non_ascii_line,
             trailing_comment, bare_assert, assert_with_message, assert_on_a_call,
             decorated]:
    show(case)
