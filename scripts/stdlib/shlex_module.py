# shlex: split, quote, join, and the shlex lexer in its modes.
import shlex


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(shlex.split, 'a b  c')
show(shlex.split, 'echo "hello world" \'single quoted\' back\\ slash')
show(shlex.split, 'a "b\\"c" \'d\\\'')
show(shlex.split, 'x # comment here')
show(shlex.split, 'x # comment here', comments=True)
show(shlex.split, 'a "unterminated')
show(shlex.split, 'trailing\\')
show(shlex.split, '')
show(shlex.split, '""  \'\'')
show(shlex.split, 'a"b"c d\'e\'f')
show(shlex.split, 'a b', posix=False)
show(shlex.split, '"a b" \'c d\'', posix=False)
show(shlex.split, '"\\$x \\\\ \\a"')
show(shlex.split, 'ßtraße über')
for s in ['', 'simple', 'has space', "it's", 'a"b', '$HOME', 'x=1,y@z%+:./-', 'tab\there', 'ü']:
    print(repr(s), shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "don't"]))
print(shlex.split(shlex.join(['a b', "c'd", '']))) 
lex = shlex.shlex('a = b; c(d) "q s" # note\nnext')
print(list(lex))
lex = shlex.shlex('a = b; c(d) "q s"', posix=True)
print(list(lex))
lex = shlex.shlex('a && b || c; d > e', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('~/a.txt b-c *.py', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('one two\nthree', posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
lex = shlex.shlex('x y')
print(lex.get_token(), repr(lex.eof), lex.error_leader(), lex.error_leader('f.txt', 3))
lex = shlex.shlex('a b', posix=True)
lex.whitespace_split = True
lex.push_source('inner stuff')
print(list(lex))
lex = shlex.shlex("a 'b", posix=True)
show(list, lex)
lex = shlex.shlex('k1=v1,k2=v2', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(list(lex))
print(shlex.shlex('x').wordchars[:20], shlex.shlex('x', posix=True).punctuation_chars == '')
print(shlex.__all__)
