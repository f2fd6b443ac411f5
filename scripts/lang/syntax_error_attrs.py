# SyntaxError attributes from compile() as CPython sets them (message, line, offset, text).
for s in ['    x = 1', ' x=1', 'a=1\n   b=2', '1 +', 'x = = 2', 'def f(:\n  pass', 'return 5',
          'if True:\nprint(1)', 'a = (1,\n', 'f(**)', 'break', 'class C:\n  return 1',
          '1 = x', 'for x in : pass', 'lambda: (yield)', 'f(x for x in y, 1)']:
    try:
        compile(s, '<s>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
