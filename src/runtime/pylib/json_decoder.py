"""json.decoder: the decoding half of coro's json module under CPython's submodule name
(`from json.decoder import JSONDecodeError` is how many programs import the error).
The implementation is in json.py and the native `_json`; this only names it."""

from json import JSONDecoder, JSONDecodeError, scanstring

py_scanstring = scanstring
NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

__all__ = ['JSONDecoder', 'JSONDecodeError']
