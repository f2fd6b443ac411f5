# Integer arithmetic: floor division and modulo on negatives, big ints, powers.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)

print(2 ** 10, 2 ** 100, (-2) ** 63, -2 ** 4)
print(2 ** -1, 10 ** -2, pow(3, 4, 5), pow(2, 100, 1000007))
big = 123456789012345678901234567890
print(big * big)
print(big // 7, big % 7, -big // 7, -big % 7)
print(big + 1 - big, big.bit_length(), (-big).bit_length())
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(9223372036854775807 * 2, (2 ** 64) // (2 ** 32))
print(abs(-big), -(-5), +7)
factorial = 1
for i in range(1, 31):
    factorial *= i
print(factorial)
print(int("123"), int("-0042"), int("ff", 16), int("0b101", 0), int("  7  "), int(3.99), int(-3.99))
print(int("1_000_000"), 1_000_000, 0x1F, 0o17, 0b1010)
print(3 + 2.5, 3 * 2.0, 7 / 7, 1 + True, True + True)
print(10 == 10.0, 2 ** 0.5 == 2 ** 0.5, 1 < 1.5)
print(int.__name__, type(2 ** 70).__name__)
print((17).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(sum(range(1, 101)), max(3, -4, 2), min(3, -4, 2))
print(round(7 / 3, 3), 7 // 2 * 2 + 7 % 2)
