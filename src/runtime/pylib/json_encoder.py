"""json.encoder: the encoding half of coro's json module under CPython's submodule name.
The implementation is in json.py and the native `_json`; this only names it."""

from json import (JSONEncoder, encode_basestring, encode_basestring_ascii,
                  py_encode_basestring, py_encode_basestring_ascii)

INFINITY = float('inf')
