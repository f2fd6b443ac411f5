# StringIO's newline argument: translation of what is written and where lines end.
import io
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), list(s), repr(s.getvalue()))
    s = io.StringIO("a\rb\r\nc\nd", newline=nl)
    print(repr(nl), s.readline(), s.readline(), s.readlines())
    s = io.StringIO(newline=nl); s.write("x\ny\r\n"); print(repr(s.getvalue()))
for bad in ["x", "\n\r", 5]:
    try:
        io.StringIO(newline=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class S(io.StringIO):
    pass
s = S("a\r\nb", newline=None); print(repr(s.getvalue()), list(S("a\rb", newline="")))
s = io.StringIO(newline=None); s.write("a\r"); s.write("\nb"); print(repr(s.getvalue()), s.write("x\r\ny"))
s = io.StringIO("l1\r\nl2\rl3\n", newline=""); print([s.readline(3) for _ in range(5)])
