# ast.literal_eval: accepted literals and CPython's errors for everything else.
import ast

GOOD = [
    "42", "-7", "+3", "1.5", "-2.5e3", "3j", "1+2j", "-1-2j", "0x1f", "10**0" if False else "1_000",
    "'text'", "b'bytes'", "'a' 'b'", "None", "True", "False",
    "(1, 2)", "()", "(1,)", "[1, [2, 3]]", "{'a': 1, 'b': [2]}", "{1, 2}", "set()",
    "  [1, 2]", "\t{}", "{'nested': ({1}, [(), None])}", "123456789012345678901234567890",
]
for text in GOOD:
    value = ast.literal_eval(text)
    print(repr(text), "->", repr(value), type(value).__name__)

print(ast.literal_eval(ast.parse("[1, -2]", mode="eval")))
print(ast.literal_eval(ast.parse("(3, 4)", mode="eval").body))

BAD = ["x", "1 + x", "f()", "[1, y]", "1 + 2", "2j + 1", "-'a'", "{**d}", "set([1])",
       "a.b", "1 if 2 else 3", "lambda: 0", "x[0]", "-(-1)", "'a' + 'b'"]
for text in BAD:
    try:
        ast.literal_eval(text)
    except ValueError as e:
        msg = str(e)
        print(repr(text), "ValueError:", msg[:msg.index(":")])
for text in ["1 +", "x = 1", " \n1"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e.msg)
try:
    ast.literal_eval(ast.Name("x", ast.Load()))
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
try:
    ast.literal_eval(ast.Dict(keys=[ast.Constant(1)], values=[]))
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
