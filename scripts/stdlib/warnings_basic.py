# warnings: the default format and filters, stacklevel, categories, filter actions.
import io
import os
import sys

# The warnings go to stderr with absolute paths: capture them and show the names only.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
real_stderr = sys.stderr
sys.stderr = io.StringIO()
import warnings
import sys


def deprecated_api():
    warnings.warn("deprecated_api is old", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from helper")


def outer():
    helper()


warnings.warn("plain message")
warnings.warn("a runtime thing", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
deprecated_api()
helper()
for i in range(3):
    warnings.warn("in a loop")
for i in range(2):
    helper()
outer()
warnings.warn("level 0", stacklevel=0)
warnings.warn("too deep", stacklevel=50)
print("filters:", warnings.filters[:3])
warnings.simplefilter("ignore", UserWarning)
warnings.warn("hidden")
warnings.warn("visible", FutureWarning)
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("error")
try:
    warnings.warn("now an error", SyntaxWarning)
except SyntaxWarning as e:
    print("caught", type(e).__name__, e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", message=".*boom", category=RuntimeWarning)
warnings.warn("skip this one")
warnings.warn("SKIP case-insensitively")
warnings.warn("not skipped")
try:
    warnings.warn("big boom", RuntimeWarning)
except RuntimeWarning as e:
    print("caught", e)
warnings.warn("small boom", UserWarning)
warnings.resetwarnings()
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
warnings.warn("once only")
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("once per module")
warnings.warn("once per module")
print(len(warnings.filters), warnings.filters[0])
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "cat"),
            lambda: warnings.simplefilter("sometimes"), lambda: warnings.filterwarnings("ignore", category=3),
            lambda: warnings.filterwarnings("ignore", message=3), lambda: warnings.simplefilter("error", lineno=-1)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

sys.stderr, captured = real_stderr, sys.stderr.getvalue()
print(captured.replace(HERE, ""), end="")
