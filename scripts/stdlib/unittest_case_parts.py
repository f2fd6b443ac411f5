# unittest.TestCase's run machinery: skips (class, method, bare decorator), expected
# failures, subtests (with failfast), cleanups and their errors, debug(), results
# lacking the optional add* methods, FunctionTestCase.
import io
import unittest
import warnings


class Log(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.events = []

    def startTest(self, test):
        super().startTest(test)
        self.events.append(('start', test._testMethodName))

    def addSuccess(self, test):
        super().addSuccess(test)
        self.events.append(('ok', str(test).split(' ')[0]))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.events.append(('skip', reason))

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        self.events.append(('sub', subtest.id().split('.')[-1], None if err is None else err[0].__name__))


class T(unittest.TestCase):
    def setUp(self):
        self.addCleanup(print, 'cleanup from setUp')

    def test_pass(self):
        """First line of doc.
        second line"""
        self.addCleanup(print, 'cleanup', 1, end='\n')
        self.addCleanup(print, 'cleanup', 2)

    @unittest.skip('not today')
    def test_skipped(self):
        print('never')

    @unittest.skip
    def test_bare_skip(self):
        print('never')

    @unittest.skipIf(True, 'if true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'unless')
    def test_not_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest('from inside')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_fail(self):
        self.fail('boom')

    def test_error(self):
        raise KeyError('k')

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind='n'):
                self.assertLess(i, 2)
        with self.subTest('message'):
            pass
        with self.subTest():
            raise ValueError('in sub')

    def test_cleanup_errors(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(print, 'runs before the failing one')

    def test_returns_value(self):
        return 5


names = ['test_pass', 'test_skipped', 'test_bare_skip', 'test_skip_if', 'test_not_skipped',
         'test_skip_inside', 'test_expected', 'test_unexpected_success', 'test_fail',
         'test_error', 'test_subtests', 'test_cleanup_errors']
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    log = Log()
    for name in names + ['test_returns_value']:
        T(name).run(log)
    print([str(w.category.__name__) for w in caught])
for event in log.events:
    print(event)
print(log.testsRun, len(log.failures), len(log.errors), len(log.skipped), len(log.expectedFailures),
      len(log.unexpectedSuccesses), log.wasSuccessful())
print([str(t) for t, _ in log.failures], [str(t).split(' ')[0] for t, _ in log.errors])
print(T('test_pass').shortDescription(), T('test_fail').shortDescription(), T('test_pass').id().split('.')[-1])
print(T('test_pass') == T('test_pass'), T('test_pass') != T('test_fail'), hash(T('test_pass')) == hash(T('test_pass')))
print(repr(T('test_pass')).split('.')[-1], str(T('test_pass')).split(' ')[0], T('test_pass').countTestCases())
try:
    T('test_nothing')
except ValueError as e:
    print('ValueError', str(e).split(':')[-1])
print(unittest.TestCase().id(), unittest.TestCase()._testMethodDoc)


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        print('never')


r = Log()
Skipped('test_a').run(r)
print(r.events, Skipped.__unittest_skip_why__)


class Fast(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                print('sub', i)
                self.fail('x')


r = Log()
r.failfast = True
Fast('test_sub').run(r)
print(r.events[-1], len(r.failures))


class Bare:
    """A result without the optional methods."""

    def __init__(self):
        self.calls = []

    def startTest(self, t):
        self.calls.append('start')

    def stopTest(self, t):
        self.calls.append('stop')

    def addSuccess(self, t):
        self.calls.append('success')

    def addFailure(self, t, err):
        self.calls.append(('failure', err[0].__name__))

    def addError(self, t, err):
        self.calls.append(('error', err[0].__name__))


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    for name in ('test_skipped', 'test_expected', 'test_unexpected_success', 'test_subtests'):
        b = Bare()
        T(name).run(b)
        print(name, b.calls)
    print([str(w.message) for w in caught])

# debug() raises instead of recording
for name in ('test_pass', 'test_fail', 'test_skipped'):
    try:
        T(name).debug()
        print(name, 'debug ok')
    except Exception as e:
        print(name, type(e).__name__, e)
t = T('test_pass')
t.addCleanup(print, 'manual cleanup')
print(t.doCleanups())
t.addCleanup(lambda: 1 / 0)
print(t.doCleanups())


def ft():
    """Function test doc."""


f = unittest.FunctionTestCase(ft, setUp=lambda: print('fsetup'), tearDown=lambda: print('fteardown'))
r = Log()
f.run(r)
print(r.events, f.id(), str(f).split(' ')[1], repr(f).split(' ')[0], f.shortDescription())
print(unittest.FunctionTestCase(ft, description='given').shortDescription(),
      unittest.FunctionTestCase(lambda: None).shortDescription())
default = T('test_pass').run()
print(type(default).__name__, default.testsRun, default.wasSuccessful())


class Ctx:
    def __enter__(self):
        print('enter')
        return 'value'

    def __exit__(self, *a):
        print('exit', a)


class E(unittest.TestCase):
    def test_ctx(self):
        print(self.enterContext(Ctx()))


E('test_ctx').run(Log())
print(unittest.SkipTest.__module__, unittest.TestCase.__module__, issubclass(unittest.SkipTest, Exception))
