import hashlib

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s',
         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512']
for name in names:
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    c = h.copy()
    h.update(b"jumps over the lazy dog")
    ctor = getattr(hashlib, name)
    whole = ctor(b"The quick brown fox jumps over the lazy dog")
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    print("  ", h.hexdigest())
    print("  ", h.digest() == whole.digest(), c.hexdigest() == ctor(b"The quick brown fox ").hexdigest(),
          len(h.digest()), h.hexdigest() == h.hexdigest())
    print("  ", ctor().hexdigest()[:32], ctor(b"").digest()[:8])

print(hashlib.md5(b"a" * 1000).hexdigest(), hashlib.sha256(bytearray(b"xyz")).hexdigest())
print(hashlib.md5(string=b"a").hexdigest(), hashlib.new("md5", b"a").hexdigest(),
      hashlib.new(name="md5", data=b"a").hexdigest(), hashlib.sha3_256(string=b"a").hexdigest())
print(hashlib.new("SHA256").name, hashlib.new("MD5", b"x").hexdigest())
print(hashlib.blake2b(b"x", digest_size=16).hexdigest(), hashlib.blake2b(digest_size=16).digest_size)
print(hashlib.blake2s(b"x", digest_size=8).hexdigest(), hashlib.new("blake2b", b"x", digest_size=20).hexdigest())
s = hashlib.shake_128(b"abc")
print(s.name, s.digest_size, s.block_size, s.hexdigest(10), s.digest(4), type(s).__name__)
print(hashlib.shake_256(b"abc").hexdigest(40), hashlib.shake_128().hexdigest(length=3))
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())

h = hashlib.sha256()
for chunk in (b"a", b"b", b"c"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest())

for f, args, kw in [(hashlib.new, ("foo",), {}), (hashlib.md5, ("text",), {}), (hashlib.md5, (5,), {}),
                    (hashlib.new, ("SHA3_256",), {}), (hashlib.md5().update, ("s",), {}),
                    (hashlib.md5().update, (None,), {}), (hashlib.blake2b, (), {"digest_size": 65}),
                    (hashlib.blake2s, (), {"digest_size": 0}), (hashlib.shake_128().hexdigest, (), {}),
                    (hashlib.shake_128().digest, (-1,), {}),
                    (hashlib.shake_128().hexdigest, (-1,), {}), (hashlib.sha1, (), {"data": b"a"}),
                    (hashlib.blake2b, (), {"data": b"a"}), (hashlib.md5, (b"a", b"b"), {}),
                    (hashlib.new, ("md5", b"a", b"b"), {}), (hashlib.new, ("md5",), {"digest_size": 3}),
                    (hashlib.new, ("md5", b"a"), {"string": b"b"})]:
    try:
        f(*args, **kw)
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
