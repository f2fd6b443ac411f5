"""Running tests for coro's unittest: TestSuite (with the class and module fixtures
setUpClass/tearDownClass/setUpModule/tearDownModule), TestLoader, TextTestRunner (the
'Ran N tests in T s' summary and OK/FAILED line on stderr) and main()/TestProgram (-v,
-q, -f, -b, -k and test names; exit status), as CPython 3.11's."""

import functools
import sys
import time
import warnings
from fnmatch import fnmatchcase

from _unittest_result import TextTestResult, _WritelnDecorator, _strclass

__unittest = True


def _case():
    """The unittest module (imported when first needed: it imports this one, and under
    `-m unittest` this module is loaded by a __main__ copy of it)."""
    import unittest

    return unittest


class _ErrorHolder(object):
    """Stands for a class or module fixture that failed, in the error list."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    "A crude way to tell apart testcases and suites with duck-typing"
    try:
        iter(test)
    except TypeError:
        return True
    return False


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, lambda: None)
    func()


class BaseTestSuite(object):
    """A simple test suite that doesn't provide class or module shared fixtures."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (_strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (_case().TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, "countTestCases"):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A test suite that runs the class and module fixtures around its tests."""

    def run(self, result, debug=False):
        top_level = False
        if getattr(result, "_testRunEntered", False) is False:
            result._testRunEntered = top_level = True
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, "_classSetupFailed", False)
                        or getattr(result, "_moduleSetUpFailed", False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)
        if top_level:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, "_previousTestClass", None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(currentClass, "__unittest_skip__", False):
            return
        currentClass._classSetupFailed = False
        if not self._run_fixture(result, getattr(currentClass, "setUpClass", None),
                                 "setUpClass", _strclass(currentClass)):
            currentClass._classSetupFailed = True

    def _get_previous_module(self, result):
        previousClass = getattr(result, "_previousTestClass", None)
        if previousClass is not None:
            return previousClass.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        if module is None:
            return
        if not self._run_fixture(result, getattr(module, "setUpModule", None),
                                 "setUpModule", currentModule):
            result._moduleSetUpFailed = True

    def _run_fixture(self, result, fixture, method_name, parent):
        """Call a class or module fixture (if defined); a failure is reported as an
        error of `method_name (parent)`. Whether it succeeded."""
        if fixture is None:
            return True
        _call_if_exists(result, "_setupStdout")
        try:
            fixture()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            self._fixtureFailed(result, e, method_name, parent)
            return False
        finally:
            _call_if_exists(result, "_restoreStdout")
        return True

    def _fixtureFailed(self, result, exc, method_name, parent):
        error = _ErrorHolder(f"{method_name} ({parent})")
        addSkip = getattr(result, "addSkip", None)
        if addSkip is not None and isinstance(exc, _case().SkipTest):
            addSkip(error, str(exc))
        else:
            result.addError(error, (type(exc), exc, exc.__traceback__))

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previousModule)
        if module is None:
            return
        self._run_fixture(result, getattr(module, "tearDownModule", None), "tearDownModule",
                          previousModule)

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, "_previousTestClass", None)
        currentClass = test.__class__
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, "_classSetupFailed", False):
            return
        if getattr(result, "_moduleSetUpFailed", False):
            return
        if getattr(previousClass, "__unittest_skip__", False):
            return
        self._run_fixture(result, getattr(previousClass, "tearDownClass", None),
                          "tearDownClass", _strclass(previousClass))


class _DebugResult(object):
    "Used by the TestSuite to hold previous class when running in debug."
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


def _three_way_cmp(x, y):
    return (x > y) - (x < y)


class TestLoader(object):
    """Creates test suites from classes, modules and names."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = staticmethod(_three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. "
                            "Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, _case().TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module = __import__(".".join(parts_copy))
                    break
                except ImportError:
                    del parts_copy[-1]
                    if not parts_copy:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, _case().TestCase):
            return self.loadTestsFromTestCase(obj)
        if (callable(obj) and isinstance(parent, type)
                and issubclass(parent, _case().TestCase)):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, BaseTestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, BaseTestSuite):
                return test
            if isinstance(test, _case().TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def discover(self, start_dir, pattern="test*.py", top_level_dir=None):
        """The tests of the modules under start_dir whose file names match pattern,
        packages included, in sorted order (imported with top_level_dir on sys.path)."""
        import os

        top = os.path.abspath(top_level_dir or start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        return self.suiteClass(self._discover_in(os.path.abspath(start_dir), top, pattern))

    def _discover_in(self, folder, top, pattern):
        import os

        tests = []
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path) and name.endswith(".py") and fnmatchcase(name, pattern):
                if not name[:-3].isidentifier():
                    continue
                dotted = os.path.relpath(path[:-3], top).replace(os.sep, ".")
                __import__(dotted)
                tests.append(self.loadTestsFromModule(sys.modules[dotted], pattern=pattern))
            elif os.path.isfile(os.path.join(path, "__init__.py")) and name.isidentifier():
                tests.extend(self._discover_in(path, top, pattern))
        return tests

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        def include(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            if not callable(getattr(testCaseClass, attrname)):
                return False
            full = "%s.%s.%s" % (testCaseClass.__module__, testCaseClass.__qualname__,
                                 attrname)
            return self.testNamePatterns is None or any(
                fnmatchcase(full, pattern) for pattern in self.testNamePatterns)

        names = [name for name in dir(testCaseClass) if include(name)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names


defaultTestLoader = TestLoader()


def _loader(prefix, sortUsing, suiteClass=TestSuite, testNamePatterns=None):
    loader = TestLoader()
    loader.testMethodPrefix = prefix
    loader.sortTestMethodsUsing = sortUsing
    loader.suiteClass = suiteClass
    loader.testNamePatterns = testNamePatterns
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=_three_way_cmp, testNamePatterns=None):
    return _loader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(
        testCaseClass)


def makeSuite(testCaseClass, prefix="test", sortUsing=_three_way_cmp, suiteClass=TestSuite):
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix="test", sortUsing=_three_way_cmp, suiteClass=TestSuite):
    return _loader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)


class TextTestRunner(object):
    """Runs tests and prints the results (dots or one line per test, the errors, the
    summary) on a stream, stderr by default."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
            start = time.perf_counter()
            startTestRun = getattr(result, "startTestRun", None)
            if startTestRun is not None:
                startTestRun()
            try:
                test(result)
            finally:
                stopTestRun = getattr(result, "stopTestRun", None)
                if stopTestRun is not None:
                    stopTestRun()
            taken = time.perf_counter() - start
        result.printErrors()
        if hasattr(result, "separator2"):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, run != 1 and "s" or "", taken))
        self.stream.writeln()
        expectedFails = len(getattr(result, "expectedFailures", ()))
        unexpectedSuccesses = len(getattr(result, "unexpectedSuccesses", ()))
        skipped = len(getattr(result, "skipped", ()))
        infos = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append("failures=%d" % failed)
            if errored:
                infos.append("errors=%d" % errored)
        else:
            self.stream.write("OK")
        if skipped:
            infos.append("skipped=%d" % skipped)
        if expectedFails:
            infos.append("expected failures=%d" % expectedFails)
        if unexpectedSuccesses:
            infos.append("unexpected successes=%d" % unexpectedSuccesses)
        if infos:
            self.stream.writeln(" (%s)" % (", ".join(infos),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


class TestProgram(object):
    """A command-line program that runs a set of tests (unittest.main)."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = "default"
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].rsplit("/", 1)[-1] if argv else "python"
        self.parseArgs(argv)
        self.runTests()

    def parseArgs(self, argv):
        names = []
        args = list(argv[1:])
        if self.module is None and args[:1] == ["discover"]:
            self._discover_args(args[1:])
            return
        while args:
            arg = args.pop(0)
            if not self._run_option(arg, args):
                names.append(_name_from_path(arg) if self.module is None else arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _run_option(self, arg, args):
        """Apply one of the options that tests names and discovery share; whether `arg`
        was one (-k takes its pattern from `args`)."""
        if arg in ("-v", "--verbose"):
            self.verbosity = 2
        elif arg in ("-q", "--quiet"):
            self.verbosity = 0
        elif arg in ("-f", "--failfast"):
            self.failfast = True
        elif arg in ("-b", "--buffer"):
            self.buffer = True
        elif arg in ("-c", "--catch"):
            self.catchbreak = True
        elif arg == "-k" and args:
            pattern = args.pop(0)
            if "*" not in pattern:
                pattern = "*%s*" % pattern
            self.testNamePatterns = (self.testNamePatterns or []) + [pattern]
        else:
            return False
        return True

    def _discover_args(self, args):
        """`-m unittest discover [-v] [-s START] [-p PATTERN] [-t TOP]`."""
        start, pattern, top = ".", "test*.py", None
        while args:
            arg = args.pop(0)
            if self._run_option(arg, args):
                continue
            if arg in ("-s", "--start-directory") and args:
                start = args.pop(0)
            elif arg in ("-p", "--pattern") and args:
                pattern = args.pop(0)
            elif arg in ("-t", "--top-level-directory") and args:
                top = args.pop(0)
        self.test = self.testLoader.discover(start, pattern, top)

    def createTests(self):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None and self.module is None:
            self.test = self.testLoader.discover(".")
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings,
                                             tb_locals=self.tb_locals)
            except TypeError:
                testRunner = self.testRunner(verbosity=self.verbosity, failfast=self.failfast,
                                             buffer=self.buffer, warnings=self.warnings)
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def _name_from_path(name):
    """A test name given as a path to a .py file, as the module's dotted name."""
    import os

    if os.path.isfile(name) and name.lower().endswith(".py"):
        relative = os.path.relpath(os.path.normpath(name))
        if not relative.startswith(".."):
            return relative[:-3].replace("\\", ".").replace("/", ".")
    return name

for _cls, _module in ((BaseTestSuite, "unittest.suite"), (TestSuite, "unittest.suite"),
                      (TestLoader, "unittest.loader"), (TextTestRunner, "unittest.runner"),
                      (TestProgram, "unittest.main")):
    _cls.__module__ = _module

_results = []


def registerResult(result):
    _results.append(result)


def removeResult(result):
    try:
        _results.remove(result)
        return True
    except ValueError:
        return False


def installHandler():
    """Ctrl-C handling (-c): coro stops on KeyboardInterrupt as usual."""


def removeHandler(method=None):
    if method is not None:
        return method
    return None
