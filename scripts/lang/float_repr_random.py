# repr(float) on seeded random doubles: shortest round-trip digits, the even one on exact ties.
import random, struct
R = random.Random(4)
out = []
for i in range(3000):
    k = R.random()
    if k < 0.4:
        x = struct.unpack("<d", struct.pack("<Q", R.getrandbits(64)))[0]
    elif k < 0.8:
        x = R.randint(-10**17, 10**17) / 2 ** R.randint(0, 12)
    else:
        x = R.randint(-10**6, 10**6) / 10 ** R.randint(0, 8)
    out.append(repr(x))
print("\n".join(out))
