"""The codec registry's functions under their CPython home, `_codecs` (coro keeps them
in `codecs`; pickles name `_codecs.encode`)."""

from codecs import (encode, decode, lookup, register, lookup_error, register_error,
                    escape_decode, escape_encode)
