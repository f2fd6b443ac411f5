"""Unit testing (coro's embedded unittest): TestCase with setUp/tearDown, cleanups,
subTest and the assert* family (with CPython 3.11's messages, sequence/dict/string
diffs included), SkipTest and the skip/skipIf/skipUnless/expectedFailure decorators,
IsolatedAsyncioTestCase. The assert methods are in `_unittest_asserts`; the results,
runner, suite, loader and main() in `_unittest_result` and `_unittest_run`, re-exported
here.

Run as `coro -m unittest` it runs the named tests, or those it discovers.
Not covered: unittest.mock, assertLogs/assertNoLogs, the class and module cleanups
(addClassCleanup)."""

import contextlib
import functools
import sys
import types
import warnings

from _unittest_asserts import _Assertions, safe_repr  # noqa: F401 (unittest.util's)
from _unittest_result import TestResult, TextTestResult, _strclass

__unittest = True


class SkipTest(Exception):
    """Raise this exception in a test to skip it."""


class _ShouldStop(Exception):
    """The test should stop."""


class _UnexpectedSuccess(Exception):
    """The test was supposed to fail, but it didn't!"""


def _mark_skipped(item, reason):
    """A skipped class keeps its body (its tests report the skip); a skipped function
    is replaced by one that raises SkipTest."""
    if not isinstance(item, type):
        original = item

        @functools.wraps(original)
        def skip_wrapper(*args, **kwargs):
            raise SkipTest(reason)

        item = skip_wrapper
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Unconditionally skip a test."""
    if isinstance(reason, types.FunctionType):
        # Used bare, as @skip: no reason given.
        return _mark_skipped(reason, "")
    return lambda item: _mark_skipped(item, reason)


def _unchanged(item):
    return item


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    return skip(reason) if condition else _unchanged


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    return _unchanged if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _report_skip(result, test, reason):
    report = getattr(result, "addSkip", None)
    if report is None:
        warnings.warn("TestResult has no addSkip method, skips not reported",
                      RuntimeWarning, 2)
        result.addSuccess(test)
    else:
        report(test, reason)


def _report_failure(result, test, exc_info):
    # An assertion (failureException) is a failure; anything else an error.
    if result is None or exc_info is None:
        return
    failed = issubclass(exc_info[0], test.failureException)
    (result.addFailure if failed else result.addError)(test, exc_info)


class _Part:
    """One part of a test (setUp, the method, tearDown, a cleanup, a subtest) run under
    an _Outcome: its exception is recorded, not propagated."""

    def __init__(self, outcome, test, is_subtest):
        self.outcome = outcome
        self.test = test
        self.is_subtest = is_subtest

    def __enter__(self):
        self.before = self.outcome.success
        self.outcome.success = True
        return self

    def __exit__(self, kind, exc, tb):
        outcome = self.outcome
        try:
            if kind is None:
                if self.is_subtest and outcome.success:
                    outcome.result.addSubTest(self.test.test_case, self.test, None)
                return False
            if issubclass(kind, KeyboardInterrupt):
                return False
            if issubclass(kind, SkipTest):
                outcome.success = False
                _report_skip(outcome.result, self.test, str(exc))
            elif issubclass(kind, _ShouldStop):
                pass
            else:
                self._record(outcome, (kind, exc, exc.__traceback__))
            return True
        finally:
            outcome.success = outcome.success and self.before

    def _record(self, outcome, exc_info):
        if outcome.expecting_failure:
            outcome.expectedFailure = exc_info
            return
        outcome.success = False
        if self.is_subtest:
            outcome.result.addSubTest(self.test.test_case, self.test, exc_info)
        else:
            _report_failure(outcome.result, self.test, exc_info)


class _Outcome(object):
    """How the parts of one test went: success so far, and the failure an
    expectedFailure test was waiting for."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, "addSubTest")
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _Part(self, test_case, subTest)


_subtest_msg_sentinel = object()
_NO_METHOD = object()

# The assert* methods use these for ==, by the type of both arguments.
_EQUALITY_CHECKS = (
    (dict, "assertDictEqual"), (list, "assertListEqual"), (tuple, "assertTupleEqual"),
    (set, "assertSetEqual"), (frozenset, "assertSetEqual"), (str, "assertMultiLineEqual"),
)


def _skip_reason(test_class, method):
    """Why a test is skipped (its class or method was marked), or None."""
    for marked in (test_class, method):
        if getattr(marked, "__unittest_skip__", False):
            return (getattr(test_class, "__unittest_skip_why__", "")
                    or getattr(method, "__unittest_skip_why__", ""))
    return None


class TestCase(_Assertions):
    """A class whose instances are single test cases."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args, **kwargs):
        # Each test class has its own class-fixture state.
        cls._class_cleanups = []
        cls._classSetupFailed = False
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._testMethodDoc = "No test"
        method = getattr(self, methodName, _NO_METHOD)
        if method is not _NO_METHOD:
            self._testMethodDoc = method.__doc__
        elif methodName != "runTest":
            raise ValueError(f"no such test method in {self.__class__}: {methodName}")
        self._type_equality_funcs = {}
        for kind, checker in _EQUALITY_CHECKS:
            self.addTypeEqualityFunc(kind, checker)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    # -- fixtures

    def setUp(self):
        "Runs before each test method."

    def tearDown(self):
        "Runs after each test method (when setUp succeeded)."

    @classmethod
    def setUpClass(cls):
        "Runs once before the class's tests."

    @classmethod
    def tearDownClass(cls):
        "Runs once after the class's tests."

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        kind = type(cm)
        entered = kind.__enter__(cm)
        self.addCleanup(kind.__exit__, cm, None, None, None)
        return entered

    def doCleanups(self):
        """Execute all cleanup functions. Normally called for you after tearDown."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()   # last added runs first
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    # -- identity

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split("\n")[0].strip()

    def id(self):
        return f"{_strclass(self.__class__)}.{self._testMethodName}"

    def __eq__(self, other):
        if type(self) is type(other):
            return self._testMethodName == other._testMethodName
        return NotImplemented

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return f"{name} ({_strclass(self.__class__)}.{name})"

    def __repr__(self):
        return f"<{_strclass(self.__class__)} testMethod={self._testMethodName}>"

    # -- running

    @contextlib.contextmanager
    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager reporting its block as a separate subtest, identified by
        the message and parameters."""
        outcome = self._outcome
        if outcome is None or not outcome.result_supports_subtests:
            yield
            return
        enclosing = self._subtest
        merged = {} if enclosing is None else dict(enclosing.params)
        merged.update(params)
        self._subtest = _SubTest(self, msg, merged)
        try:
            with outcome.testPartExecutor(self._subtest, subTest=True):
                yield
            if outcome.success:
                if outcome.expectedFailure:
                    raise _ShouldStop
            elif outcome.result is not None and outcome.result.failfast:
                raise _ShouldStop
        finally:
            self._subtest = enclosing

    def _addExpectedFailure(self, result, exc_info):
        report = getattr(result, "addExpectedFailure", None)
        if report is None:
            warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                          RuntimeWarning)
            result.addSuccess(self)
        else:
            report(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        report = getattr(result, "addUnexpectedSuccess", None)
        if report is not None:
            report(self)
            return
        warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failure",
                      RuntimeWarning)
        try:
            raise _UnexpectedSuccess from None
        except _UnexpectedSuccess as failure:
            result.addFailure(self, (type(failure), failure, None))

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn("It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        finish_run = None
        if result is None:
            # Running alone: this test makes a whole run of its own result.
            result = self.defaultTestResult()
            start_run = getattr(result, "startTestRun", None)
            finish_run = getattr(result, "stopTestRun", None)
            if start_run is not None:
                start_run()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            reason = _skip_reason(self.__class__, method)
            if reason is not None:
                _report_skip(result, self, reason)
            else:
                self._run_parts(result, method)
            return result
        finally:
            result.stopTest(self)
            if finish_run is not None:
                finish_run()

    def _run_parts(self, result, method):
        expecting = (getattr(self, "__unittest_expecting_failure__", False)
                     or getattr(method, "__unittest_expecting_failure__", False))
        outcome = self._outcome = _Outcome(result)
        try:
            with outcome.testPartExecutor(self):
                self._callSetUp()
            if outcome.success:
                # Only the test method itself may be the expected failure.
                outcome.expecting_failure = expecting
                with outcome.testPartExecutor(self):
                    self._callTestMethod(method)
                outcome.expecting_failure = False
                with outcome.testPartExecutor(self):
                    self._callTearDown()
            self.doCleanups()
            if not outcome.success:
                return
            if not expecting:
                result.addSuccess(self)
            elif outcome.expectedFailure:
                self._addExpectedFailure(result, outcome.expectedFailure)
            else:
                self._addUnexpectedSuccess(result)
        finally:
            outcome.expectedFailure = None
            self._outcome = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without collecting errors in a TestResult"""
        method = getattr(self, self._testMethodName)
        reason = _skip_reason(self.__class__, method)
        if reason is not None:
            raise SkipTest(reason)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)


class _SubTest(TestCase):
    """A subTest() block of a test: reported under the test's id plus its message and
    parameters."""

    def __init__(self, test_case, message, params):
        super().__init__()
        self.test_case = test_case
        self.params = params
        self._message = message
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError("subtests cannot be run directly")

    def _subDescription(self):
        words = []
        if self._message is not _subtest_msg_sentinel:
            words.append(f"[{self._message}]")
        if self.params:
            listed = ", ".join(f"{name}={value!r}" for name, value in self.params.items())
            words.append(f"({listed})")
        return " ".join(words) if words else "(<subtest>)"

    def id(self):
        return f"{self.test_case.id()} {self._subDescription()}"

    def __str__(self):
        return f"{self.test_case} {self._subDescription()}"

    def shortDescription(self):
        return self.test_case.shortDescription()


class FunctionTestCase(TestCase):
    """A test case that wraps a test function."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc, self._tearDownFunc = setUp, tearDown
        self._description = description

    def runTest(self):
        self._testFunc()

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return f"{_strclass(self.__class__)} ({self._testFunc.__name__})"

    def __repr__(self):
        return f"<{_strclass(self.__class__)} tec={self._testFunc}>"

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        first = doc.split("\n")[0].strip() if doc else ""
        return first or None


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp, asyncTearDown and async cleanups are
    coroutines, each test run in a fresh event loop."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncioRunner = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        result = await type(cm).__aenter__(cm)
        self.addAsyncCleanup(type(cm).__aexit__, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn(f"It is deprecated to return a value that is not None from a "
                          f"test case ({method})", DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        import inspect

        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs))
        return func(*args, **kwargs)

    def run(self, result=None):
        import asyncio

        self._asyncioRunner = asyncio.Runner(debug=True)
        try:
            return super().run(result)
        finally:
            self._asyncioRunner.close()
            self._asyncioRunner = None


from _unittest_run import (  # noqa: E402 (they need TestCase)
    TestSuite, BaseTestSuite, TestLoader, defaultTestLoader, TextTestRunner, TestProgram,
    main, getTestCaseNames, makeSuite, findTestCases, installHandler, registerResult,
    removeResult, removeHandler,
)

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
           "TextTestRunner", "TestLoader", "FunctionTestCase", "main", "defaultTestLoader",
           "SkipTest", "skip", "skipIf", "skipUnless", "expectedFailure", "TextTestResult",
           "installHandler", "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "getTestCaseNames", "makeSuite", "findTestCases"]

for _cls in (TestCase, FunctionTestCase, SkipTest, _SubTest):
    _cls.__module__ = "unittest.case"
IsolatedAsyncioTestCase.__module__ = "unittest.async_case"


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


_module_cleanups = []

