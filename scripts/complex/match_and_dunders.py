# complex in match statements, eval/compile, and its dunder methods called directly.
for v in [1 + 2j, 2j, -1 - 2j, 3, 1j, 1.5 + 0j]:
    match v:
        case 1 + 2j:
            print("one plus two j")
        case -1 - 2j:
            print("negative")
        case 2j | 3:
            print("alternative", v)
        case complex(real=0.0, imag=i):
            print("imaginary", i)
        case _:
            print("other", v)
print(eval("1j * 1j"), eval(compile("2.5j", "<s>", "eval")), [x * 1j for x in range(3)])
print((1 + 1j).__eq__(1 + 1j), (1j).__ne__(2), (1j).__eq__("x"), (1 + 0j).__eq__(1), (1j).__hash__() == hash(1j))
print((3 + 4j).__abs__(), (1j).__neg__(), (1j).__pos__(), (0j).__bool__(), (1j).__format__(".1f"))
print(complex.conjugate(2 + 1j), complex.__add__(1j, 2), complex.__rsub__(1j, 2), complex.__pow__(2j, 2))
print(complex.__truediv__(1j, "x"), complex.__eq__(1j, None))
try:
    complex.__pow__(1j, 2, 5)
except ValueError as e:
    print("ValueError:", e)
