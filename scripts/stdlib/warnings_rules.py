# warnings: -W option parsing (actions by prefix, categories by name, line numbers, the
# errors reported), filter order and duplicates, each action's memory of what it showed,
# and catch_warnings' checks and repr.
import io
import sys
import warnings

saved_filters = warnings.filters[:]
warnings.resetwarnings()
err = io.StringIO()
real_stderr, sys.stderr = sys.stderr, err
warnings._processoptions([
    'bogus', 'i', 'a', 'all', 'e::Foo', 'ignore::os.Nope', 'ignore::nosuchmod.W',
    'ignore::int', 'ignore:::mod:-1', 'ignore:::mod:x', 'a:b:c:d:e:f',
    'ignore:Msg.*:UserWarning:pkg.mod:5', ' d : spaced : DeprecationWarning ', 'o::',
    'm::warnings.WarningMessage', 'error::UnicodeWarning::0',
])
sys.stderr = real_stderr
print(err.getvalue(), end='')
for action, message, category, module, lineno in warnings.filters:
    print(action, message and message.pattern, category.__name__, module and module.pattern, lineno)

warnings.resetwarnings()
warnings.simplefilter('ignore', UserWarning)
warnings.simplefilter('error', UserWarning, append=True)
warnings.simplefilter('ignore', UserWarning)
warnings.filterwarnings('always', 'Text', RuntimeWarning, 'mod', 3, append=True)
warnings.filterwarnings('always', 'Text', RuntimeWarning, 'mod', 3, append=True)
print([(f[0], f[2].__name__) for f in warnings.filters])
for bad in (lambda: warnings.simplefilter('sometimes'), lambda: warnings.filterwarnings('ignore', 5),
            lambda: warnings.filterwarnings('ignore', category=int),
            lambda: warnings.simplefilter('ignore', lineno=-1)):
    try:
        bad()
    except AssertionError as e:
        print('AssertionError', e)

shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: \
    shown.append((str(message), category.__name__, lineno))
for action in ('default', 'module', 'once', 'always'):
    warnings.resetwarnings()
    warnings.simplefilter(action)
    registry = {}
    for lineno in (1, 1, 2, 2):
        warnings.warn_explicit('same text', UserWarning, 'f.py', lineno, 'mod', registry)
    warnings.warn_explicit('same text', UserWarning, 'g.py', 3, 'other', {})
    print(action, shown, sorted(k for k in registry if k != 'version'),
          {v for k, v in registry.items() if k != 'version'}, 'version' in registry)
    shown.clear()
warnings.simplefilter('once')
for lineno in (1, 2):
    warnings.warn_explicit('no registry', UserWarning, 'f.py', lineno, 'mod', None)
print(shown, {k: v for k, v in warnings.onceregistry.items() if k != 'version'})
shown.clear()
warnings.onceregistry.clear()
registry = {}
warnings.simplefilter('default')
warnings.warn_explicit('again', UserWarning, 'f.py', 1, 'mod', registry)
warnings.warn_explicit('again', UserWarning, 'f.py', 1, 'mod', registry)
warnings.simplefilter('default')  # any change to the filters forgets the registries
warnings.warn_explicit('again', UserWarning, 'f.py', 1, 'mod', registry)
warnings.warn_explicit(UserWarning('instance'), RuntimeWarning, 'f.py', 1, 'mod', registry)
warnings.warn_explicit('no module', UserWarning, 'path/File.PY', 1)
for lineno in ('7', 7.0):
    try:
        warnings.warn_explicit('bad lineno', UserWarning, 'x.py', lineno)
    except TypeError as e:
        print('TypeError', e)
warnings.warn_explicit('bool lineno', UserWarning, 'x.py', True)
warnings.warn_explicit('empty filename', UserWarning, '', 1)
print(shown)
warnings.filters.insert(0, ('sometimes', None, Warning, None, 0))
try:
    warnings.warn_explicit('odd', UserWarning, 'f.py', 1)
except RuntimeError as e:
    print('RuntimeError', e)
warnings.showwarning = warnings._showwarning_orig

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e)
with cw as log:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print('RuntimeError', e)
    warnings.simplefilter('always')
    warnings.warn('recorded', FutureWarning)
print([(str(w.message), w.category.__name__) for w in log], str(log[0])[:40])
with warnings.catch_warnings(action='error', category=FutureWarning):
    try:
        warnings.warn('now an error', FutureWarning)
    except FutureWarning as e:
        print('FutureWarning', e)
print(warnings.filters[0][0], len(warnings.filters))
warnings.resetwarnings()
warnings.filterwarnings('error', module='File\\Z')
warnings.showwarning = lambda *args: print('shown', args[2])
for name in ('File.PY', 'File.py'):
    try:
        warnings.warn_explicit('x', UserWarning, name, 1)
    except UserWarning:
        print(name, 'counts as module File')
warnings.showwarning = warnings._showwarning_orig
warnings.filters[:] = saved_filters
