# tomllib: every kind of value, tables and arrays of tables, dotted keys, inline
# tables, parse_float, load from a binary file, and TOMLDecodeError's messages.
import decimal
import io
import tomllib

DOC = r'''
# A document touching every TOML 1.0 feature.
title = "TOML \"Example\" \u00e9 \U0001F600"
literal = 'C:\Users\nodejs\templates'
multi = """
Roses are red
  Violets are blue \
    and so are "you"."""
multi_literal = @@@
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
@@@
quotes = """Here are two quotation marks: "". Simple enough.""""
ints = [ +99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101 ]
floats = [ +1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991 ]
specials = [ inf, +inf, -inf ]
bools = [true, false]
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999+05:30
ldt = 1979-05-27 07:32:00.5
ld = 1979-05-27
lt = 07:32:00.123456789
nested = [ [ 1, 2 ], ["a", 'b'], [ {x = 1}, {y.z = 2} ] ]
multiline_array = [
  1,   # one
  2,
]
"quoted key" = 1
'literal key' = 2
bare-key_1 = 3
1234 = "digits"
a.b.c = 1
a.b.d = 2
inline = { name = "n", point = { x = 1, y = 2 }, list = [1] }

[table]
key = "value"
sub.key = "dotted"

[table.child]
deep = true

[ spaced . "header" ]
ok = 1

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
'''.replace("@@@", "'" * 3)

data = tomllib.loads(DOC)
for key, value in data.items():
    print(repr(key), "=", repr(value))
nan = tomllib.loads("x = nan\ny = -nan")
print(nan["x"] != nan["x"], str(nan["y"]))
print(tomllib.loads("x = 0.1\ny = 3", parse_float=decimal.Decimal))
print(tomllib.loads("x = [1.5, 2e3]", parse_float=lambda s: "<" + s + ">"))
print(tomllib.load(io.BytesIO(b"name = 'from bytes'\r\nnum = 1\r\n")))
print(tomllib.loads(""), tomllib.loads("# only a comment"), tomllib.loads("\n\n  \t\n"))

BAD = [
    "x = ", "x = 1 y = 2", "= 1", "x 1", "x = 1\nx = 2", "[t]\n[t]", "x = [1, 2",
    "x = {a = 1, a = 2}", "x = {a = 1", "x = \"unterminated", "x = 'unterminated",
    "x = \"\\q\"", "x = \"\\uD800\"", "x = \"\\u12\"", "x = \"tab\tok\x01bad\"",
    "x = 1979-02-30", "x = 07:32", "x = 1__0", "x = 01", "x = .5", "x = truee",
    "[a]\nb = 1\n[a.b]", "a = {b = 1}\n[a]", "a = [1]\n[[a]]", "[[a]]\n[a]",
    "a.b = 1\n[a]\nc = 2\n[a.b]", "a = {x = 1}\na.y = 2", "x = 1 # comment \x01",
    "[table", "[[table]", "[ ]", "a = { b = [1], b.c = 2 }", "x = \"\"\"abc",
    "x = '''abc", "x = 1\n\n\n  y = = 2", "\"key\nnewline\" = 1", "a.'b' .c = 1\na.b = 2",
    "x = [1,,2]", "x = {,}", "x = inf1", "x = +", "x = 0x", "é = 1",
]
for doc in BAD:
    try:
        print(repr(doc), "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as e:
        print(repr(doc), "->", e)
try:
    tomllib.load(io.StringIO("x = 1"))
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.loads("x = 1.0", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.TOMLDecodeError.__module__)
