# print to stderr, sep/end/flush, and ordering of the two streams.
import sys
print("to stdout")
print("to stderr", file=sys.stderr)
print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print()
print(*[1, 2, 3], sep=", ")
print("", end="")
print("several", "words", sep="")
sys.stdout.write("written directly\n")
sys.stderr.write("error line 2\n")
print("flushed", flush=True)
print(None, True, 1.0, [1], sep=" | ")
