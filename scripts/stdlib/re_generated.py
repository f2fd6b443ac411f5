# re: a differential check — 400 generated patterns (groups, repeats of every kind,
# look-arounds, atomic groups, backreferences, anchors) searched, found-all and
# substituted over small texts; the expected output is what python3 prints.
import re
state = [12345]
def rnd(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n
atoms = ["a", "b", ".", "[ab]", "[^a]", "\\w", "\\s", "\\d", "x", "(?:a|b)", "\\b", "$", "^", "\\1", "(?=a)", "(?!b)", "(?<=a)", "a|", "\\Z", "[a-c]"]
quants = ["", "", "", "*", "+", "?", "*?", "+?", "??", "{2}", "{1,2}", "{0,}", "*+", "++", "{1,3}?"]
def gen(depth):
    out = ""
    for _ in range(rnd(4) + 1):
        k = rnd(10)
        if k < 2 and depth < 3:
            inner = gen(depth + 1)
            kind = rnd(5)
            g = ["(", "(?:", "(?>", "(?P<n%d>" % depth, "(?i:"][kind]
            if kind == 3 and "n%d" % depth in out:
                g = "("
            out += g + inner + ")" + quants[rnd(len(quants))]
        else:
            a = atoms[rnd(len(atoms))]
            q = quants[rnd(len(quants))]
            if a in ("\\b", "$", "^", "\\Z") or a.startswith("(?"):
                q = ""
            out += a + q
        if rnd(6) == 0:
            out += "|"
    return out
texts = ["", "a", "ab", "ba", "aab", "abba", "a b", "xa1b", "aaa\n", "bab ab", "AbA"]
for i in range(400):
    p = gen(0)
    try:
        c = re.compile(p)
    except re.error as e:
        print(i, repr(p), "error", e)
        continue
    for t in texts:
        m = c.search(t)
        r = None if m is None else (m.span(), m.groups(), m.lastindex)
        print(i, repr(p), repr(t), r, c.findall(t), c.sub("-", t))
