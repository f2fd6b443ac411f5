# Tracebacks as objects: exc.__traceback__ chains (tb_frame, tb_lineno, tb_next,
# tb_lasti), sys.exc_info()[2], with_traceback, assigning __traceback__, and the
# traceback module's functions over them (extract_tb, format_tb, print_tb, walk_tb,
# format_exception, StackSummary, FrameSummary).
import io
import sys
import traceback
import types


def clean(text):
    return text.replace(__file__, 'F')


def f():
    1/0


def g():
    f()


print(ValueError('x').__traceback__)
try:
    g()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType), tb is e.__traceback__)
    print(sys.exc_info()[2] is tb, sys.exc_info()[0].__name__)
    while tb:
        fr = tb.tb_frame
        print(fr.f_code.co_name, tb.tb_lineno, tb.tb_next is None, isinstance(tb.tb_lasti, int),
              isinstance(fr, types.FrameType), fr.f_globals is globals())
        tb = tb.tb_next
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.filename == __file__, fs.lineno, fs.name, fs.line, fs[2], len(fs))
    print(clean(''.join(traceback.format_exception(e))))
    print(clean(''.join(traceback.format_exception(type(e), e, e.__traceback__))))
    out = io.StringIO()
    traceback.print_tb(e.__traceback__, file=out)
    print(clean(out.getvalue()))
    print([clean(s) for s in traceback.format_tb(e.__traceback__)])
    print([clean(s) for s in traceback.format_tb(e.__traceback__, limit=1)])
    for fr, ln in traceback.walk_tb(e.__traceback__):
        print('walk', fr.f_code.co_name, ln)
    ss = traceback.extract_tb(e.__traceback__)
    print(type(ss).__name__, len(ss), type(ss[0]).__name__, [x.name for x in ss[1:]])
    print(clean(ss.format()[0]))
    print(traceback.extract_tb(e.__traceback__, limit=2)[-1].name)
    saved = e.__traceback__

e2 = ValueError('again').with_traceback(saved)
print(e2.__traceback__ is saved)
try:
    raise e2
except ValueError as e3:
    print([x.name for x in traceback.extract_tb(e3.__traceback__)])
    e3.__traceback__ = None
    print(e3.__traceback__, traceback.format_exception(e3))
try:
    ValueError().__traceback__ = 5
except TypeError as e:
    print('TypeError', e)

fs = traceback.FrameSummary('a.py', 3, 'fn', line='x = 1')
print(fs.filename, fs.lineno, fs.name, fs.line, repr(fs), fs == ('a.py', 3, 'fn', 'x = 1'))
print(traceback.format_exception_only(ZeroDivisionError('z')))
summary = traceback.StackSummary.from_list([('a.py', 1, 'f', 'pass'), ('b.py', 2, 'g', 'return')])
print(list(summary), summary.format())
print(''.join(traceback.format_list([('a.py', 1, 'f', 'pass')])), end='')


def outer():
    try:
        inner()
    except KeyError:
        return sys.exc_info()


def inner():
    raise KeyError('k')


info = outer()
print(info[0].__name__, repr(info[1]), [x.name for x in traceback.extract_tb(info[2])])
