"""shelve: a persistent dictionary of pickled Python objects over a dbm file (or any
mapping of bytes to bytes), with an optional write-back cache."""

from collections.abc import MutableMapping
from io import BytesIO
import pickle

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


def _closed_shelf(*args):
    raise ValueError("invalid operation on closed shelf")


class _ClosedDict(MutableMapping):
    """What a closed shelf holds instead of its mapping: every use says so."""

    __getitem__ = __setitem__ = __delitem__ = _closed_shelf
    __iter__ = __len__ = keys = closed = _closed_shelf

    def __repr__(self):
        return "<Closed Dictionary>"


class Shelf(MutableMapping):
    """Values pickled into `dict` (bytes keys encoded with `keyencoding`); with
    `writeback`, values read are cached and written back on sync and close."""

    def __init__(self, dict, protocol=None, writeback=False, keyencoding="utf-8"):
        self.dict = dict
        self.writeback = writeback
        self.keyencoding = keyencoding
        self._protocol = protocol if protocol is not None else 3
        self.cache = {}

    def _key(self, key):
        return key.encode(self.keyencoding)

    def _thaw(self, stored):
        return pickle.Unpickler(BytesIO(stored)).load()

    def _freeze(self, value):
        out = BytesIO()
        pickle.Pickler(out, self._protocol).dump(value)
        return out.getvalue()

    def __iter__(self):
        return (key.decode(self.keyencoding) for key in self.dict.keys())

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._key(key) in self.dict

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __getitem__(self, key):
        try:
            return self.cache[key]
        except KeyError:
            pass
        value = self._thaw(self.dict[self._key(key)])
        if self.writeback:
            self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        self.dict[self._key(key)] = self._freeze(value)

    def __delitem__(self, key):
        del self.dict[self._key(key)]
        self.cache.pop(key, None)

    def sync(self):
        if self.writeback and self.cache:
            pending, self.cache = self.cache, {}
            for key, value in pending.items():
                self.dict[self._key(key)] = self._freeze(value)
        flush = getattr(self.dict, "sync", None)
        if flush is not None:
            flush()

    def close(self):
        if self.dict is None or isinstance(self.dict, _ClosedDict):
            return
        try:
            self.sync()
            finish = getattr(self.dict, "close", None)
            if finish is not None:
                finish()
        finally:
            self.dict = _ClosedDict()

    def __del__(self):
        if "writeback" in self.__dict__:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        self.close()


class BsdDbShelf(Shelf):
    """A shelf over a mapping with ordered-key navigation (first/next/previous/last and
    set_location), each giving a (key, value) pair."""

    def _pair(self, found):
        return found[0].decode(self.keyencoding), self._thaw(found[1])

    def set_location(self, key):
        return self._pair(self.dict.set_location(self._key(key)))

    def next(self):
        return self._pair(next(self.dict))

    def previous(self):
        return self._pair(self.dict.previous())

    def first(self):
        return self._pair(self.dict.first())

    def last(self):
        return self._pair(self.dict.last())


class DbfilenameShelf(Shelf):
    """A shelf over the dbm file `filename` opened with `flag`."""

    def __init__(self, filename, flag="c", protocol=None, writeback=False):
        import dbm
        super().__init__(dbm.open(filename, flag), protocol, writeback)


def open(filename, flag="c", protocol=None, writeback=False):
    return DbfilenameShelf(filename, flag, protocol, writeback)
