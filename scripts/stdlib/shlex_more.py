# shlex: debug traces, sourced files, pushed sources and tokens, the eof marker, lineno.
import io
import os
import shlex

lex = shlex.shlex('a "b c"\nd', posix=True)
lex.debug = 1
lex.push_token('t0')
print(list(lex))
lex = shlex.shlex("x 'y' # c\nz", posix=False)
lex.debug = 3
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), lex.lineno)
lex = shlex.shlex('p  q', punctuation_chars='|')
lex.debug = 2
print(list(lex))

d = f'/tmp/shlex_more_{os.getpid()}'
os.mkdir(d)
home = os.getcwd()
os.chdir(d)
try:
    os.mkdir('sub')
    with open(os.path.join('sub', 'inc.txt'), 'w') as f:
        f.write('included words\nhere\n')
    main = os.path.join('sub', 'main.txt')
    with open(main, 'w') as f:
        f.write('start source "inc.txt" middle source inc.txt end\n')
    with open(main) as f:
        lex = shlex.shlex(f, infile=main, posix=False)
        lex.source = 'source'
        lex.wordchars += '.'
        toks = []
        while True:
            t = lex.get_token()
            if t == lex.eof:
                break
            toks.append((t, lex.lineno, os.path.basename(lex.infile)))
        print(toks)
    with open(main) as f:
        lex = shlex.shlex(f, infile=main, posix=True)
        lex.source = 'source'
        lex.wordchars += '.'
        print(list(lex)[:3])
    lex = shlex.shlex('a', infile='rel/dir/file.cfg')
    name, stream = lex.sourcehook('"inc.txt"') if False else (None, None)
    print(lex.error_leader(), lex.error_leader(lineno=9))
finally:
    for n in os.listdir('sub'):
        os.remove(os.path.join('sub', n))
    os.rmdir('sub')
    os.chdir(home)
    os.rmdir(d)

lex = shlex.shlex('outer1 outer2', posix=True)
print(lex.get_token())
lex.push_source(io.StringIO('in1\nin2'), 'pushed.txt')
print(lex.infile, lex.get_token(), lex.get_token(), lex.lineno, lex.get_token(), lex.infile, lex.lineno)
lex.push_source('s1 s2')
print(lex.get_token(), lex.infile, lex.state)
lex = shlex.shlex('o1 o2', posix=True)
print(lex.get_token())
lex.push_source('s1 s2')
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()), len(lex.filestack))
lex = shlex.shlex('o1 o2')
lex.push_source('s1')
lex.pop_source()
print(lex.get_token(), lex.state, lex.lineno)
lex = shlex.shlex('', posix=False)
print(repr(lex.get_token()), repr(lex.eof), repr(shlex.shlex('', posix=True).get_token()))
lex = shlex.shlex(None) if False else shlex.shlex(io.StringIO('via stream'))
print(list(lex), lex.infile, lex.instream.__class__.__name__)
lex = shlex.shlex('one\ntwo\n\nthree # c\nfour')
print([(t, lex.lineno) for t in lex])
lex = shlex.shlex('a;b', punctuation_chars=';')
print(lex.wordchars[-10:], lex.punctuation_chars, list(lex))
lex = shlex.shlex('x<<y>>z&&w', punctuation_chars='<>&')
print(list(lex), shlex.shlex('q', punctuation_chars=True).punctuation_chars)
try:
    shlex.shlex('q').punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError')
print(shlex.split('a\\ b "c\\\\d" \'e\\f\'  "g\\"h" \\\'i'), shlex.split('x#y #z', comments=True))
print(shlex.split("a'b'\"c\"d  e"), shlex.split('"a""b"'), shlex.split("'' \"\" x"))
print(shlex.quote('-'), shlex.quote('a\nb'), shlex.quote("''"), shlex.quote('@%+=:,./-_'), shlex.quote('é'))
print(shlex.join([]), shlex.join(['']), shlex.join(['a', 'b c', "'"]))
lex = shlex.shlex('a b c', posix=True)
lex.push_token('z')
lex.push_token('y')
print(next(lex), next(lex), next(lex), iter(lex) is lex)
lex = shlex.shlex('tok1 "tok 2"')
lex.quotes = '"'
lex.commenters = ''
lex.wordchars += '"'
print(list(lex))
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace += ':'
print(list(lex), shlex.shlex('a%b').get_token())
