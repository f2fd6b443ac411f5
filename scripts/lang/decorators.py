# decorators: plain, with arguments, stacked, class decorators, methods, state.
import functools

def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

def exclaim(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs) + "!" * times
        return wrapper
    return decorate

@exclaim(3)
@shout
def greet(name):
    return f"hello {name}"
print(greet("coro"), greet.__name__)

def counted(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper

@counted
def double(x):
    return 2 * x
print([double(i) for i in range(4)], double.calls)

registry = {}
def register(name):
    def decorate(cls_or_func):
        registry[name] = cls_or_func
        return cls_or_func
    return decorate

@register("adder")
def add(a, b):
    return a + b

@register("point")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(sorted(registry), registry["adder"](2, 3), registry["point"](1, 2).y)

def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Config:
    def __init__(self, host, port):
        self.host = host
        self.port = port
print(Config("localhost", 8080))

def trace(func):
    depth = 0
    @functools.wraps(func)
    def wrapper(n):
        nonlocal depth
        print("  " * depth + f"-> {func.__name__}({n})")
        depth += 1
        result = func(n)
        depth -= 1
        print("  " * depth + f"<- {result}")
        return result
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
fact(3)

class Validator:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
    def __call__(self, value):
        if value < 0:
            return f"{self.func.__name__}: rejected {value}"
        return self.func(value)

@Validator
def root(value):
    return value ** 0.5
print(root(16), root(-1), root.__name__)

class Service:
    @staticmethod
    @shout
    def banner():
        return "service"
    @property
    @exclaim(1)
    def status(self):
        return "up"
print(Service.banner(), Service().status)
print((lambda f: f(f))(lambda g: "self-applied"))
