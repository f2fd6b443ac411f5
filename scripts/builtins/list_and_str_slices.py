# Slicing lists and strings (ASCII, short and long non-ASCII, which coro indexes by
# code point) with every kind of bound and step, and deleting list slices.
import hashlib
import itertools

def digest(parts):
    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]

L = list(range(23))
steps = [None, 1, 2, 3, -1, -2, -5, 7]
bounds = [None, 0, 1, 5, -1, -7, 22, 23, 40, -40]
got, left = [], []
for a, b, c in itertools.product(bounds, bounds, steps):
    got.append(L[a:b:c])
    M = list(L)
    del M[a:b:c]
    left.append(M)
print(digest(got), digest(left), len(got))
for text in ["héllo wörld " * 30, "日本語テキスト😀" * 50, "ascii only " * 40, "ab", "é" * 300]:
    parts = [text[a:b:c] for a, b, c in
             itertools.product(bounds + [100, 300, -300], bounds + [250, 333], steps)]
    chars = [text[i] for i in range(-len(text), len(text), 7)]
    print(len(text), digest(parts), digest(chars), text.find("ö", 100), text.rfind("😀", 0, 200),
          text.count("l", 50, 300), text.index(text[-3:]), text.startswith("ö", 15),
          text.endswith("😀", 0, 80), text[::-37][:5], text[299:250:-13])

class D:
    def __del__(self):
        print("del sees", len(M))
M = [D(), 1, D(), 2]
del M[::2]
print(M)
M = list(range(10))
del M[8:1:-3]
print(M)
