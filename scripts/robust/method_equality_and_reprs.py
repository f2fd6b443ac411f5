# Bound methods compare equal when bound to the same object and made from the same
# function; bytearray's repr escapes ' even inside double quotes; SyntaxError made by
# hand carries msg and the details tuple's parts as attributes.
class O:
    def meth(self):
        pass

    def other(self):
        pass

o = O()
print(o.meth == o.meth, o.meth != o.meth, o.meth == O().meth, o.meth == o.other)
print(hash(o.meth) == hash(o.meth), len({o.meth, o.meth}))
l = [1]
print(l.append == l.append, l.append == [1].append, l.append != l.append, l.append == l.pop)
print({}.get == {}.get, "a".upper == "a".upper)

print(repr(bytearray(b"'")), repr(bytearray(b'"')), repr(bytearray(b"'\"")))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"it's")))

e = SyntaxError()
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset,
      e.print_file_and_line, e.args)
e = SyntaxError("m")
print(e.msg, e.filename, str(e))
e = SyntaxError("m", ("f.py", 3, 4, "x = (", 3, 6))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
print(str(e))
e = SyntaxError("m", ["g.py", 1, 2, "y"])
print(e.filename, e.lineno, e.end_lineno, str(e))
e = SyntaxError("a", "b", "c")
print(e.msg, e.filename, e.args)
for info in [(1, 2), (1, 2, 3, 4, 5, 6, 7), "ab"]:
    try:
        SyntaxError("m", info)
    except TypeError as exc:
        print("TypeError:", exc)
try:
    compile("x = (", "s.py", "exec")
except SyntaxError as exc:
    print(exc.msg, exc.filename, exc.lineno, exc.offset)
