# A future import after other code on the same line.
import sys; from __future__ import annotations
