import unicodedata as u
for n in ['LATIN SMALL LETTER R WITH TILDE', 'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', 'KEYCAP NUMBER SIGN', 'LATIN SMALL LETTER A', 'LINE FEED', 'NULL']:
    try: print(n, ascii(u.lookup(n)))
    except KeyError as e: print('KeyError', e)
try: eval(r'"\N{KEYCAP NUMBER SIGN}"')
except SyntaxError as e: print('SE', e.msg.endswith('unknown Unicode character name'))
print(ascii("\N{BYTE ORDER MARK}"), ascii("\N{LINE FEED}"))
for n in ['EM', 'latin small letter r with tilde', 'Byte Order Mark', 'NOT A NAME',
          'TAMIL CONSONANT K', 'SUNDANESE LETTER ARCHAIC I', 'CUNEIFORM SIGN KALAM']:
    try:
        print(n, ascii(u.lookup(n)))
    except KeyError as e:
        print('KeyError', e)
try:
    u.lookup(3)
except TypeError as e:
    print('TypeError', e)
print(u.name(u.lookup('BYTE ORDER MARK')), len(u.lookup('TAMIL SYLLABLE KSSAU')))
print(u.lookup(b'LATIN SMALL LETTER A'))
