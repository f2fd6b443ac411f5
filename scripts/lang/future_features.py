"""Every future feature CPython 3.11 knows is accepted; the import binds the feature."""
from __future__ import nested_scopes, generators, division
from __future__ import absolute_import, with_statement, print_function
from __future__ import unicode_literals, generator_stop as stop

import __future__

print(division is __future__.division, stop is __future__.generator_stop)
print(__future__.annotations.getOptionalRelease())
print(__future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names)
print(__future__.__all__[:3])
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(f"{name:17} {feature.getOptionalRelease()} {feature.mandatory} {feature.compiler_flag:#x}")
print(repr(__future__.nested_scopes))
print(__future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(type(__future__.division).__name__)
# No `annotations`: annotations are evaluated.
x: int = 1
print(__annotations__)
