# unittest: setUpModule/setUpClass/setUp, cleanups, fixture errors, skipped classes, IsolatedAsyncioTestCase, main() with -k, names and exit status, suites and loaders.
import asyncio
import io
import re
import sys
import unittest

log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass First")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass First")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_one(self):
        """The first test."""
        log.append("one")

    def test_two(self):
        log.append("two")
        self.assertEqual(2, 3)

    def test_skip_inside(self):
        self.skipTest("not today")


class BrokenSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup failed")

    def test_never(self):
        log.append("never")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise ValueError("teardown failed")

    def test_ok(self):
        pass


@unittest.skipIf(True, "whole class skipped")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Async(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        log.append("asyncSetUp")
        self.value = await asyncio.sleep(0, result=41)

    async def test_await(self):
        await asyncio.sleep(0)
        self.assertEqual(self.value + 1, 42)
        log.append("awaited")

    def test_plain(self):
        log.append("plain in async case")

    async def asyncTearDown(self):
        log.append("asyncTearDown")


def normalize(text):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in TIME", text)
    return text.replace(__file__, "FILE")


stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
program = unittest.main(argv=["prog"], exit=False, testRunner=runner)
print(normalize(stream.getvalue()))
print(program.result.wasSuccessful(), program.result.testsRun)
print(log)

log.clear()
stream = io.StringIO()
unittest.main(argv=["prog", "-k", "one", "First"], exit=False,
              testRunner=unittest.TextTestRunner(stream=stream))
print(normalize(stream.getvalue()))
print(log)

stream = io.StringIO()
suite = unittest.TestSuite()
suite.addTest(First("test_two"))
suite.addTests([First("test_one"), unittest.FunctionTestCase(lambda: None, description="lambda test")])
print(suite.countTestCases(), repr(First("test_one")), str(First("test_one")), First("test_one").id())
unittest.TextTestRunner(stream=stream, failfast=True).run(suite)
print(normalize(stream.getvalue()))
loader = unittest.TestLoader()
print(loader.getTestCaseNames(First), loader.loadTestsFromName("First.test_one", sys.modules[__name__]))
try:
    First("test_missing")
except ValueError as e:
    print(e)
for argv in (["prog", "First.test_one"], ["prog", "-q", "First.test_two"]):
    try:
        unittest.main(argv=argv, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print("exit", e.code)
