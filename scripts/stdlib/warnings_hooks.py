# warnings: catch_warnings (record, action), showwarning/formatwarning overrides,
import io
import os
import sys

# The warnings go to stderr with absolute paths: capture them and show the names only.
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
real_stderr = sys.stderr
sys.stderr = io.StringIO()
# warn_explicit, WarningMessage.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn("third", stacklevel=1)
print(len(caught), [str(w.message) for w in caught], [w.category.__name__ for w in caught])
print([w.lineno for w in caught], os.path.basename(caught[0].filename), caught[0].line, caught[0].file)
print(str(caught[0]).replace(HERE, ""))
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("deprecation here is shown", DeprecationWarning)
    warnings.warn("pending is not", PendingDeprecationWarning)
print([str(w.message) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("as error")
    except UserWarning as e:
        print("error:", e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
warnings.warn("back to normal")


def my_show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, os.path.basename(filename), lineno, line)


old = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("custom shown")
warnings.warn("custom shown", BytesWarning)
warnings.showwarning = old
warnings.formatwarning = lambda m, c, f, l, line=None: f"FORMATTED {c.__name__}: {m}\n"
warnings.warn("custom format")
warnings.formatwarning = warnings._formatwarning_orig
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "source line"), end="")
print(warnings.formatwarning("msg", UserWarning, "nofile.py", 3), end="")
warnings.warn_explicit("explicit", UserWarning, "somewhere.py", 42)
warnings.warn_explicit("explicit module", RuntimeWarning, "mod.py", 7, module="mod", registry={})
warnings.warn_explicit(UserWarning("instance"), None, "x.py", 1)
warnings.showwarning("direct", UserWarning, "d.py", 5, line="the line")
warnings.showwarning("to stdout", UserWarning, "o.py", 6, file=sys.stdout, line="")

sys.stderr, captured = real_stderr, sys.stderr.getvalue()
print(captured.replace(HERE, ""), end="")
