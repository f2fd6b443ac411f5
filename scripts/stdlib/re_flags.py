# re: flags against python3 — IGNORECASE (incl. the Kelvin sign and accented letters),
# ASCII, MULTILINE, DOTALL, VERBOSE on str and on bytes (latin-1) with generated patterns.
import re
state = [999]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
atoms = ["a", "B", "é", "É", "ß", "[a-z]", "[^A-Z]", "\\w", "\\W", "\\b", "$", "^", ".", "\\s", "[é-ï]", "k", "(?-i:a)", "\\d"]
quants = ["", "", "*", "+", "?", "{1,2}", "*?"]
texts = ["", "aB\n", "Éa é", "ABC\nabc", "ka\u212a ", "x1\u0661 _", "ß SS", "\u00e9\u00c9e"]
flagsets = [0, re.I, re.M, re.S, re.A, re.I | re.A, re.I | re.M | re.S, re.X]
for i in range(300):
    p = "".join(atoms[rnd(len(atoms))] + quants[rnd(len(quants))] for _ in range(rnd(3) + 1))
    f = flagsets[rnd(len(flagsets))]
    try:
        c = re.compile(p, f)
    except re.error as e:
        print(i, repr(p), "error", e)
        continue
    for t in texts:
        print(i, repr(p), f, repr(t), c.findall(t), [m.span() for m in c.finditer(t)])
    try:
        cb = re.compile(p.encode("latin1", "replace"), f)
        for t in texts:
            tb = t.encode("latin1", "replace")
            print(i, "b", cb.findall(tb), cb.sub(b"<\\g<0>>", tb))
    except (re.error, ValueError, UnicodeEncodeError) as e:
        print(i, "b", type(e).__name__, e)
