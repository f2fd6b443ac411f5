//! Tests of the dispatch loop's fast paths (pooled frames, the call fast path, the fused
//! compare-and-branch) through whole scripts, checked against CPython's output.

use crate::interpreter::{Interpreter, Outcome};

/// Run `src` and return what it printed; panics if it raised or did not compile.
fn printed(src: &str) -> String {
    let mut interp = Interpreter::new();
    interp.vm.out.hold(true);
    let outcome = interp.run_source("<test>", src);
    assert!(matches!(outcome, Outcome::Finished), "script failed");
    interp.vm.out.take()
}

#[test]
fn compare_followed_by_jump_branches_like_cpython() {
    let src = "
i = 0
s = 0
while i < 10:
    if i % 2 == 0 and i > 3:
        s += i
    elif not i <= 5:
        s -= 1
    if 1 < i < 5:
        s += 100
    i += 1
print(s)
print([k for k in range(20) if k >= 7 if k != 9])
a, b = 2.5, 3
print(a < b, a > b, (a < b) or 5, 3 > 2 > 1)
def g(n):
    while not n >= 10:
        n += 3
    return n
print(g(1), g(11))
try:
    if 1 < 'a':
        pass
except TypeError as e:
    print('TE', e)
";
    assert_eq!(
        printed(src),
        "316\n[7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]\nTrue False True True\n10 11\n\
         TE '<' not supported between instances of 'int' and 'str'\n"
    );
}

#[test]
fn pooled_frames_serve_recursion_generators_and_init() {
    let src = "
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(15))
def count(n):
    for i in range(n):
        yield fib(i)
g = count(8)
print(next(g), next(g))
print(fib(10), list(g))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
try:
    deep(100000)
except RecursionError:
    print('recursion')
print(deep(50))
class P:
    def __init__(self, x):
        self.x = fib(x)
print(P(9).x)
class Bad:
    def __init__(self):
        return 1
try:
    Bad()
except TypeError as e:
    print(e)
def outer(k):
    def inner(m):
        return k + m
    return inner(1) + inner(2)
print(outer(10))
";
    assert_eq!(
        printed(src),
        "610\n0 1\n55 [1, 2, 3, 5, 8, 13]\nrecursion\n50\n34\n\
         __init__() should return None, not 'int'\n23\n"
    );
}

#[test]
fn caller_trail_names_each_waiting_frame_and_stays_balanced() {
    let src = "
import _traceback
def where(depth):
    c = _traceback.caller(depth)
    return None if c is None else (c[1], c[2])
def inner():
    return [where(1), where(2), where(3), where(9)]
def outer():
    return inner()
print(outer())
def boom():
    raise ValueError
def catch():
    try:
        boom()
    except ValueError:
        return where(1)
def gen():
    yield where(1)
    yield where(2)
# list() of a generator runs it in the loop (`gen_consume`): the caller is on the trail.
print(catch(), list(gen()), [x for x in gen()])
class C:
    def __init__(self):
        self.at = where(1)
print(C().at, where(1))
";
    assert_eq!(
        printed(src),
        "[(7, 'inner'), (9, 'outer'), (10, '<module>'), None]\n\
         (17, 'catch') [(19, 'gen'), (22, '<module>')] [(19, 'gen'), (22, '<listcomp>')]\n\
         (25, '__init__') (26, '<module>')\n"
    );
}
