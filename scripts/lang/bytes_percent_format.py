# bytes % args (PEP 461): %s/%b take bytes-like values or __bytes__, %c an int in range(256)
# or one byte, %r/%a give ascii(); the result is bytes or bytearray as the format is.
class B:
    def __bytes__(self): return b'BY'
class Bad:
    def __bytes__(self): return 'no'
class S(str):
    def __str__(self): return 'custom'
for e in ['b"%s" % "x"', 'b"%c" % 256', 'b"%c" % "a"', 'b"%c" % b"ab"', 'b"%r" % "é"', 'b"%s %s" % (b"a", bytearray(b"b"))', 'b"%5s|%-4b|" % (b"ab", b"c")', 'b"%.1s" % b"xyz"', 'bytearray(b"%d") % 5', 'b"%(a)s" % {b"a": b"v"}', 'b"%x %c %c" % (255, 65, b"z")', 'b"%s" % 1', 'b"\\xff%s" % b"\\xfe"', 'b"%f" % 1.5', 'b"%d" % 2.5', 'b"%z" % 1', 'b"%s" % ()', 'b"%s" % B()', 'b"%s" % Bad()', 'b"%a|%r" % (1, b"q")', 'b"%%|%5.2f|%-3c|" % (2.345, 7)', 'b"%s" % b"abc"', 'b"abc" % ()', 'b"abc" % b"x"', 'b"%b" % [1]', 'b"%c" % -1', '"%s" % S("x")', '"%b" % 1', 'b"%i%%" % True', 'b"%(k)s %(k)s" % {b"k": 1}', 'b"%s" % {b"k": 1}', 'b"%s" % bytearray(b"\\x80")', 'b"%c" % bytearray(b"q")']:
  try: print(repr(eval(e)))
  except Exception as ex: print(type(ex).__name__, ex)
