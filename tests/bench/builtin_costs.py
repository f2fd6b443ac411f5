#!/usr/bin/env python3
"""Built-in and standard-library operations timed in coro and python3 side by side.

Issue 13 asks that no built-in have a worse complexity or a far worse constant than
CPython's. Each case is (name, setup, statement, repeat): the setup runs once, the
statement `repeat` times, in one process per interpreter; the ratio coro/python3 is
printed, worst first. A ratio in the hundreds is a complexity bug, not a constant.

    python3 tests/bench/builtin_costs.py --coro target/release/coro [NAME ...]

Cases run as module-level code through exec() in both interpreters, so both pay for
name lookups in a dict alike. Times are CPU time (`time.process_time`), so a loaded
machine slows both without skewing the ratio much.
"""
import argparse
import os
import subprocess
import sys
import tempfile

CASES = [
 # The cases that once grew far beyond CPython's (sessions 5-6).
 ("permutations", "import itertools", "sum(1 for _ in itertools.permutations(range(9)))", 1),
 ("islice of permutations", "import itertools", "next(itertools.islice(itertools.permutations(range(10)), 300000, None))", 1),
 ("set difference_update", "s = set(range(500000))", "for _ in range(100): s.difference_update(set())", 1),
 ("set symmetric_difference_update", "s = set(range(500000))", "for i in range(100): s.symmetric_difference_update({i})", 1),
 ("set small difference", "s = set(range(500000))", "for i in range(20): t = s - {i}", 1),
 # The session-8 audit.
 ("list.sort ints", "import random; random.seed(1); L=[random.random() for _ in range(200000)]", "sorted(L)", 5),
 ("list.sort strs", "L=[str(i*7919%100003) for i in range(100000)]", "sorted(L)", 5),
 ("sort key", "L=list(range(100000,0,-1))", "sorted(L, key=lambda x: -x)", 5),
 ("list.insert0", "L=[]", "for i in range(20000): L.insert(0,i)", 1),
 ("list.pop0", "", "L=list(range(30000))\nwhile L: L.pop(0)", 1),
 ("list in", "L=list(range(1000))", "for i in range(3000): (i in L)", 1),
 ("list.index", "L=list(range(1000))", "for i in range(3000): L.index(999)", 1),
 ("list slice", "L=list(range(1000))", "for i in range(20000): L[100:900]", 1),
 ("list concat", "L=list(range(1000))", "for i in range(5000): L+L", 1),
 ("list reverse", "L=list(range(100000))", "for i in range(100): L.reverse()", 1),
 ("list mul", "", "for i in range(200): [0]*100000", 1),
 ("list del slice", "", "L=list(range(100000))\nfor i in range(1000): del L[:10]", 1),
 ("list extend gen", "", "L=[]\nL.extend(i for i in range(300000))", 1),
 ("list count", "L=list(range(100000))", "for i in range(30): L.count(5)", 1),
 ("list eq", "L=list(range(100000)); M=list(range(100000))", "for i in range(100): L==M", 1),
 ("tuple hash", "T=tuple(range(100))", "for i in range(30000): hash(T)", 1),
 ("dict build", "", "d={i:i for i in range(300000)}", 1),
 ("dict str keys", "K=[str(i) for i in range(100000)]", "d={}\nfor k in K: d[k]=1\nfor k in K: d[k]", 1),
 ("dict del", "", "d={i:i for i in range(200000)}\nfor i in range(200000): del d[i]", 1),
 ("dict popitem", "", "d={i:i for i in range(200000)}\nwhile d: d.popitem()", 1),
 ("dict iter items", "d={i:i for i in range(100000)}", "for _ in range(10):\n  for k,v in d.items(): pass", 1),
 ("dict copy", "d={i:i for i in range(100000)}", "for _ in range(50): d.copy()", 1),
 ("dict update", "d={i:i for i in range(100000)}", "for _ in range(20): e={}; e.update(d)", 1),
 ("dict pop-insert churn", "d={i:i for i in range(1000)}", "for i in range(300000):\n  del d[i]\n  d[i+1000]=i", 1),
 ("set build", "", "s=set(range(300000))", 1),
 ("set ops", "a=set(range(100000)); b=set(range(50000,150000))", "for _ in range(10): a&b; a|b; a-b; a^b", 1),
 ("set discard add churn", "s=set(range(1000))", "for i in range(300000):\n  s.discard(i)\n  s.add(i+1000)", 1),
 ("set pop", "", "s=set(range(200000))\nwhile s: s.pop()", 1),
 ("frozenset hash", "F=frozenset(range(1000))", "for _ in range(2000): hash(frozenset(F))", 1),
 ("str join", "L=[str(i) for i in range(100000)]", "for _ in range(20): ''.join(L)", 1),
 ("str +=", "", "s=''\nfor i in range(300000): s += 'ab'", 1),
 ("str split", "s=' '.join(str(i) for i in range(100000))", "for _ in range(20): s.split()", 1),
 ("str replace", "s='abc'*100000", "for _ in range(50): s.replace('b','xy')", 1),
 ("str find miss", "s='a'*100000", "for _ in range(200): s.find('ab')", 1),
 ("str find long", "s='ab'*100000+'c'", "for _ in range(100): s.find('abababababc')", 1),
 ("str in", "s='x'*100000+'needle'", "for _ in range(300): 'needle' in s", 1),
 ("str count", "s='abc'*100000", "for _ in range(100): s.count('bc')", 1),
 ("str upper", "s='abc'*100000", "for _ in range(100): s.upper()", 1),
 ("str index char", "s='abcé'*100000", "for i in range(300000): s[i]", 1),
 ("str slice nonascii", "s='abcé'*100000", "for i in range(0,300000,3): s[i:i+5]", 1),
 ("str len nonascii", "s='abcé'*1000", "for i in range(300000): len(s)", 1),
 ("str startswith", "s='hello world'", "for i in range(300000): s.startswith('hell')", 1),
 ("str format", "", "for i in range(100000): '{} {:>5} {:.2f}'.format(i, 'a', 1.5)", 1),
 ("fstring", "", "for i in range(200000): f'{i} {i!r} {i:>4}'", 1),
 ("percent fmt", "", "for i in range(200000): '%d %s %5.2f' % (i, 'a', 1.5)", 1),
 ("str encode", "s='abcé'*100000", "for _ in range(50): s.encode()", 1),
 ("bytes decode", "b=('abcé'*100000).encode()", "for _ in range(50): b.decode()", 1),
 ("int str", "", "for i in range(300000): str(i)", 1),
 ("int parse", "L=[str(i) for i in range(300000)]", "for s in L: int(s)", 1),
 ("bigint str", "n=7**5000", "for _ in range(200): str(n)", 1),
 ("bigint mul", "a=7**20000; b=3**20000", "for _ in range(20): a*b", 1),
 ("bigint int(str)", "s=str(7**5000)", "for _ in range(200): int(s)", 1),
 ("float repr", "", "for i in range(200000): repr(i*0.1)", 1),
 ("float parse", "L=[repr(i*0.1) for i in range(200000)]", "for s in L: float(s)", 1),
 ("sum range", "", "sum(range(3000000))", 1),
 ("min max", "L=list(range(1000000))", "min(L); max(L)", 1),
 ("sorted reverse", "L=list(range(300000))", "sorted(L, reverse=True)", 1),
 ("enumerate zip", "L=list(range(300000))", "for i,(a,b) in enumerate(zip(L,L)): pass", 1),
 ("map filter", "L=list(range(300000))", "list(map(abs, filter(None, L)))", 1),
 ("any all", "L=[0]*1000000", "any(L); all(x==0 for x in L[:100000])", 1),
 ("reversed list", "L=list(range(1000000))", "for x in reversed(L): pass", 1),
 ("deque", "import collections", "d=collections.deque()\nfor i in range(300000): d.append(i)\nwhile d: d.popleft()", 1),
 ("deque rotate", "import collections; d=collections.deque(range(100000))", "for i in range(1000): d.rotate(37)", 1),
 ("deque index middle", "import collections; d=collections.deque(range(100000))", "for i in range(3000): d[50000]", 1),
 ("heapq", "import heapq, random; random.seed(2); L=[random.random() for _ in range(100000)]", "h=[]\nfor x in L: heapq.heappush(h,x)\nwhile h: heapq.heappop(h)", 1),
 ("bisect", "import bisect; L=list(range(100000))", "for i in range(200000): bisect.bisect_left(L, i)", 1),
 ("Counter", "import collections; L=[i%100 for i in range(300000)]", "collections.Counter(L).most_common(5)", 1),
 ("defaultdict", "import collections", "d=collections.defaultdict(list)\nfor i in range(300000): d[i%1000].append(i)", 1),
 ("OrderedDict move", "import collections; d=collections.OrderedDict((i,i) for i in range(1000))", "for i in range(200000): d.move_to_end(i%1000)", 1),
 ("itertools product", "import itertools", "sum(1 for _ in itertools.product(range(50), repeat=3))", 1),
 ("itertools combos", "import itertools", "sum(1 for _ in itertools.combinations(range(30), 4))", 1),
 ("itertools chain groupby", "import itertools; L=sorted(i%100 for i in range(200000))", "for k,g in itertools.groupby(L): list(g)", 1),
 ("itertools accumulate", "import itertools", "list(itertools.accumulate(range(500000)))", 1),
 ("islice", "import itertools", "list(itertools.islice(itertools.count(), 500000, 500010))", 1),
 ("re search", "import re; p=re.compile(r'(\\w+)@(\\w+)\\.com'); s='x '*1000+'joe@example.com'", "for _ in range(300): p.search(s)", 1),
 ("re findall", "import re; s='abc 123 def 456 '*10000", "for _ in range(10): re.findall(r'\\d+', s)", 1),
 ("re sub", "import re; s='abc 123 def 456 '*10000", "for _ in range(10): re.sub(r'\\d+', 'N', s)", 1),
 ("re backtrack", "import re", "for _ in range(1000): re.match(r'(a|b)*c', 'ab'*30)", 1),
 ("json dumps", "import json; d=[{'a':i,'b':str(i),'c':[1.5,None,True]} for i in range(20000)]", "for _ in range(5): json.dumps(d)", 1),
 ("json loads", "import json; s=json.dumps([{'a':i,'b':str(i),'c':[1.5,None,True]} for i in range(20000)])", "for _ in range(5): json.loads(s)", 1),
 ("math funcs", "import math", "for i in range(1,200000): math.sqrt(i)+math.log(i)+math.sin(i)", 1),
 ("fractions", "from fractions import Fraction as F", "s=F(0)\nfor i in range(1,3000): s+=F(1,i)", 1),
 ("decimal", "from decimal import Decimal as D", "s=D(0)\nfor i in range(1,20000): s+=D(1)/D(i)", 1),
 ("datetime", "import datetime", "d=datetime.datetime(2020,1,1)\nfor i in range(50000): d+=datetime.timedelta(seconds=1); d.isoformat()", 1),
 ("struct", "import struct", "for i in range(200000): struct.unpack('<iid', struct.pack('<iid', i, i, 1.0))", 1),
 ("hashlib", "import hashlib; b=b'x'*10000000", "hashlib.sha256(b).hexdigest(); hashlib.md5(b).hexdigest()", 1),
 ("random", "import random", "for i in range(200000): random.random(); random.randint(1,10)", 1),
 ("copy deepcopy", "import copy; d=[{'a':[1,2,{'b':i}]} for i in range(10000)]", "copy.deepcopy(d)", 1),
 ("textwrap", "import textwrap; s='word '*20000", "textwrap.fill(s, 70)", 1),
 ("string methods chain", "L=['  Hello World  ']*100000", "[s.strip().lower().replace('o','0') for s in L]", 1),
 ("exceptions", "", "for i in range(100000):\n  try: raise ValueError(i)\n  except ValueError: pass", 1),
 ("getattr hasattr", "class C: x=1\nc=C()", "for i in range(300000): getattr(c,'x'); hasattr(c,'y')", 1),
 ("isinstance", "class A: pass\nclass B(A): pass\nb=B()", "for i in range(300000): isinstance(b, A); isinstance(i, (str, int))", 1),
 ("dataclass", "from dataclasses import dataclass\n@dataclass\nclass P:\n  x: int\n  y: int", "for i in range(100000): P(i,i) == P(i,i)", 1),
 ("namedtuple", "from collections import namedtuple; P=namedtuple('P','x y')", "for i in range(100000): p=P(i,i); p.x+p.y", 1),
 ("property", "class C:\n  def __init__(s): s._x=1\n  @property\n  def x(s): return s._x\nc=C()", "for i in range(300000): c.x", 1),
 ("super call", "class A:\n  def f(s): return 1\nclass B(A):\n  def f(s): return super().f()\nb=B()", "for i in range(200000): b.f()", 1),
 ("closure", "def mk():\n  n=0\n  def inc():\n    nonlocal n; n+=1; return n\n  return inc\ninc=mk()", "for i in range(300000): inc()", 1),
 ("kwargs call", "def f(a, b=2, *args, c=3, **kw): return a", "for i in range(200000): f(1, c=4, d=5)", 1),
 ("star args", "def f(*a): return len(a)\nL=[1,2,3]", "for i in range(300000): f(*L)", 1),
 ("generator expr sum", "", "sum(x*x for x in range(1000000))", 1),
 ("list comp", "", "[x*2 for x in range(1000000)]", 1),
 ("dict comp", "", "{x: x for x in range(300000)}", 1),
 ("str(list)", "L=list(range(100000))", "for _ in range(10): str(L)", 1),
 ("repr dict", "d={str(i):i for i in range(50000)}", "for _ in range(10): repr(d)", 1),
 ("sorted tuples", "import random; random.seed(3); L=[(random.randint(0,100), str(i)) for i in range(100000)]", "sorted(L)", 1),
 ("bytes ops", "b=bytes(range(256))*4000", "for _ in range(50): b.hex(); b.find(b'\\xff\\x00\\x01x')", 1),
 ("bytearray append", "", "b=bytearray()\nfor i in range(500000): b.append(i&255)", 1),
 ("int ops big loop", "", "x=0\nfor i in range(500000): x = (x*31 + i) % 1000000007", 1),
 ("divmod pow", "", "for i in range(1,200000): divmod(i, 7); pow(i, 3, 1000)", 1),
 ("abs round", "", "for i in range(300000): abs(-i); round(i/3, 2)", 1),
 ("chr ord", "", "for i in range(300000): ord(chr(i % 1000 + 32))", 1),
 ("os.path", "import os.path", "for i in range(50000): os.path.join('a','b',str(i)); os.path.splitext('x.py')", 1),
 ("io StringIO", "import io", "s=io.StringIO()\nfor i in range(200000): s.write('line\\n')\ns.getvalue()", 1),
 ("enum", "import enum\nclass Color(enum.Enum):\n  R=1\n  G=2", "for i in range(100000): Color(1); Color.R.name", 1),
 ("functools lru", "import functools\n@functools.lru_cache(None)\ndef f(n): return n", "for i in range(300000): f(i % 100)", 1),
 ("statistics", "import statistics; L=list(range(100000))", "statistics.mean(L); statistics.median(L)", 1),
 ("typing generic", "from typing import List, Dict", "for i in range(100000): List[int]; Dict[str,int]", 1),
 # Session 14's audit.
 ("list in small", "L=list(range(50))", "for i in range(300000): (i % 60) in L", 1),
 ("sort tuple keys", "L=[str(i)[::-1] for i in range(200000)]", "sorted(L, key=lambda x: (len(x), x))", 1),
 ("getattr default miss", "class C: pass\nc=C()", "for i in range(300000): getattr(c, 'y', None)", 1),
 ("set ops small", "a=set(range(1000)); b=set(range(500,1500))", "for i in range(1000): a&b; a-b", 1),
 ("gcd big", "import math; a=math.factorial(3000); b=math.factorial(2999)*7+1", "for i in range(200): math.gcd(a, b)", 1),
 ("str replace short", "s='hello world '*10", "for i in range(300000): s.replace('world', 'there').find('there', 5)", 1),
 ("defaultdict int", "import collections", "d=collections.defaultdict(int)\nfor i in range(300000): d[i & 255] += 1", 1),
 # Session 17's survey (helper perfwide): one case per fix.
 ("struct unpack_from big buffer", "import struct; S=struct.Struct('<iHdq'); B=bytearray(S.size*80000)", "for o in range(0, len(B), S.size): S.unpack_from(B, o)", 1),
 ("OrderedDict move_to_end first", "from collections import OrderedDict; od=OrderedDict((i, i) for i in range(1000))", "for i in range(2000): od.move_to_end(i*7%1000, last=False)", 1),
 ("csv writerow", "import csv, io; w=csv.writer(io.StringIO())", "for i in range(50000): w.writerow([i, 'name %d' % i, i*0.5, 'q\"uote'])", 1),
 ("ABC instantiation", "import abc\nclass A(abc.ABC):\n @abc.abstractmethod\n def f(self): pass\nclass B(A):\n def __init__(self, x): self.x = x\n def f(self): return 1", "for i in range(200000): B(i)", 1),
 ("descriptor __get__", "class D:\n def __get__(self, o, t=None): return 3\nclass C:\n d = D()\nc = C()", "for i in range(500000): c.d", 1),
 ("Template substitute", "from string import Template; t=Template('Hello $name, you owe $$${amount} on ${day}')", "for i in range(30000): t.substitute(name='n', amount=i, day='mon')", 1),
 ("textwrap wrap", "import textwrap; T=' '.join('lorem%d ipsum dolor sit amet' % i for i in range(3000))", "textwrap.wrap(T, width=60)", 10),
 # Session 18's survey (helper perfwide2): one case per fix.
 ("bytes slices of 10 MB", "D=bytes(range(256))*40000", "for i in range(0, len(D), 4096): D[i:i+4096]; D[i]", 1),
 ("OrderedDict front moves 2000 keys", "from collections import OrderedDict; od=OrderedDict((i, i) for i in range(2000))", "for i in range(100000): od.move_to_end(i*7%2000, last=False)", 1),
 ("Fraction harmonic sum", "from fractions import Fraction as F", "sum(F(1, i) for i in range(1, 2000))", 1),
 ("itemgetter/attrgetter under map", "import operator as o\nclass P:\n def __init__(s, a): s.a = a\nps=[P(i) for i in range(1000)]; ts=[(i, i) for i in range(1000)]; ag=o.attrgetter('a'); ig=o.itemgetter(1, 0)", "for _ in range(100): sum(map(ag, ps)); list(map(ig, ts))", 1),
 ("zip_longest", "from itertools import zip_longest; A=list(range(300000)); B=list(range(200000))", "for x, y in zip_longest(A, B, fillvalue=0): pass", 1),
 ("sort dates", "import random; from datetime import date, timedelta; random.seed(1); D=[date(2000,1,1)+timedelta(days=random.randrange(9000)) for _ in range(30000)]", "sorted(D); [d.weekday() for d in D]", 1),
 ("csv DictReader", "import csv, io; T='a,b,c\\n' + ''.join('%d,x%d,\"q, %d\"\\n' % (i, i, i) for i in range(50000))", "for r in csv.DictReader(io.StringIO(T)): pass", 1),
 ("bytes hex/fromhex 1 MB", "D=bytes(range(256))*4000", "for _ in range(10): bytes.fromhex(D.hex())", 1),
 ("dict copy 1000 ints", "d={i: i for i in range(1000)}", "for _ in range(3000): d.copy()", 1),
 # Session 19 (helper perfstd): the itertools written in Python made native, dict(zip()).
 ("chain.from_iterable", "import itertools as it; R=[range(100)]*2000", "for _ in range(10): sum(it.chain.from_iterable(R))", 1),
 ("accumulate", "import itertools as it", "for _ in range(10): sum(it.accumulate(range(200000)))", 1),
 ("takewhile/dropwhile/filterfalse", "import itertools as it", "for _ in range(10): sum(it.takewhile(bool, range(1, 100000))); sum(it.dropwhile(lambda x: x < 5, range(100000))); sum(it.filterfalse(None, range(100000)))", 1),
 ("compress with cycle", "import itertools as it", "for _ in range(10): sum(it.compress(range(200000), it.cycle([1, 0])))", 1),
 ("tee two copies", "import itertools as it", "for _ in range(10): a, b = it.tee(range(200000)); sum(a); sum(b)", 1),
 ("pairwise and starmap", "import itertools as it, operator as o", "for _ in range(10): sum(it.starmap(o.mul, it.pairwise(range(200000))))", 1),
 ("repeat", "import itertools as it", "for _ in range(10): sum(it.repeat(3, 300000))", 1),
 ("dict(zip()) of 3 pairs", "K=('x', 'y', 'z'); V=(1, 2, 3)", "for _ in range(200000): dict(zip(K, V))", 1),
]

RUNNER = r'''
import sys, time
cases = eval(sys.stdin.read())
for name, setup, stmt, n in cases:
    g = {}
    exec(setup, g)
    code = compile(stmt, name, 'exec')
    t = time.process_time()
    for _ in range(n):
        exec(code, g)
    print(f"{name}\t{time.process_time() - t:.4f}", flush=True)
'''


def timings(interpreter, cases, timeout):
    with tempfile.TemporaryDirectory() as tmp:
        runner = os.path.join(tmp, "runner.py")
        with open(runner, "w") as f:
            f.write(RUNNER)
        out = subprocess.run([interpreter, runner], input=repr(cases), text=True,
                             capture_output=True, timeout=timeout)
    if out.returncode != 0:
        sys.exit(f"{interpreter} failed:\n{out.stderr}")
    return dict(line.split("\t") for line in out.stdout.splitlines())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--coro", required=True)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--timeout", type=float, default=1800)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    cases = [c for c in CASES if not args.names or c[0] in args.names]
    py = timings(args.python, cases, args.timeout)
    co = timings(args.coro, cases, args.timeout)
    rows = sorted(((float(co[n]) / max(float(py[n]), 1e-4), n) for n in py), reverse=True)
    print("| case | python3 s | coro s | coro/python3 |\n|---|---|---|---|")
    for ratio, name in rows:
        print(f"| {name} | {py[name]} | {co[name]} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
