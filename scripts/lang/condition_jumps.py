# `and`/`or`/`not` in conditions compile to one jump per operand: each operand's truth
# is asked once, in order, short-circuiting as the value form does; a raising
# __bool__ reports the statement's line, as CPython's.
import sys, traceback

log = []
class T:
    def __init__(self, name, truth):
        self.name, self.truth = name, truth
    def __bool__(self):
        log.append(self.name)
        return self.truth
    def __repr__(self):
        return self.name

def run(label, fn):
    log.clear()
    r = fn()
    print(label, r, log)

a, b, c = T("a", True), T("b", False), T("c", True)
run("if a and b", lambda: 1 if a and b else 0)
run("if b and a", lambda: 1 if b and a else 0)
run("if a or b", lambda: 1 if a or b else 0)
run("if b or c", lambda: 1 if b or c else 0)
run("if not a and c", lambda: 1 if not a and c else 0)
run("if not (a and b)", lambda: 1 if not (a and b) else 0)
run("if not (b or b)", lambda: 1 if not (b or b) else 0)
run("if a and (b or c)", lambda: 1 if a and (b or c) else 0)
run("if (a or b) and (b or c)", lambda: 1 if (a or b) and (b or c) else 0)
run("if a and b or c", lambda: 1 if a and b or c else 0)
run("if b or a and b", lambda: 1 if b or a and b else 0)
run("if a and c and b", lambda: 1 if a and c and b else 0)
run("if b or b or c", lambda: 1 if b or b or c else 0)
run("not not a or b", lambda: 1 if not not a or b else 0)

def stmt_if(x, y):
    if x and y:
        return "both"
    elif x or y:
        return "one"
    else:
        return "none"
for x in (0, 1):
    for y in ([], [1]):
        print("stmt", x, y, stmt_if(x, y))

def count_while():
    n, seen = 0, []
    while n < 5 and (n % 7 != 3 or not seen):
        seen.append(n)
        n += 1
    return seen
print("while", count_while())

def walrus(items):
    out = []
    for v in items:
        if (w := v * 2) > 2 and (z := w + 1) < 9:
            out.append((w, z))
    return out
print("walrus", walrus([0, 1, 2, 3, 4, 5]))

print("comp", [i for i in range(12) if i % 2 and not i % 3 or i == 4])
print("gen", list(i for i in range(10) if i > 2 and i < 6))
print("ifexp value", (a and b), (b or c), (a and c and 0), (b or 0 or []))

def guard(v):
    match v:
        case int(n) if n > 0 and n % 2:
            return "odd positive"
        case int(n) if not (n or n == 0):
            return "never"
        case int(n) if n < 0 or n == 0:
            return "non-positive"
        case _:
            return "other"
print("match", [guard(v) for v in (3, 4, 0, -2, "x")])

# Constant operands.
def consts(x):
    r = []
    if True and x:
        r.append(1)
    if False or x:
        r.append(2)
    if x and None:
        r.append(3)
    if 0 or not x:
        r.append(4)
    while 0 and x:
        r.append(5)
    return r
print("consts", consts(0), consts(1))

class Boom:
    def __bool__(self):
        raise ValueError("no truth")
bad = Boom()
def f1():
    if (a and
        bad):
        pass
def f2():
    if (
        bad or
        a):
        pass
def f3():
    while (a and
           not
           bad):
        pass
def f4():
    return 1 if (0 or
                 bad) else 2
def f5():
    return [1 for i in range(1)
            if a and
            bad]
def f6():
    if (
        not bad):
        pass
for f in (f1, f2, f3, f4, f5, f6):
    try:
        f()
    except ValueError as e:
        print(f.__name__, e, [t.lineno for t in traceback.extract_tb(sys.exc_info()[2])][1:])
