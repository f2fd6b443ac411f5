"""`coro -m unittest [names | discover ...]`: the unittest package's __main__, as
CPython's unittest/__main__.py."""

import sys
import unittest

sys.argv[0] = "python -m unittest"
unittest.main(module=None)
