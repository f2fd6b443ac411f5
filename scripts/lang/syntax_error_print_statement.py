# A Python 2 print statement in the main script: CPython underlines the statement.
import sys

print >>sys.stderr, "kept"
print "unparenthesised", sys.argv
