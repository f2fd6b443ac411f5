"""Headers: a mutable list of (name, value) response headers with case-insensitive
mapping access, add_header with parameters, and the HTTP text of the block."""

import re

_SPECIAL = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _param(name, value, quote=1):
    if value is None or len(value) == 0:
        return name
    if quote or _SPECIAL.search(value):
        value = value.replace("\\", "\\\\").replace('"', r"\"")
        return '%s="%s"' % (name, value)
    return "%s=%s" % (name, value)


class Headers:
    """Response headers, in order; names compare without case."""

    def __init__(self, headers=None):
        headers = [] if headers is None else headers
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        for name, value in headers:
            self._checked(name)
            self._checked(value)

    def _checked(self, value):
        if type(value) is str:
            return value
        raise AssertionError("Header names/values must be of type str (got {0})"
                             .format(repr(value)))

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, value):
        del self[name]
        self._headers.append((self._checked(name), self._checked(value)))

    def __delitem__(self, name):
        name = self._checked(name).lower()
        self._headers[:] = [kv for kv in self._headers if kv[0].lower() != name]

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        """Every value of header `name`, in order."""
        name = self._checked(name).lower()
        return [v for k, v in self._headers if k.lower() == name]

    def get(self, name, default=None):
        name = self._checked(name).lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return default

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._headers)

    def __str__(self):
        return "\r\n".join(["%s: %s" % kv for kv in self._headers] + ["", ""])

    def __bytes__(self):
        return str(self).encode("iso-8859-1")

    def setdefault(self, name, value):
        found = self.get(name)
        if found is None:
            self._headers.append((self._checked(name), self._checked(value)))
            return value
        return found

    def add_header(self, _name, _value, **_params):
        """Add a header, with `key="value"` parameters (underscores in keys become
        dashes; a None value adds the bare key)."""
        parts = []
        if _value is not None:
            parts.append(self._checked(_value))
        for key, value in _params.items():
            key = self._checked(key).replace("_", "-")
            parts.append(key if value is None else _param(key, self._checked(value)))
        self._headers.append((self._checked(_name), "; ".join(parts)))
