import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(3)).__name__)
h = secrets.token_hex(16)
print(len(h), all(c in string.hexdigits for c in h), len(secrets.token_hex()))
u = secrets.token_urlsafe(16)
print(len(u), all(c.isalnum() or c in "-_" for c in u), len(secrets.token_urlsafe()))
print(secrets.token_bytes(0), secrets.token_hex(0), repr(secrets.token_urlsafe(0)))
print(all(0 <= secrets.randbelow(7) < 7 for _ in range(200)))
print(secrets.randbelow(1))
print(all(secrets.randbits(5) < 32 for _ in range(100)), secrets.randbits(0))
print(secrets.choice("x"), secrets.choice([3, 3, 3]))
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(12))
print(len(pw), all(c in alphabet for c in pw))
print(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"))
print(secrets.compare_digest(b"abc", b"abc"), secrets.compare_digest(b"abc", b"ab"))
print(secrets.compare_digest(bytearray(b"q"), b"q"))
for args in (("a", b"a"), (1, 2), ("é", "é")):
    try:
        secrets.compare_digest(*args)
    except TypeError as e:
        print("TypeError", e)
for bad in (0, -5):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    secrets.choice([])
except IndexError as e:
    print("IndexError", e)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
