# string.Formatter: str.format's steps as overridable methods, and its parser's errors.
import string

f = string.Formatter()
print(f.format("{0}-{x!r:>5}-{y[1]}-{z.real}", 1, x="a", y=[1, 2], z=3j))
print(f.format("{:{}}|{:>{w}}|", "ab", 5, "c", w=3))
print(f.format("{{literal}} {0[key]} {0[0]}", {"key": "v", 0: "zero"}))
print(f.format("{!s}{!r}{!a}", "s", "r", "é"))
print(f.vformat("{a}+{b}", (), {"a": 1, "b": 2}))
print(f.format(""))
print(f.format("{0}{0}{1}", "x", "y"))

for text in ["{0}{}", "{}{0}", "{", "}", "{0!x}", "{0!}", "{0!r", "{:{:{:{}}}}",
             "{0[}", "{0.}", "{0[]}", "{0]}", "{a", "{0:", "{0!r:", "{0!rx}"]:
    try:
        print(repr(text), f.format(text, 1, 2, 3, 4))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(text), type(e).__name__, e)

print(list(f.parse("a{{b}}c{0!r:>{w}}d{x.y[2]}")))
print(list(f.parse("")))
print(f.get_field("x.real", (), {"x": 5}))
print(f.get_field("0[1]", ([7, 8],), {}))
print(f.get_value(0, ("a",), {}), f.get_value("k", (), {"k": "b"}))
print(f.convert_field(3, None), f.convert_field("q", "r"))
try:
    f.convert_field(1, "z")
except ValueError as e:
    print("ValueError", e)
try:
    f.format("{missing}")
except KeyError as e:
    print("KeyError", e)
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError", e)


class Strict(string.Formatter):
    """Refuses unused arguments; formats floats with two places."""

    def check_unused_args(self, used_args, args, kwargs):
        unused = set(kwargs) - used_args
        unused |= set(range(len(args))) - used_args
        if unused:
            raise ValueError(f"unused: {sorted(map(str, unused))}")

    def format_field(self, value, format_spec):
        if isinstance(value, float) and not format_spec:
            return format(value, ".2f")
        return super().format_field(value, format_spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)


s = Strict()
print(s.format("{0} {pi} {name}", 1.5, pi=3.14159))
try:
    s.format("{0}", 1, 2, extra=3)
except ValueError as e:
    print("ValueError", e)


class Upper(string.Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.upper(), field, spec, conv


print(Upper().format("hello {0} world", "x"))
print("Formatter" in string.__all__)
