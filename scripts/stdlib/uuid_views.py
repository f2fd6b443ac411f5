import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.variant, u.version, int(u))
for form in ('12345678123456781234567812345678', 'urn:uuid:12345678-1234-5678-1234-567812345678'):
    print(uuid.UUID(form) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1).variant, uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0xe000 << 48).variant)
print(uuid.UUID(int=7, version=4), uuid.UUID(hex='0' * 32, version=1).version)

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com'), uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'))
for maker in (uuid.uuid3, uuid.uuid5):
    try:
        maker(uuid.NAMESPACE_URL, b'bytes name')
    except TypeError as e:
        print("TypeError", e)
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x').version, uuid.NAMESPACE_URL, uuid.NAMESPACE_X500)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
t2 = uuid.uuid1()
print(t.version, t.variant, t2.time > t.time, uuid.uuid1(node=0x1234, clock_seq=5).node,
      uuid.uuid1(clock_seq=0x3fff).clock_seq)
print(0 <= uuid.getnode() < 2**48, uuid.getnode() == uuid.getnode())

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, b >= a, a == uuid.UUID(int=1), a != b, a == 1, sorted([b, a]) == [a, b])
print(hash(a) == hash(uuid.UUID(int=1)), len({a, uuid.UUID(int=1), b}), str(a), a.is_safe)
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
try:
    a.int = 5
except TypeError as e:
    print("TypeError", e)


def attempt(label, **kw):
    try:
        print(label, uuid.UUID(**kw))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


attempt("none")
attempt("two", hex='0' * 32, int=0)
attempt("short hex", hex='1234')
attempt("bad hex", hex='z' * 32)
attempt("bytes", bytes=b'x' * 15)
attempt("bytes_le", bytes_le=b'x' * 17)
attempt("fields len", fields=(1, 2, 3))
attempt("field1", fields=(2**32, 0, 0, 0, 0, 0))
attempt("field3", fields=(0, 0, -1, 0, 0, 0))
attempt("field4", fields=(0, 0, 0, 256, 0, 0))
attempt("field6", fields=(0, 0, 0, 0, 0, 2**48))
attempt("int big", int=2**128)
attempt("int neg", int=-1)
attempt("version", int=0, version=6)
attempt("version0", int=0, version=0)
