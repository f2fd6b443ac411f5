# io.BufferedReader/BufferedWriter/BufferedRandom over a user's RawIOBase and over
# BytesIO, and a TextIOWrapper stacked on them.
import io


class Chunky(io.RawIOBase):
    """Hands out at most three bytes per readinto, as a slow device would."""

    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), 3, len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


class Sink(io.RawIOBase):
    def __init__(self):
        self.got = []

    def writable(self):
        return True

    def write(self, b):
        self.got.append(bytes(b))
        return len(b)


br = io.BufferedReader(Chunky(b"hello\nworld\nlast"))
print(type(br).__name__, br.readable(), br.writable())
print(br.readline(), br.read(3), br.read())
print(list(io.TextIOWrapper(io.BufferedReader(Chunky(b"a\nb\r\nc")), encoding="ascii")))

sink = Sink()
bw = io.BufferedWriter(sink, buffer_size=16)
bw.write(b"abc")
bw.write(b"def")
bw.flush()
print(b"".join(sink.got), bw.writable(), bw.readable())
tw = io.TextIOWrapper(io.BufferedWriter(sink), encoding="utf-8")
tw.write("naïve\n")
tw.flush()
print(b"".join(sink.got))

raw = io.BytesIO(b"0123456789")
rnd = io.BufferedRandom(raw)
print(rnd.read(4), rnd.tell(), rnd.seek(8), rnd.read())
rnd.seek(0)
rnd.write(b"AB")
rnd.flush()
print(raw.getvalue())

for cls, arg in [(io.BufferedReader, Sink()), (io.BufferedWriter, Chunky(b"")),
                 (io.BufferedReader, io.BytesIO())]:
    try:
        cls(arg, 0)
    except (ValueError, io.UnsupportedOperation) as e:
        print(cls.__name__, type(e).__name__, e)
for cls, arg in [(io.BufferedReader, Sink()), (io.BufferedWriter, Chunky(b""))]:
    try:
        cls(arg)
    except io.UnsupportedOperation as e:
        print(cls.__name__, type(e).__name__, e)
