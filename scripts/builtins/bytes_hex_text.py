# bytes.hex without and with separators, bytes.fromhex with whitespace and the error
# positions CPython reports (counted in characters, also after non-ASCII text).
data = bytes(range(256))
print(data.hex()[:40], data.hex()[-8:], len(data.hex()), b"".hex(), bytearray(b"\x00\xff").hex())
print(data[:7].hex(":"), data[:7].hex("-", 2), data[:7].hex(" ", -3), data[:5].hex(b"|", 0))
print(memoryview(b"\x01\x02").hex(), (b"\xab" * 3).hex(":", 1))
print(bytes.fromhex("00ff 10\tAB\n cd"), bytearray.fromhex(" 0a0B "), bytes.fromhex(""))
for text in ["0g", "é0", "00 é", "0 0", "ab c", "a", "0é", "zz", "00\u3000"]:
    try:
        print(bytes.fromhex(text))
    except ValueError as e:
        print("ValueError", e)
big = bytes(range(256)) * 500
assert bytes.fromhex(big.hex()) == big
print(len(big.hex()), big.hex() == "".join(f"{b:02x}" for b in big))
