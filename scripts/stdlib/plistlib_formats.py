# plistlib: XML and binary plists written byte for byte as CPython writes them, read back
# (also with dict_type), every value type, sort_keys/skipkeys, UID, and the errors.
import collections
import datetime
import io
import plistlib

value = {"s": "a<b&c", "i": 5, "neg": -3, "big": 2 ** 63, "f": 1.5, "b": True, "n": False,
         "d": b"\x00\x01" * 40, "e": b"", "dt": datetime.datetime(2020, 1, 2, 3, 4, 5),
         "l": [1, "x", [], {}], "nested": {"z": 1, "a": [b"hi"]}, "u": "\u00e9t\u00e9",
         "t": (1, 2)}
xml = plistlib.dumps(value)
print(xml.decode())
print(plistlib.dumps(value, sort_keys=False).decode().splitlines()[4:8])
back = plistlib.loads(xml)
print(back == dict(value, t=[1, 2]), type(back["d"]).__name__)
binary_value = {"a": [1, 2, "x", "x"], "b": 1.5, "c": True, "d": b"ab", "e": {"k": "v"},
                "big": 300, "neg": -1, "dt": datetime.datetime(2020, 1, 1), "u": "\u00fc",
                "huge": 2 ** 63 + 5, "mid": 70000, "w": 2 ** 40, "long": "x" * 20,
                "uid": plistlib.UID(7), "none": None, "list": list(range(16))}
b = plistlib.dumps(binary_value, fmt=plistlib.FMT_BINARY)
print(b)
print(plistlib.loads(b) == binary_value, plistlib.loads(b)["uid"])
print(plistlib.loads(plistlib.dumps(binary_value, fmt=plistlib.FMT_BINARY, sort_keys=False)) == binary_value)
shared = [1, 2]
print(plistlib.dumps({"a": shared, "b": shared, "c": [1, 2]}, fmt=plistlib.FMT_BINARY))
print(plistlib.loads(b, dict_type=collections.OrderedDict).__class__.__name__)
print(plistlib.loads(b"<plist><dict><key>a</key><integer>0x1F</integer><key>b</key>"
                     b"<date>2020-01-02T03:04:05Z</date></dict></plist>"))
print(plistlib.loads(b"<plist><string>x</string></plist>", fmt=plistlib.FMT_XML))
f = io.BytesIO()
plistlib.dump(["x", 1], f, fmt=plistlib.FMT_BINARY)
f.seek(0)
print(plistlib.load(f))
print(plistlib.dumps({1: 2, "a": 1}, skipkeys=True, sort_keys=False).decode().splitlines()[3:7])
print(repr(plistlib.UID(3)), plistlib.UID(3) == plistlib.UID(3), plistlib.FMT_XML,
      repr(plistlib.FMT_BINARY))
for thunk in [lambda: plistlib.dumps({1: 2}), lambda: plistlib.dumps(None),
              lambda: plistlib.loads(b"garbage"), lambda: plistlib.dumps("a\x01"),
              lambda: plistlib.dumps(2 ** 64), lambda: plistlib.dumps(2 ** 64, fmt=plistlib.FMT_BINARY),
              lambda: plistlib.loads(b"<plist><dict><key>a</key></dict></plist>"),
              lambda: plistlib.loads(b"<plist><foo/></plist>"), lambda: plistlib.UID(-1),
              lambda: plistlib.UID(2 ** 64), lambda: plistlib.UID("x"),
              lambda: plistlib.loads(b"bplist00" + b"\x00" * 40)]:
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__, e)
