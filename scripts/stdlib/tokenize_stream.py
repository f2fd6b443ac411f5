# tokenize: CPython 3.11's token stream (NL vs NEWLINE, INDENT/DEDENT, COMMENT, f-strings
# as one STRING, continued and unterminated strings, ERRORTOKEN, the end of a file without
# a newline), tokenize() on bytes with ENCODING and detect_encoding, untokenize both ways,
# exact_type, TokenInfo's repr and the errors.
import io
import token
import tokenize

SOURCES = [
    "x = 1\n",
    "x = 1",
    "if x:\n    y = 2\n  # c\n\n    z\nw\n",
    "def f(a,\n  b):\n\treturn a+b  # sum\n",
    "s = '''abc\ndef''' + \"x\"\n",
    "s = f'{a!r:>{w}}' rb'\\x' Rb\"q\" u'x'\n",
    "a = 'abc\n",
    "a = 'ab\\\ncd'\n",
    "x = 0x_1f + 0b1 + 0o7 + 1_000.5e-3j + .5 + 5. + 1e10 + 0x + 1if 2 else 3\n",
    "a $b ? c!\n",
    "x = (1,\n\n 2)\n",
    "x = \\\n  1\n",
    "x\r\ny\r\n",
    "# only comment",
    "async def f():\n    await x\n",
    "a->b :=c ... ** **= // //= @= != ~ ^= << >>=\n",
    "\u00e9 = '\u00fc'\n",
    "class A:\n    def f(self):\n        return 1\n# tail\n",
    "x = [\n  1, # one\n]\n",
]


def show(tokens):
    for t in tokens:
        print("  %-10s %-12r %s-%s %s" % (token.tok_name[t.type], t.string, t.start, t.end,
                                          token.tok_name[t.exact_type]))


for src in SOURCES:
    print(repr(src))
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    show(toks)
    print("  round trip:", repr(tokenize.untokenize(toks)))
    print("  compat:", repr(tokenize.untokenize(t[:2] for t in toks)))

print(list(tokenize.generate_tokens(io.StringIO("x").readline))[0])
for data in [b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"\xef\xbb\xbfx = 1\n",
             b"#!/usr/bin/python\n# vim: set fileencoding=iso-8859-15 :\nx = 1\n",
             b"", b"x = 1\n# coding: latin-1\n"]:
    print(tokenize.detect_encoding(io.BytesIO(data).readline))
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    show(toks[:3])
    print("  ", tokenize.untokenize(toks))
for data in [b"\xef\xbb\xbf# coding: latin-1\n", b"# coding: foobar\n", b"x = '\xff'\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print("SyntaxError", e)
for src in ["'''abc\n", "(1,\n", "if 1:\n   x\n  y\n"]:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
try:
    tokenize.untokenize([(token.NAME, "a", (2, 0), (2, 1), ""), (token.NAME, "b", (1, 0), (1, 1), "")])
except ValueError as e:
    print(e)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES["**="], token.tok_name[token.OP], token.N_TOKENS, token.NT_OFFSET)
print(tokenize.TokenInfo(1, "x", (1, 0), (1, 1), "x\n").exact_type)
