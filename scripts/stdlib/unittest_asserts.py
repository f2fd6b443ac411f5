# unittest: the assert* methods' messages (diffs of lists, dicts, sets, strings), assertRaises/Warns and their Regex forms.
import re
import unittest
import warnings


class A(unittest.TestCase):
    maxDiff = None

    def check(self, f, *args, **kwargs):
        try:
            f(*args, **kwargs)
            print("passed")
        except AssertionError as e:
            print(f"{f.__name__}:", str(e))

    def test_messages(self):
        c = self.check
        c(self.assertEqual, 1, 2)
        c(self.assertEqual, "a", "b", "custom")
        c(self.assertEqual, [1, 2, 3], [1, 2, 4])
        c(self.assertEqual, [1, 2], [1, 2, 3, 4])
        c(self.assertEqual, (1, 2, 3), (1,))
        c(self.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
        c(self.assertEqual, {1, 2, 3}, {2, 3, 4})
        c(self.assertEqual, "hello world\nsecond line\n", "hello there\nsecond line\nthird\n")
        c(self.assertEqual, "abc", "abd")
        c(self.assertEqual, "x" * 100, "x" * 99 + "y")
        c(self.assertEqual, list(range(50)), list(range(49)) + [99])
        c(self.assertEqual, [[1, 2], [3, 4]], [[1, 2], [3, 5]])
        c(self.assertListEqual, [1], (1,))
        c(self.assertNotEqual, 3, 3)
        c(self.assertTrue, 0)
        c(self.assertFalse, "yes")
        c(self.assertIs, 1, None)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 5)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 4, [1, 2, 3])
        c(self.assertNotIn, 2, [1, 2, 3])
        c(self.assertIsInstance, 3, str)
        c(self.assertNotIsInstance, 3, int)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00000001)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.1)
        c(self.assertAlmostEqual, 1.0, 1.05, places=1)
        c(self.assertNotAlmostEqual, 1.0, 1.00000001)
        c(self.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 3, 2)
        c(self.assertLessEqual, 3, 2)
        c(self.assertRegex, "hello", r"^w")
        c(self.assertNotRegex, "hello", r"l+")
        c(self.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
        c(self.assertCountEqual, [[1], [2]], [[2], [2]])
        c(self.assertDictEqual, {"k": [1, 2]}, {"k": [1, 3], "z": 0})
        c(self.assertSequenceEqual, "abc", "abd")
        c(self.assertTupleEqual, (1, 2), (1, 3), "tuples!")
        c(self.assertSetEqual, frozenset([1]), frozenset([2]))
        c(self.assertMultiLineEqual, "one\ntwo\nthree\n", "one\nTWO\nthree\n")
        c(self.fail, "plain failure")
        self.maxDiff = 20
        c(self.assertEqual, [1, 2, 3], [1, 2, 4])
        self.longMessage = False
        c(self.assertEqual, 1, 2, "short")
        c(self.assertEqual, 1, 2)

    def test_raises(self):
        with self.assertRaises(ValueError) as cm:
            int("x")
        print(type(cm.exception).__name__, cm.exception)
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        self.check(self.assertRaises, KeyError, lambda: None)
        try:
            with self.assertRaises(KeyError):
                pass
        except AssertionError as e:
            print(e)
        try:
            with self.assertRaises(KeyError, msg="extra"):
                pass
        except AssertionError as e:
            print(e)
        with self.assertRaisesRegex(ValueError, r"invalid literal"):
            int("y")
        try:
            with self.assertRaisesRegex(ValueError, r"^nothing"):
                int("z")
        except AssertionError as e:
            print(e)
        try:
            with self.assertRaises(KeyError):
                raise IndexError("propagates")
        except IndexError as e:
            print("IndexError", e)
        for bad in [lambda: self.assertRaises(3), lambda: self.assertRaises(ValueError, foo=1)]:
            try:
                bad()
            except TypeError as e:
                print("TypeError", e)

    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            warnings.warn("old", DeprecationWarning)
        print(cm.warning, type(cm.warning).__name__, cm.lineno > 0)
        with self.assertWarnsRegex(UserWarning, "ab+c"):
            warnings.warn("xabbbcx")
        self.check(self.assertWarns, UserWarning, lambda: None)
        try:
            with self.assertWarnsRegex(UserWarning, "^q"):
                warnings.warn("nope")
        except AssertionError as e:
            print(e)


suite = unittest.defaultTestLoader.loadTestsFromTestCase(A)
result = unittest.TestResult()
suite.run(result)
print(result, result.errors, result.failures)
