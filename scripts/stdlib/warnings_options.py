# warnings: PYTHONWARNINGS filters (from warnings_options.env) become sys.warnoptions and filters.
import sys
import warnings

print(sys.warnoptions)
print([(action, category.__name__, lineno) for action, _, category, _, lineno in warnings.filters[:3]])
warnings.warn("ignored", DeprecationWarning)
try:
    warnings.warn("an error now", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", e)
with warnings.catch_warnings(record=True) as caught:
    warnings.warn("once", UserWarning)
    warnings.warn("once", UserWarning)
print(len(caught))
