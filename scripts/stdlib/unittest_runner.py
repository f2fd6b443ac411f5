# unittest: TextTestRunner's dots and verbose lines, the error report and summary, subtests, skips, expected failures.
import io
import re
import unittest


class T(unittest.TestCase):
    def test_a(self):
        self.assertEqual(1, 2)

    def test_b(self):
        pass

    def test_c(self):
        raise KeyError("k")

    @unittest.skip("nope")
    def test_d(self):
        pass

    @unittest.expectedFailure
    def test_e(self):
        self.fail("x")

    @unittest.expectedFailure
    def test_f(self):
        pass

    def test_g(self):
        """Doc line.

        more"""
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)


def run(cls, verbosity):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(
        unittest.defaultTestLoader.loadTestsFromTestCase(cls))
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in TIME", stream.getvalue())
    print(text.replace(__file__, "FILE"))
    print(result, result.wasSuccessful(), result.testsRun, len(result.skipped))


run(T, 2)
run(T, 1)
run(T, 0)

import sys


class B(unittest.TestCase):
    def test_prints(self):
        print("to stdout")
        sys.stderr.write("to stderr")
        self.fail("boom")
    def test_quiet(self):
        print("hidden")
stream = io.StringIO()
real = sys.stderr
sys.stderr = io.StringIO()
unittest.TextTestRunner(stream=stream, buffer=True).run(unittest.defaultTestLoader.loadTestsFromTestCase(B))
captured, sys.stderr = sys.stderr.getvalue(), real
print(re.sub(r"in [0-9.]+s", "in T", stream.getvalue()).replace(__file__, "FILE"))
print(repr(captured))
