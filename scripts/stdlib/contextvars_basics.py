# ContextVar, Token, Context and copy_context without asyncio.
import contextvars
from contextvars import ContextVar, Context, Token, copy_context
import re

def addrless(s):
    return re.sub(r' at 0x[0-9a-f]+', ' at ADDR', s)

request = ContextVar('request')
level = ContextVar('level', default=0)
print(request.name, level.name)
print(addrless(repr(request)))
print(addrless(repr(level)))
print(type(request), type(copy_context()), Token)
print(Token.MISSING)

# get: the default argument, then the variable's default, else LookupError(var)
print(level.get(), level.get(5), request.get('none'))
try:
    request.get()
except LookupError as e:
    print('LookupError', e.args[0] is request)

# set and reset
t1 = level.set(1)
print(level.get(), t1.var is level, t1.old_value)
t2 = level.set(2)
print(level.get(), t2.old_value)
print(addrless(repr(t2)))
level.reset(t2)
print(level.get())
print(addrless(repr(t2)))
try:
    level.reset(t2)
except RuntimeError as e:
    print('RuntimeError', addrless(str(e)))
level.reset(t1)
print(level.get(), level in copy_context())
t3 = request.set('r1')
try:
    level.reset(t3)
except ValueError as e:
    print('ValueError', addrless(str(e)))
try:
    level.reset('token')
except TypeError as e:
    print('TypeError', e)

# Context.run isolates changes; the copy sees the values of the moment
ctx = copy_context()
print(ctx[request], len(ctx), list(ctx) == [request], ctx.get(level), ctx.get(level, 9))
def inside(x, y=0):
    request.set('changed')
    level.set(x + y)
    return request.get(), level.get()
print(ctx.run(inside, 3, y=4))
print(request.get(), level.get())
print(ctx[request], ctx[level], level in ctx)
print(sorted(v.name for v in ctx.keys()), sorted(ctx.values(), key=str), len(ctx.items()))
print(sorted((k.name, v) for k, v in ctx.items()))
try:
    request.reset(ctx.run(request.set, 'x'))
except ValueError as e:
    print('ValueError', addrless(str(e)))

# entering a context twice
def reenter():
    ctx.run(print, 'never')
try:
    ctx.run(reenter)
except RuntimeError as e:
    print('RuntimeError', addrless(str(e)))
try:
    ctx.run()
except TypeError as e:
    print('TypeError', e)

# an exception leaves the context as it was
def fails():
    level.set(100)
    raise KeyError('boom')
try:
    ctx.run(fails)
except KeyError as e:
    print('KeyError', e, level.get(), ctx[level])

# mapping errors
empty = Context()
print(len(empty), list(empty), empty.get(level))
for bad in (lambda: empty[level], lambda: empty[1], lambda: 1 in empty, lambda: Context(1)):
    try:
        bad()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, addrless(str(e)))
print(ctx == ctx.copy(), ctx == empty, ctx.copy() is ctx)
try:
    hash(ctx)
except TypeError as e:
    print('TypeError', e)
print(hash(level) == hash(level), {level: 1}[level])

# construction errors
for bad in (lambda: ContextVar(1), lambda: Token(), lambda: level.get(1, 2), lambda: level.set()):
    try:
        bad()
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    level.name = 'other'
except AttributeError as e:
    print('AttributeError', e)
try:
    class MyVar(ContextVar):
        pass
except TypeError as e:
    print('TypeError', e)
print(ContextVar[int])
# a variable that is set in a run() of an empty Context stays there
fresh = Context()
fresh.run(level.set, 42)
print(fresh[level], level.get())
