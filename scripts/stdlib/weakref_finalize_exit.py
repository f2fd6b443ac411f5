# finalize and atexit at interpreter exit; exceptions in callbacks are printed and ignored.
import atexit
import weakref


class Thing:
    def __init__(self, name):
        self.name = name


class Reporter:
    """A callback with a stable repr, for the 'Exception ignored in' line."""
    def __init__(self, tag):
        self.tag = tag

    def __call__(self, *args):
        print('reporter', self.tag)
        raise ValueError(self.tag)

    def __repr__(self):
        return f'<Reporter {self.tag}>'


def goodbye(who, punctuation='!'):
    print(f'goodbye {who}{punctuation}')


atexit.register(goodbye, 'first')
atexit.register(goodbye, 'second', punctuation='?')
atexit.register(Reporter('atexit'))
removed = atexit.register(goodbye, 'removed')
print(removed is goodbye)
atexit.unregister(goodbye)
atexit.register(goodbye, 'kept', punctuation='.')

t = Thing('t')
r = weakref.ref(t, Reporter('weakref'))
del t
print('after the failing callback')

kept = [Thing(n) for n in 'abc']
fins = [weakref.finalize(x, print, 'finalize', x.name) for x in kept]
fins[1].atexit = False
print([f.alive for f in fins], [f.atexit for f in fins])
gone = Thing('gone')
weakref.finalize(gone, print, 'finalize gone now')
del gone
print('end of script')
