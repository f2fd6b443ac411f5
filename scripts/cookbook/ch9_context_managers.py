# Python Cookbook ch. 9 style: context managers the easy way (contextmanager), a
# transaction on a list, and the class form with __enter__/__exit__.
from contextlib import contextmanager


@contextmanager
def timethis(label):
    print('start', label)
    try:
        yield label.upper()
    finally:
        print('{}: done'.format(label))


with timethis('counting') as tag:
    n = 10
    while n > 0:
        n -= 1
    print('inside', tag)


@contextmanager
def list_transaction(orig_list):
    working = list(orig_list)
    yield working
    orig_list[:] = working


items = [1, 2, 3]
with list_transaction(items) as working:
    working.append(4)
    working.append(5)
print(items)
try:
    with list_transaction(items) as working:
        working.append(6)
        working.append(7)
        raise RuntimeError('oops')
except RuntimeError as e:
    print('RuntimeError', e)
print(items)


class timeblock:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('enter', self.label)
        return self

    def __exit__(self, exc_ty, exc_val, exc_tb):
        print('exit', self.label, exc_ty.__name__ if exc_ty else None,
              type(exc_tb).__name__)
        return exc_ty is KeyError


with timeblock('quiet'):
    {}['missing']
print('KeyError swallowed')
try:
    with timeblock('loud'):
        [][1]
except IndexError as e:
    print('IndexError', e)
with timeblock('clean') as tb:
    print(tb.label)
