# Python Cookbook ch. 9 style: decorators that keep metadata (wraps), unwrapping,
# decorators taking arguments, user-adjustable attributes, optional arguments, type
# checking with inspect.signature, decorators in classes and as classes, decorating
# class and static methods, adding arguments, patching classes.
from functools import wraps, partial
import inspect
import logging
import types


def timethis(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print(func.__name__, 'ran')
        return result
    return wrapper


@timethis
def countdown(n: int):
    '''Counts down'''
    while n > 0:
        n -= 1


countdown(1000)
print(countdown.__name__, countdown.__doc__, countdown.__annotations__,
      countdown.__wrapped__.__name__, countdown.__qualname__, countdown.__module__)
print(inspect.signature(countdown))
orig = countdown.__wrapped__
orig(3)


def decorator1(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('Decorator 1')
        return func(*args, **kwargs)
    return wrapper


def decorator2(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('Decorator 2')
        return func(*args, **kwargs)
    return wrapper


@decorator1
@decorator2
def add(x, y):
    return x + y


print(add(2, 3))
print(add.__wrapped__(2, 3))
print(inspect.unwrap(add)(4, 5))


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append((record.levelname, record.name, record.getMessage()))


handler = ListHandler()


def logged(level, name=None, message=None):
    def decorate(func):
        logname = name if name else func.__module__
        log = logging.getLogger(logname)
        log.addHandler(handler)
        log.setLevel(logging.DEBUG)
        logmsg = message if message else func.__name__

        @wraps(func)
        def wrapper(*args, **kwargs):
            log.log(level, logmsg)
            return func(*args, **kwargs)
        return wrapper
    return decorate


@logged(logging.DEBUG)
def add2(x, y):
    return x + y


@logged(logging.CRITICAL, 'example')
def spam():
    print('Spam!')


print(add2(1, 2))
spam()
print(handler.records)


def attach_wrapper(obj, func=None):
    if func is None:
        return partial(attach_wrapper, obj)
    setattr(obj, func.__name__, func)
    return func


def logged2(level, name=None, message=None):
    def decorate(func):
        logname = name if name else func.__module__
        log = logging.getLogger(logname)
        log.addHandler(handler)
        logmsg = message if message else func.__name__

        @wraps(func)
        def wrapper(*args, **kwargs):
            log.log(level, logmsg)
            return func(*args, **kwargs)

        @attach_wrapper(wrapper)
        def set_level(newlevel):
            nonlocal level
            level = newlevel

        @attach_wrapper(wrapper)
        def set_message(newmsg):
            nonlocal logmsg
            logmsg = newmsg

        @attach_wrapper(wrapper)
        def get_level():
            return level
        return wrapper
    return decorate


handler.records.clear()
logging.getLogger('adj').setLevel(logging.DEBUG)


@logged2(logging.DEBUG, 'adj')
def add3(x, y):
    return x + y


add3(2, 3)
add3.set_message('Add called')
add3(2, 3)
add3.set_level(logging.WARNING)
add3(2, 3)
print(handler.records, add3.get_level())


def logged_opt(func=None, *, level=logging.DEBUG, name=None, message=None):
    if func is None:
        return partial(logged_opt, level=level, name=name, message=message)
    logmsg = message if message else func.__name__

    @wraps(func)
    def wrapper(*args, **kwargs):
        print('log', level, logmsg)
        return func(*args, **kwargs)
    return wrapper


@logged_opt
def add4(x, y):
    return x + y


@logged_opt(level=logging.CRITICAL, name='example')
def spam2():
    print('Spam2!')


print(add4(1, 1))
spam2()


def typeassert(*ty_args, **ty_kwargs):
    def decorate(func):
        if not __debug__:
            return func
        sig = inspect.signature(func)
        bound_types = sig.bind_partial(*ty_args, **ty_kwargs).arguments

        @wraps(func)
        def wrapper(*args, **kwargs):
            bound_values = sig.bind(*args, **kwargs)
            for name, value in bound_values.arguments.items():
                if name in bound_types:
                    if not isinstance(value, bound_types[name]):
                        raise TypeError('Argument {} must be {}'.format(name, bound_types[name]))
            return func(*args, **kwargs)
        return wrapper
    return decorate


@typeassert(int, z=int)
def tspam(x, y, z=42):
    print(x, y, z)


tspam(1, 2, 3)
tspam(1, 'hello', 3)
for call in (lambda: tspam(1, 'hello', 'world'), lambda: tspam(1.5, 2), lambda: tspam(1)):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

sig = inspect.signature(tspam)
print(sig, list(sig.parameters), sig.parameters['z'].name, sig.parameters['z'].default,
      sig.parameters['z'].kind)
bound_types = sig.bind_partial(int, z=int)
print(bound_types, bound_types.arguments)


class A:
    def decorator1(self, func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            print('Decorator 1 (instance)')
            return func(*args, **kwargs)
        return wrapper

    @classmethod
    def decorator2(cls, func):
        @wraps(func)
        def wrapper(*args, **kwargs):
            print('Decorator 2 (class)')
            return func(*args, **kwargs)
        return wrapper


a = A()


@a.decorator1
def f1():
    pass


@A.decorator2
def f2():
    pass


f1()
f2()


class Person:
    first_name = property()

    @first_name.getter
    def first_name(self):
        return self._first_name

    @first_name.setter
    def first_name(self, value):
        if not isinstance(value, str):
            raise TypeError('Expected a string')
        self._first_name = value


pp = Person()
pp.first_name = 'Dave'
print(pp.first_name)


class Profiled:
    def __init__(self, func):
        wraps(func)(self)
        self.ncalls = 0

    def __call__(self, *args, **kwargs):
        self.ncalls += 1
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, instance, cls):
        if instance is None:
            return self
        else:
            return types.MethodType(self, instance)


@Profiled
def padd(x, y):
    return x + y


class Spam:
    @Profiled
    def bar(self, x):
        print(self.__class__.__name__, x)


print(padd(2, 3), padd(4, 5), padd.ncalls, padd.__name__)
s = Spam()
s.bar(1)
s.bar(2)
s.bar(3)
print(Spam.bar.ncalls, type(s.bar).__name__, s.bar.__func__ is Spam.__dict__['bar'])


def profiled(func):
    ncalls = 0

    @wraps(func)
    def wrapper(*args, **kwargs):
        nonlocal ncalls
        ncalls += 1
        return func(*args, **kwargs)
    wrapper.ncalls = lambda: ncalls
    return wrapper


@profiled
def padd2(x, y):
    return x + y


padd2(2, 3)
padd2(4, 5)
print(padd2.ncalls())


def timethis2(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        r = func(*args, **kwargs)
        print('timed', func.__name__)
        return r
    return wrapper


class Spam3:
    @timethis2
    def instance_method(self, n):
        print(self.__class__.__name__, n)

    @classmethod
    @timethis2
    def class_method(cls, n):
        print(cls.__name__, n)

    @staticmethod
    @timethis2
    def static_method(n):
        print('static', n)


s = Spam3()
s.instance_method(1)
Spam3.class_method(2)
Spam3.static_method(3)
print(type(Spam3.__dict__['class_method']).__name__,
      Spam3.__dict__['static_method'].__func__.__name__)


def optional_debug(func):
    if 'debug' in inspect.getfullargspec(func).args:
        raise TypeError('debug argument already defined')

    @wraps(func)
    def wrapper(*args, debug=False, **kwargs):
        if debug:
            print('Calling', func.__name__)
        return func(*args, **kwargs)

    sig = inspect.signature(func)
    parms = list(sig.parameters.values())
    parms.append(inspect.Parameter('debug', inspect.Parameter.KEYWORD_ONLY, default=False))
    wrapper.__signature__ = sig.replace(parameters=parms)
    return wrapper


@optional_debug
def dspam(a, b, c):
    print(a, b, c)


dspam(1, 2, 3)
dspam(1, 2, 3, debug=True)
print(inspect.signature(dspam))
try:
    @optional_debug
    def bad(x, debug):
        pass
except TypeError as e:
    print('TypeError', e)


def log_getattribute(cls):
    orig_getattribute = cls.__getattribute__

    def new_getattribute(self, name):
        print('getting:', name)
        return orig_getattribute(self, name)
    cls.__getattribute__ = new_getattribute
    return cls


@log_getattribute
class AA:
    def __init__(self, x):
        self.x = x

    def spam(self):
        pass


aa = AA(42)
print(aa.x)
aa.spam()
