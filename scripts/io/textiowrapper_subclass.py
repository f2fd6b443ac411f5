# Python subclasses of io.TextIOWrapper are instances of themselves: their methods,
# overrides of __next__/readline and __init__ with extra state apply.
import io
class Upper(io.TextIOWrapper):
    def __next__(self):
        return super().__next__().upper()
    def extra(self):
        return "extra"
f = Upper(io.BytesIO(b"ab\ncd\n"), encoding="utf-8")
print(type(f).__name__, f.extra())
for line in f:
    print(repr(line))
class S(io.StringIO):
    def write(self, s):
        return super().write(s * 2)
s = S()
print("x", file=s)
print(repr(s.getvalue()), type(s).__name__)
import io
class Logged(io.TextIOWrapper):
    def __init__(self, buffer, **kw):
        super().__init__(buffer, **kw)
        self.count = 0
    def readline(self, *a):
        self.count += 1
        return super().readline(*a)
raw = io.BytesIO(b"one\ntwo\nthree\n")
with Logged(raw, encoding="utf-8", newline="") as f:
    print(repr(f.readline()), repr(f.readline()), f.count, f.encoding, isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase))
    print(repr(f.read()), f.closed)
print(f.closed)
out = io.BytesIO()
class W(io.TextIOWrapper):
    pass
w = W(out, encoding="utf-8", write_through=True)
w.write("héllo\n")
print(out.getvalue(), type(w).__mro__[1].__name__)
w.detach() if hasattr(w, "detach") else None
