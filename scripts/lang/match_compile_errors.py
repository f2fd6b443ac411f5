# The SyntaxErrors CPython's parser and compiler give for malformed patterns: message,
# line and column of each, through compile().
SOURCES = [
    "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case _ | 1:\n        pass\n",
    "match x:\n    case x | y:\n        pass\n",
    "match x:\n    case (a as b) | (b as a):\n        pass\n",
    "match x:\n    case _:\n        pass\n    case _:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n",
    "match x:\n    case {'a': a, 'b': a}:\n        pass\n",
    "match x:\n    case [a, *a]:\n        pass\n",
    "match x:\n    case C(a, b=a):\n        pass\n",
    "match x:\n    case {'k': v, **v}:\n        pass\n",
    "match x:\n    case [a] | b:\n        pass\n",
    "match x:\n    case a.b.c | a:\n        pass\n",
    "match x:\n    case [a, b] | [a, c]:\n        pass\n",
    "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case [*_, 1, *_]:\n        pass\n",
    "match x:\n    case C(x=1, x=2):\n        pass\n",
    "match x:\n    case C(a=_, b=_, a=_):\n        pass\n",
    "match x:\n    case {f'a': 1}:\n        pass\n",
    "match x:\n    case f'x':\n        pass\n",
    "match x:\n    case C(x=1, 2):\n        pass\n",
    "match x:\n    case C(x=1, 2, 3):\n        pass\n",
    "match x:\n    case 1 as _:\n        pass\n",
    "match x:\n    case 1 as True:\n        pass\n",
    "match x:\n    case [1, 2] as 3:\n        pass\n",
    "match x:\n    case __debug__:\n        pass\n",
    "match x:\n    case C(__debug__=1):\n        pass\n",
    "match x:\n    case {1: a, 1: b}:\n        pass\n",
    "match x:\n    case {1: a, True: b}:\n        pass\n",
    "match x:\n    case {'s': a, 's': b}:\n        pass\n",
    "match x:\n    case {-1: a, -1: b}:\n        pass\n",
    "match x:\n    case 1+2:\n        pass\n",
    "match x:\n    case 1j+1:\n        pass\n",
    "match x:\n    case {**_}:\n        pass\n",
    "match x:\n    case [a, b] | [b, a] | [a]:\n        pass\n",
    "match x:\n    case (1 | a) | 2:\n        pass\n",
    "match x:\n    case a if a:\n        pass\n    case b:\n        pass\n",
    "match x:\n    case [a, (b | b)]:\n        pass\n",
    "match x:\n    case [a, (b | a)]:\n        pass\n",
]

for source in SOURCES:
    first = source.splitlines()[1].strip()
    try:
        compile(source, "<match>", "exec")
    except SyntaxError as e:
        print(f"{first!r}: {e.msg} (line {e.lineno}, column {e.offset})")
    else:
        print(f"{first!r}: compiles")
