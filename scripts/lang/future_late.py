"""Future imports must open the file (after the docstring)."""
from __future__ import annotations
import sys

from __future__ import division
