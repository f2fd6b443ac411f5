# uuid: pickling and copying keep the number and is_safe, the state's shape, SafeUUID's
# names, the comparison methods' names, weak references, and version stamping.
import copy
import pickle
import uuid
import weakref

safe = uuid.UUID(int=5, is_safe=uuid.SafeUUID.safe)
plain = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(plain.__getstate__(), safe.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.unsafe).__getstate__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(safe, proto))
    print(proto, back == safe, back.is_safe, pickle.loads(pickle.dumps(plain, proto)).is_safe)
print(copy.copy(safe).is_safe, copy.deepcopy(plain) == plain, copy.deepcopy(safe).is_safe)
print(repr(uuid.SafeUUID.safe), repr(uuid.SafeUUID.unsafe), repr(uuid.SafeUUID.unknown))
print(uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.name)
print([uuid.UUID.__dict__[n].__name__ for n in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__')])
ref = weakref.ref(plain)
print(ref() is plain, plain.__slots__)
for version in (1, 2, 3, 4, 5):
    stamped = uuid.UUID(int=(1 << 128) - 1, version=version)
    print(version, stamped, stamped.version, stamped.variant)
print(uuid.UUID(int=0, version=3).hex, uuid.UUID(fields=(0, 0, 0, 0xff, 0, 0)).variant)
print(uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(bytes=bytes(range(16))).bytes_le)
print(uuid.UUID('{0123456789ABCDEF0123456789abcdef}'), uuid.UUID('urn:uuid:0123456789abcdef0123456789abcdef').urn)
try:
    uuid.UUID(int=1) < 1
except TypeError as e:
    print('TypeError', e)
print(uuid.UUID(int=1) != 'x', uuid.UUID(int=1).__eq__(1))
