//! Builtins exercised through real scripts: each snippet asserts its own results, so a
//! failure names the Python line that went wrong.

use crate::interpreter::{run_asserting_script, Interpreter};

fn run(src: &str) {
    let mut interp = Interpreter::new();
    super::install(&mut interp.vm);
    run_asserting_script(&mut interp, src);
}

#[test]
fn sorting_is_stable_and_propagates_errors() {
    run(r#"
assert sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0]) == [(0, 'z'), (1, 'b'), (1, 'a')]
assert sorted([3, 1, 2], reverse=True) == [3, 2, 1]
x = [5, 3, 9]; x.sort(key=lambda v: -v); assert x == [9, 5, 3]
try:
    sorted([1, 'a'])
    assert False
except TypeError as e:
    assert str(e) == "'<' not supported between instances of 'str' and 'int'", str(e)
"#);
}

#[test]
fn min_max_sum_and_friends() {
    run(r#"
assert max([4, 9, 2]) == 9 and min(3, 1, 2) == 1
assert max([], default=7) == 7
try:
    max([])
except ValueError as e:
    assert str(e) == "max() arg is an empty sequence"
else:
    raise AssertionError('did not raise: max([])')
assert sum([1, 2, 3], 10) == 16 and sum([0.5, 0.25]) == 0.75
assert list(enumerate("ab", 1)) == [(1, 'a'), (2, 'b')]
assert list(zip([1, 2], "xy")) == [(1, 'x'), (2, 'y')]
assert list(reversed(range(1, 10, 3))) == [7, 4, 1]
assert divmod(7, -2) == (-4, -1) and pow(2, 10, 1000) == 24 and round(2.675, 2) == 2.67
"#);
}

#[test]
fn constructors_and_conversions() {
    run(r#"
assert int("ff", 16) == 255 and int(-3.9) == -3 and int(" 1_000 ") == 1000
assert float("1e3") == 1000.0 and str(12) == "12" and bool([]) is False
assert dict([(1, 2)], a=3) == {1: 2, 'a': 3} and set([1, 1]) == {1}
assert hex(255) == '0xff' and bin(-5) == '-0b101' and chr(97) == 'a' and ord('a') == 97
assert isinstance(True, int) and issubclass(bool, (str, int))
try:
    int("x")
except ValueError as e:
    assert str(e) == "invalid literal for int() with base 10: 'x'"
else:
    raise AssertionError('did not raise: int("x")')
"#);
}

#[test]
fn str_methods() {
    run(r#"
assert "a,b,,c".split(",") == ['a', 'b', '', 'c'] and " x  y ".split() == ['x', 'y']
assert "a b c".rsplit(None, 1) == ['a b', 'c'] and "x\r\ny\n".splitlines() == ['x', 'y']
assert "abc".center(7, "*") == "**abc**" and "-42".zfill(6) == "-00042"
assert "hello world".title() == "Hello World" and "héllo".find("l") == 2
assert "{0[1]} {x:>3} {1!r}".format([5, 6], "q", x=1) == "6   1 'q'"
assert "%s=%05.1f" % ("pi", 3.14159) == "pi=003.1"
assert "abc".translate(str.maketrans("ab", "xy", "c")) == "xy"
try:
    "a".index("b")
except ValueError as e:
    assert str(e) == "substring not found"
else:
    raise AssertionError('did not raise: "a".index("b")')
"#);
}

#[test]
fn containers() {
    run(r#"
x = [3, 1]; x.insert(0, 0); x.remove(3); assert x == [0, 1] and x.pop() == 1
try:
    [].pop()
except IndexError as e:
    assert str(e) == "pop from empty list"
else:
    raise AssertionError('did not raise: [].pop()')
d = {"a": 1}; d.setdefault("b", 2); d.update([("c", 3)])
assert list(d.items()) == [('a', 1), ('b', 2), ('c', 3)] and repr(d.keys()) == "dict_keys(['a', 'b', 'c'])"
assert d.keys() & {"a", "z"} == {"a"} and "b" in d.keys() and len(d.values()) == 3
s = {1, 2}; s.update([3]); assert s.union([7]) == {1, 2, 3, 7} and s.issubset(range(5))
try:
    set().pop()
except KeyError as e:
    assert str(e) == "'pop from an empty set'"
else:
    raise AssertionError('did not raise: set().pop()')
"#);
}

#[test]
fn exceptions_render_like_cpython() {
    run(r#"
e = ValueError("bad", 2)
assert str(e) == "('bad', 2)" and repr(e) == "ValueError('bad', 2)" and e.args == ('bad', 2)
assert str(KeyError("k")) == "'k'" and repr(ValueError()) == "ValueError()"
assert StopIteration(5).value == 5 and SystemExit(3).code == 3
class MyErr(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code
m = MyErr("m", 4)
assert m.args == ("m",) and m.code == 4 and str(m) == "m"
"#);
}

#[test]
fn functools_and_math() {
    run(r#"
import functools, math
@functools.lru_cache(maxsize=2)
def f(x):
    return x * 2
for i in [1, 2, 1, 3, 2]:
    f(i)
assert repr(f.cache_info()) == "CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)"
p = functools.partial(int, base=2)
assert p("101") == 5 and p.keywords == {'base': 2}
assert functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]) == 24
assert math.factorial(25) == 15511210043330985984000000 and math.comb(10, 3) == 120
assert math.floor(-2.5) == -3 and math.gcd(12, 18) == 6 and math.fsum([0.1] * 10) == 1.0
try:
    math.sqrt(-1)
except ValueError as e:
    assert str(e) == "math domain error"
else:
    raise AssertionError('did not raise: math.sqrt(-1)')
"#);
}

#[test]
fn bz2_native_streams_round_trip_and_report_progress() {
    run(r#"
import _bz2
c = _bz2.compressor(9)
packed = _bz2.compress(c, b"abc" * 1000) + _bz2.finish(c)
assert packed[:4] == b"BZh9", packed[:4]
d = _bz2.decompressor()
out, used, ended = _bz2.decompress(d, packed + b"tail", -1)
assert (out, used, ended) == (b"abc" * 1000, len(packed), True)
d = _bz2.decompressor()
out, used, ended = _bz2.decompress(d, packed, 10)
assert len(out) == 10 and not ended, (len(out), ended)
try:
    _bz2.decompress(_bz2.decompressor(), b"BZh9" + bytes(40), -1)
    assert False
except OSError as e:
    assert str(e) == "Invalid data stream", str(e)
try:
    _bz2.compress(c, "text")
    assert False
except TypeError as e:
    assert str(e) == "a bytes-like object is required, not 'str'", str(e)
"#);
}
