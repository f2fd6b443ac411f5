# The sys module's facts and functions that scripts read (values equal on every 3.11).
import sys

print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor, type(sys.version_info).__name__)
print(repr(sys.version_info).startswith("sys.version_info(major=3, minor=11, micro="))
print(sys.hexversion >> 16 == 0x030B, sys.version.startswith("3.11"))
print(isinstance(sys.implementation.name, str), sys.implementation.version[:2])
print(sys.flags.optimize, sys.flags.debug, repr(sys.flags)[:22])
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[8])
print(sys.int_info.bits_per_digit, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder)
print(sys.platform, sys.getdefaultencoding(), sys.getfilesystemencoding())
print(type(sys.path).__name__, type(sys.modules).__name__, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, "builtins" in sys.builtin_module_names)
print(sys.argv[0].rsplit("/", 1)[-1], isinstance(sys.executable, str))
print(sys.exc_info(), sys.exception())
try:
    {}["k"]
except KeyError as e:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, value is e, sys.exception() is e)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys.intern("name") == "name", sys.getsizeof(0) > 0)
try:
    sys.intern(1)
except TypeError as e:
    print("TypeError:", e)
