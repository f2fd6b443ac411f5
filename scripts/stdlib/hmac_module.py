# hmac: HMAC over the hashlib algorithms, the one-shot digest, copy, compare_digest.
import hashlib
import hmac


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b',
             'blake2s']:
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hmac.new(b'k' * 200, digestmod=hashlib.sha256)
h.update(b'part one, ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest())
print(hmac.new(bytearray(b'key'), b'msg', digestmod=hashlib.md5).hexdigest())
print(hmac.digest(b'key', b'msg', 'sha256').hex())
print(hmac.new(b'', b'', 'sha1').hexdigest())
show(hmac.new, b'key', b'msg')
show(hmac.new, 'key', b'msg', 'sha256')
show(hmac.new, b'key', 'msg', 'sha256')
show(hmac.new, b'key', b'msg', 'nosuch')
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'abc', b'ab'),
      hmac.compare_digest(bytearray(b'x'), b'x'))
show(hmac.compare_digest, 'abc', b'abc')
show(hmac.compare_digest, b'abc', 'abc')
show(hmac.compare_digest, 1, 2)
show(hmac.compare_digest, 'é', 'é')
print(hmac.HMAC.blocksize, hmac.digest_size, len(hmac.trans_5C), hmac.trans_36[:4])
