"""xml.parsers.expat: the Python-facing name of coro's pyexpat module, with its `errors`
and `model` submodules importable as xml.parsers.expat.errors / .model."""

import sys
from pyexpat import *  # noqa: F401,F403
from pyexpat import errors, model, ExpatError, error, ParserCreate, ErrorString  # noqa: F401
from pyexpat import EXPAT_VERSION, version_info, native_encoding, features  # noqa: F401
from pyexpat import XMLParserType  # noqa: F401

sys.modules["xml.parsers.expat.errors"] = errors
sys.modules["xml.parsers.expat.model"] = model
