# split/rsplit with a separator and maxsplit given positionally (the unbound fast path), by keyword, and the argument errors.
for s, a in [("a,b,,c", (",",)), ("a,b,,c", (",", 1)), ("a,b,,c", (",", 0)), ("a,b,,c", (",", -1)), ("a b", (" ", 5)), ("x", ("x",)), ("", (",",))]:
    print(repr(s), a, s.split(*a), s.rsplit(*a))
for bad in [("",), ("", 1), (",", 1.5), (",", "1"), (1,)]:
    try:
        print("a,b".split(*bad))
    except Exception as e:
        print(type(e).__name__, e)
print("a,b,c".split(",", True), "a=b=c".split(sep="=", maxsplit=1))
