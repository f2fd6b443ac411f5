# hashlib.pbkdf2_hmac (RFC 6070 vectors and others) and hashlib.file_digest.
import hashlib
import io
import os

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096, 20).hex())
print(hashlib.pbkdf2_hmac("sha1", b"passwordPASSWORDpassword",
                          b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25).hex())
print(hashlib.pbkdf2_hmac("sha1", b"pass\0word", b"sa\0lt", 4096, 16).hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex())
print(hashlib.pbkdf2_hmac("SHA256", b"pw", b"salt", 2, None).hex())
print(hashlib.pbkdf2_hmac("md5", b"pw", b"salt", 3, 40).hex())
print(hashlib.pbkdf2_hmac("sha512", b"k" * 200, b"salt", 3, 70).hex())
print(hashlib.pbkdf2_hmac("sha384", bytearray(b"pw"), memoryview(b"salt"), 2).hex())
print(hashlib.pbkdf2_hmac("sha3_256", b"pw", b"salt", 2).hex())
print(hashlib.pbkdf2_hmac("blake2b", b"pw", b"salt", 2, 16).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha224", password=b"", salt=b"", iterations=1).hex())

calls = [
    ("foo", b"pw", b"salt", 2), ("shake_128", b"pw", b"salt", 2), (1, b"pw", b"s", 2),
    ("sha1", "pw", b"salt", 2), ("sha1", b"pw", "salt", 2), ("sha1", b"pw", b"salt", 0),
    ("sha1", b"pw", b"salt", -1), ("sha1", b"pw", b"salt", 2**31),
    ("sha1", b"pw", b"salt", 2**63), ("sha1", b"pw", b"salt", 1.0),
    ("sha1", b"pw", b"salt", 1, 0), ("sha1", b"pw", b"salt", 1, 2**31),
    ("sha1", b"pw", b"salt", 1, "x"), ("sha1", b"pw", b"salt", 0, "x"), ("sha1", b"pw", b"s"),
]
for args in calls:
    try:
        print(hashlib.pbkdf2_hmac(*args).hex())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, isinstance(e, ValueError), e)

data = b"file contents " * 5000
print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
path = f"/tmp/coro_file_digest_{os.getpid()}"
with open(path, "wb") as f:
    f.write(data)
with open(path, "rb") as f:
    d = hashlib.file_digest(f, "sha1")
    print(d.name, d.hexdigest() == hashlib.sha1(data).hexdigest())
with open(path, "rb", buffering=0) as f:
    print(hashlib.file_digest(f, "sha256", _bufsize=1000).hexdigest() ==
          hashlib.sha256(data).hexdigest())
with open(path, "r") as f:
    try:
        hashlib.file_digest(f, "sha256")
    except ValueError as e:
        print("ValueError", str(e).endswith("is not a file-like object in binary reading mode."))
with open(path, "wb") as f:
    try:
        hashlib.file_digest(f, "sha256")
    except ValueError as e:
        print("ValueError", str(e).endswith("is not a file-like object in binary reading mode."))
os.remove(path)
try:
    hashlib.file_digest(io.BytesIO(b""), "nope")
except ValueError as e:
    print("ValueError", e)
