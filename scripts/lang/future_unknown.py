"""Only features CPython knows are accepted."""
from __future__ import annotations, generators
from __future__ import nested_scopes, no_such_feature
