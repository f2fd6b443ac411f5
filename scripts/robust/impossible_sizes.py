# Sizes a script chooses that no machine can hold raise MemoryError or OverflowError, as
# in CPython; the interpreter never aborts.
cases = [
    "'%.65536f' % 1.0",
    "'%.2000000000000f' % 1.0",
    "format(1.0, '.2000000000000f')",
    "format(1, '2000000000000d')",
    "'%2000000000000d' % 1",
    "'%.3000000000d' % 1",
    "format(1.0, '.3000000000f')",
    "'%*d' % (2**40, 1)",
    "'%.*f' % (2**31, 1.0)",
    "f'{1:2000000000000}'",
    "'{:2000000000000}'.format('x')",
    "'x'.center(2**63 - 1)",
    "'x'.ljust(2**62)",
    "'x'.rjust(2**62, '*')",
    "'x'.zfill(2**62)",
    "'\\t'.expandtabs(2**40)",
    "[] * (2**63 - 1)",
    "[1] * (2**62)",
    "(1,) * (2**62)",
    "'a' * (2**62)",
    "'ab' * (2**62)",
    "b'ab' * (2**62)",
    "bytes(2**62)",
    "bytearray(2**62)",
    "list(range(2**62))",
]
for src in cases:
    try:
        r = eval(src)
        print(src, "->", len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(src, "->", type(e).__name__, e)
x = [1, 2]
x *= 0
print(x, 'ab' * -3, [0] * -1)
