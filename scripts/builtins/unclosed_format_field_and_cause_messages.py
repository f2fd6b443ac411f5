# CPython's messages for a str.format field left open at the end of the string (which
# part of the field was being read), for `raise ... from` a non-exception, and for
# int.from_bytes of something that is not bytes.
for f in ['{', 'x{', '{0', '{0:', '{:', 'a{}{', '{{{', '}', 'a}b', '{0!', '{0!r', '{0:{1}', '{!x}']:
    try:
        print(repr(f.format(1, 2)))
    except ValueError as e:
        print(repr(f), "ValueError:", e)

for cause in [1, "text", None, ValueError, KeyError("k")]:
    try:
        raise RuntimeError("boom") from cause
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))

for arg in ["x", 5, None, [1, 300], b"\x01\x02", [1, 2]]:
    try:
        print(int.from_bytes(arg, "big"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
