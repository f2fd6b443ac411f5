# closures, nonlocal, global, late binding, cells shared between functions.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return increment, get

inc, get = make_counter()
inc()
inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(inc2(), get())

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])

def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [fn() for fn in fns]
print(late())

total = 100
def read_global():
    return total
def write_global():
    global total
    total += 1
    return total
print(read_global(), write_global(), total)

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(outer())

def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())

try:
    def broken():
        y = y + 1
    broken()
except UnboundLocalError as e:
    print(type(e).__name__, e)

def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1), add5.__closure__[0].cell_contents)

def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result
    return fib
print(memo()(60))

def deferred():
    def use():
        return value
    value = "bound later"
    return use()
print(deferred())
x = 0
def g():
    global newly_created
    newly_created = "from function"
g()
print(newly_created)
