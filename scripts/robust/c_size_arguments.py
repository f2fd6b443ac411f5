# Arguments CPython converts to C sizes (Py_ssize_t, int) raise OverflowError when too
# large, search bounds clamp, and sizes a script chooses raise MemoryError rather than
# aborting: each as CPython 3.11.
import collections
import sys


def attempt(label, f):
    try:
        print(label, "->", repr(f())[:60])
    except (MemoryError, OverflowError, ValueError, IndexError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


attempt("list.insert(2**70)", lambda: [].insert(2**70, 1))
attempt("list.insert(-2**70)", lambda: [].insert(-2**70, 1))
attempt("list.insert(2**62)", lambda: [1, 2].insert(2**62, 3))
attempt("list.pop(2**70)", lambda: [1].pop(2**70))
attempt("list.pop(-2)", lambda: [1].pop(-2))
attempt("list subscript 2**70", lambda: [1][2**70])
attempt("list.index bounds", lambda: [1, 2].index(2, -2**70, 2**70))
attempt("chr(2**40)", lambda: chr(2**40))
attempt("chr(2**31)", lambda: chr(2**31))
attempt("chr(-1)", lambda: chr(-1))
attempt("chr(0x110000)", lambda: chr(0x110000))
attempt("setrecursionlimit(2**40)", lambda: sys.setrecursionlimit(2**40))
attempt("setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))
attempt("deque(maxlen=2**63)", lambda: collections.deque(maxlen=2**63))
attempt("deque(maxlen=2**63-1)", lambda: collections.deque(maxlen=2**63 - 1).maxlen)
attempt("deque.rotate(2**64)", lambda: collections.deque([1, 2]).rotate(2**64))
attempt("deque.rotate(1.5)", lambda: collections.deque([1, 2]).rotate(1.5))
q = collections.deque([1, 2, 3])
q.rotate(2**63 - 1)
print("rotated", list(q))
attempt("bytes.find bounds", lambda: b"abc".find(b"c", 2**70))
attempt("bytes.find negative", lambda: b"abc".find(b"c", -2**70))
attempt("bytes.index bounds", lambda: b"abc".index(b"c", 0, 2**70))
attempt("bytearray.rfind bounds", lambda: bytearray(b"abca").rfind(b"a", -2**70, 2**70))
attempt("int.to_bytes(2**62)", lambda: (1).to_bytes(2**62, "big"))
attempt("int.to_bytes(-1)", lambda: (1).to_bytes(-1, "big"))
attempt("int.to_bytes(4)", lambda: (258).to_bytes(4, "little"))
