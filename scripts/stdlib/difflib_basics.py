# difflib: ndiff with its '?' guide lines, unified_diff, SequenceMatcher ratios and opcodes, get_close_matches, restore, on seeded random line lists.
import difflib, random
R = random.Random(3)
def rline():
    return "".join(R.choice("abcde \t") for _ in range(R.randint(0, 12))) + "\n"
for trial in range(60):
    a = [rline() for _ in range(R.randint(0, 8))]
    b = list(a)
    for _ in range(R.randint(0, 4)):
        op = R.random()
        if op < 0.3 and b: b[R.randrange(len(b))] = rline()
        elif op < 0.6: b.insert(R.randint(0, len(b)), rline())
        elif b: del b[R.randrange(len(b))]
        if b and R.random() < 0.5:
            k = R.randrange(len(b)); s = list(b[k]); 
            if s: s[R.randrange(len(s))] = R.choice("xyz"); b[k] = "".join(s)
    print(trial, repr(list(difflib.ndiff(a, b))))
    print(repr(list(difflib.unified_diff(a, b, "a", "b", n=R.randint(0, 3)))))
    s = difflib.SequenceMatcher(None, "".join(a), "".join(b))
    print(s.ratio(), s.quick_ratio(), s.real_quick_ratio(), s.get_opcodes()[:3])
words = ["apple", "ape", "peach", "puppy", "applet", "maple", "happily", "aple"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("ap", words, n=2, cutoff=0.3))
big = "ab" * 150 + "c"
print(difflib.SequenceMatcher(None, big, big[::-1]).get_matching_blocks()[:4], difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a  bc").get_opcodes())
print(list(difflib.restore(difflib.ndiff(["one\n", "two\n"], ["one\n", "three\n"]), 2)))
