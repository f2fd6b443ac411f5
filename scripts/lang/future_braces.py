# A joke feature: CPython answers it with a SyntaxError of its own.
from __future__ import braces
