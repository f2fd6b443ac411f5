# re.Match as CPython's: attributes, methods, argument errors and messages, copy and
# pickle, finditer/sub/scanner over str, non-ASCII str and bytes subjects.
import re, copy, pickle
m=re.match(r'(a)(?P<n>b)?','ac')
for f in [lambda: m.start(1,2), lambda: m.span(1,2), lambda: m.groups(1,2), lambda: m.groupdict(1,2), lambda: m.expand(), lambda: m.groups(x=1), lambda: m.__copy__(1), lambda: m.__deepcopy__(), lambda: m.group(x=1), lambda: m.start('zz'), lambda: m.group([]), lambda: m.group(-1), lambda: m.group(2**70), lambda: m.end(3), lambda: m.start(group=1)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(re.Match.__module__, re.Match.__qualname__, re.Match.__name__, re.Match.__doc__)
print(re.Match[str], type(m), m)
print(m.groups(default='x'), m.groupdict(default=1), m.expand(template=r'\1'))
print(m.group(True), m[0], m.lastgroup, m.lastindex, m.regs, m.pos, m.endpos, m.re, m.string)
try: pickle.dumps(m)
except Exception as e: print(type(e).__name__, e)
print(hash(m)==hash(m), m==m, bool(m), copy.copy(m) is m, copy.deepcopy(m) is m)
try: type(m)()
except TypeError as e: print(e)
p = re.compile(r"(?P<w>\w)(\d)?")
print([x.span() for x in p.finditer("a1 b c2é", 1)], [x.pos for x in p.finditer("a1 b", 1, 3)])
print(p.sub(lambda x: x.group('w').upper(), "a1 b c2é"), p.subn(lambda x: '', "ab"))
print(re.match('é(.)', 'éàb'), re.search('(?P<x>à)', 'éàb').groupdict())
print(re.match(b'(a)', b'ab'), re.match(b'(a)', bytearray(b'ab')).group(1))
sc = p.scanner("a1 bb")
print(sc.match(), sc.match(), sc.search(), sc.search(), sc.search())
for bad in [(r'a', b'a'), (b'a', 'a'), ('a', 5)]:
    try: re.match(*bad)
    except TypeError as e: print(e)
print(re.compile('a').match('aaa', -5, 99), re.compile('a').search('baaa', 2, 1))
print(re.Scanner([(r"\d+", lambda s, t: int(t)), (r"\s+", None), (r"\w+", lambda s, t: t)]).scan("12 ab 3"))
print(dir(m))
class S(str): pass
print(re.match('a', S('ab')).string.__class__.__name__)
print(re.fullmatch('a+', 'aaa'), re.fullmatch('a', 'ab'))
print(repr(re.match('.*', 'x'*80)))
print(isinstance(m, re.Match))
