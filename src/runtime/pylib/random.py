"""Pseudo-random numbers (coro's `random`): for the same seed, the same values as
python3's, draw for draw, and the same errors. The Mersenne Twister core is native
(`_random`: seeding, random(), getrandbits(), state); this module holds the documented
algorithms on top of it (the distributions' published methods, the integer and
sequence helpers), written from the documentation and checked draw by draw against
python3 in the goldens. SystemRandom draws from the OS entropy source and has no state.
"""

import _random
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
from math import acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp
from math import floor as _floor, isfinite as _isfinite, log as _log, pi as _pi
from math import sin as _sin, sqrt as _sqrt, tau as TWOPI
from operator import index as _index

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]

# The documented module constants.
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF

_urandom = _random.urandom
_STEP_NOT_GIVEN = 1      # randrange's default step, told apart from an explicit 1 by identity
_WORD = 1 << 32


def _warn(message, category, stacklevel):
    import warnings
    warnings.warn(message, category, stacklevel + 1)


def _looks_like_sequence(x):
    """What sample() accepts: collections.abc.Sequence without importing the ABCs (the
    built-in sequences, and types that index and measure themselves and are not
    mappings or sets)."""
    if isinstance(x, (dict, set, frozenset)):
        return False
    if isinstance(x, (list, tuple, str, range, bytes, bytearray)):
        return True
    kind = type(x)
    return all(hasattr(kind, name) for name in ("__getitem__", "__len__")) and \
        not hasattr(kind, "keys")


def _as_range_int(value, label):
    """A randrange argument as an int: an index, or (deprecated) an integral number."""
    try:
        return _index(value)
    except TypeError:
        pass
    whole = int(value)
    if whole != value:
        _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
        raise ValueError(f"non-integer {label} for randrange()")
    _warn("non-integer arguments to randrange() have been deprecated since Python 3.10 "
          "and will be removed in a subsequent version", DeprecationWarning, 3)
    return whole


def _string_hash_v1(text):
    """The version-1 seed of a str or bytes: the old string hash, widened to 64 bits."""
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    acc = (ord(text[0]) << 7) if text else 0
    for ch in text:
        acc = ((1000003 * acc) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


class Random:
    """Random number generator base class used by bound module functions."""

    VERSION = 3

    def __new__(cls, *args, **kwargs):
        # The native core exists before __init__ runs (a subclass's __init__ may draw).
        obj = object.__new__(cls)
        obj._mt = _random.Random()
        return obj

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # -- state

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None, int, float, str, bytes or
        bytearray)."""
        if isinstance(a, (str, bytes, bytearray)):
            if version == 2:
                a = _random.seed_from_bytes(a)
            elif version == 1 and not isinstance(a, bytearray):
                a = _string_hash_v1(a)
        elif a is not None and not isinstance(a, (int, float)):
            raise TypeError('The only supported seed types are: None,\n'
                            'int, float, str, bytes, and bytearray.')
        self._mt.seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return self.VERSION, self._mt.getstate(), self.gauss_next

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        _, words, pending = state
        if version == 2:
            # Version 2 stored the words as signed C longs.
            try:
                words = tuple(w % _WORD for w in words)
            except ValueError as exc:
                raise TypeError from exc
        self.gauss_next = pending
        self._mt.setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return type(self), (), self.getstate()

    # -- the core

    def random(self):
        """random() -> x in the interval [0, 1)."""
        return self._mt.random()

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        return self._mt.getrandbits(k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def __init_subclass__(cls, **kwargs):
        # Integers come from getrandbits() when the nearest class defining one of the
        # core methods defines getrandbits, else from random() alone.
        if cls.randrange is not Random.randrange and cls.randint is Random.randint:
            cls.randint = Random._randint_via_randrange
        for klass in cls.__mro__:
            own = klass.__dict__
            if "_randbelow" in own:
                return
            if "getrandbits" in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if "random" in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    def _randbelow_with_getrandbits(self, n):
        """Return a random int in the range [0,n).  Defined for n > 0."""
        # Draw as many bits as n has and retry until below n.
        width = n.bit_length()
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """Return a random int in the range [0,n) using only random()."""
        draw = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.",
                  UserWarning, 1)
            return _floor(draw() * n)
        # Reject the top sliver that would bias the remainder.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            x = draw()
            if x < cutoff:
                return _floor(x * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -- integers

    def randrange(self, start, stop=None, step=_STEP_NOT_GIVEN):
        """Choose a random item from range(start, stop[, step])."""
        first = _as_range_int(start, "arg 1")
        if stop is None:
            # randrange(n): a value in range(n).
            if step is not _STEP_NOT_GIVEN:
                raise TypeError('Missing a non-None stop argument')
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        end = _as_range_int(stop, "stop")
        span = end - first
        stride = _as_range_int(step, "step")
        if stride == 1:
            if span <= 0:
                raise ValueError(f"empty range for randrange() ({first}, {end}, {span})")
            return first + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # How many values range(first, end, stride) holds.
        count = (span + stride - 1) // stride if stride > 0 else (span + stride + 1) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        if type(a) is int and type(b) is int and a <= b:
            # randrange(a, b + 1)'s own path for int bounds, without its checks.
            return a + self._randbelow(b - a + 1)
        return self.randrange(a, b + 1)

    def _randint_via_randrange(self, a, b):
        """randint for a class that overrides randrange: always through it."""
        return self.randrange(a, b + 1)

    # -- sequences

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        # Fisher-Yates from the end: position i swaps with one of 0..i.
        below = self._randbelow
        i = len(x) - 1
        while i > 0:
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence."""
        if not _looks_like_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        # Two bookkeeping schemes, and which one runs decides the draws: a shrinking
        # pool for small populations, a set of taken positions for large ones. The
        # threshold is 21, plus 4 to the power ceil(log4(3k)) when k > 5.
        picked = [None] * k
        threshold = 21 if k <= 5 else 21 + 4 ** _ceil(_log(k * 3, 4))
        if size <= threshold:
            self._sample_from_pool(list(population), picked)
        else:
            self._sample_by_position(population, size, picked)
        return picked

    def _sample_from_pool(self, pool, picked):
        below = self._randbelow
        last = len(pool) - 1
        for slot in range(len(picked)):
            j = below(last + 1)
            picked[slot] = pool[j]
            pool[j] = pool[last]   # the last live entry fills the hole
            last -= 1

    def _sample_by_position(self, population, size, picked):
        below = self._randbelow
        taken = set()
        for slot in range(len(picked)):
            j = below(size)
            while j in taken:
                j = below(size)
            taken.add(j)
            picked[slot] = population[j]

    def _sample_counted(self, population, size, counts, k):
        # Sample positions of the expanded population, then map each back through the
        # running totals.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        return [population[_bisect(bounds, at)] for at in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError(
                        f'The number of choices must be a keyword argument: {k=}'
                    ) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)]
                for _ in _repeat(None, k)]

    # -- real-valued distributions

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # Mirror: draw from the other side's triangle.
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            z = NV_MAGICCONST * (a - 0.5) / b
            if z * z / 4.0 <= -_log(b):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller: each pair of draws gives two values, the
        second kept for the next call)."""
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            theta = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(theta) * radius
            self.gauss_next = _sin(theta) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution (Best and Fisher's rejection method)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        f = (inv + z) / (1.0 + inv * z)
        if draw() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!"""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # R. C. H. Cheng's rejection method, for alpha > 1.
        draw = self.random
        a = _sqrt(2.0 * alpha - 1.0)
        b = alpha - LOG4
        c = alpha + a
        while True:
            u1 = draw()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _log(u1 / (1.0 - u1)) / a
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = b + c * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def _gamma_small(self, alpha):
        # Algorithm GS of Ahrens and Dieter (as in Kennedy and Gentle), 0 < alpha < 1.
        draw = self.random
        while True:
            b = (_e + alpha) / _e
            p = b * draw()
            x = p ** (1.0 / alpha) if p <= 1.0 else -_log((b - p) / alpha)
            u = draw()
            accept = u <= x ** (alpha - 1.0) if p > 1.0 else u <= _exp(-x)
            if accept:
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution, from two gamma variates."""
        y = self.gammavariate(alpha, 1.0)
        return y / (y + self.gammavariate(beta, 1.0)) if y else 0.0

    def paretovariate(self, alpha):
        """Pareto distribution.  alpha is the shape parameter."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution: alpha is the scale, beta the shape."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy source; it has no state."""

    def seed(self, *args, **kwds):
        "Does nothing: the OS entropy source cannot be seeded."
        return None

    def random(self):
        """A float in [0.0, 1.0) from 53 bits of OS entropy."""
        # 56 random bits, the top 53 used.
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def randbytes(self, n):
        """n bytes straight from the OS entropy source."""
        return _urandom(n)

    def getrandbits(self, k):
        """An int with k random bits (the top k of the whole bytes read)."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def _notimplemented(self, *args, **kwds):
        "getstate/setstate: the OS entropy source has no state to save or restore."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module-level functions are the bound methods of one shared generator.
_inst = Random()
for _name in ("seed", "uniform", "triangular", "randint", "choice", "randrange", "sample",
              "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
              "vonmisesvariate", "gammavariate", "gauss", "betavariate", "paretovariate",
              "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
# The shared generator's core is reseeded in place, so its native method can be the
# module's random() directly.
random = _inst._mt.random
