# configparser edges the main golden leaves out: comments, continuation and blank lines,
# error objects, interpolation errors, converters, proxies and writing.
import configparser
import io
import os


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', str(e).replace('\n', '|'), getattr(e, 'args', None))


def dump(cp, **kw):
    out = io.StringIO()
    cp.write(out, **kw)
    print(repr(out.getvalue()))


# inline comments need whitespace before them; full-line comments may be indented
cp = configparser.ConfigParser(inline_comment_prefixes=(';', '#'))
cp.read_string('[a]\nx = 1 ; c\ny = 2;not\nz = 3 #c ; d\nw = ; only\n  # indented comment\n'
               'v = a#b #c\n[b] ; section comment\nk = v\n')
print(dict(cp['a']), cp.sections())
# continuation lines, blank lines inside values, trailing blank lines stripped
cp = configparser.ConfigParser()
cp.read_string('[s]\nm = one\n  two\n\n  three\n\n\nn = x\nk =\n  cont\ne =\n')
print([cp.get('s', o) for o in cp.options('s')])
cp = configparser.ConfigParser(empty_lines_in_values=False)
show(cp.read_string, '[s]\nm = one\n  two\n\n  three\n')
cp = configparser.ConfigParser(empty_lines_in_values=False)
cp.read_string('[s]\nm = one\n  two\n\nn = 2\n')
print(dict(cp['s']))
# a comment line inside a value ends nothing but is dropped
cp = configparser.ConfigParser()
cp.read_string('[s]\nm = one\n# note\n  two\n')
print(repr(cp['s']['m']))
# indentation and odd keys
cp = configparser.ConfigParser()
cp.read_string('[s]\n  key with spaces  =  v  \na:b = c\nx=y=z\n[ spaced ]\nq: r\n')
print(dict(cp['s']), cp.sections(), dict(cp[' spaced ']))
# parse errors are gathered
for text in ['[s]\nno delimiter\n=x\n  \n[t\n', 'x = 1\n', '[s]\nk = 1\n[s]\n',
             '[s]\nk = 1\nK = 2\n', '\n\n# c\n[s]\n[s]\n']:
    try:
        configparser.ConfigParser().read_string(text, source='src.ini')
    except configparser.Error as e:
        print(type(e).__name__, repr(str(e)), e.args, getattr(e, 'errors', None),
              getattr(e, 'lineno', None), getattr(e, 'source', None))
cp = configparser.ConfigParser(strict=False)
cp.read_string('[s]\nk = 1\nK = 2\n[s]\nj = 3\n')
print(dict(cp['s']))
# read_dict errors and conversions
cp = configparser.ConfigParser(allow_no_value=True)
cp.read_dict({1: {'A': 1, 'b': None, 2: 2.5}, 'DEFAULT': {'d': True}})
print(cp.sections(), dict(cp['1']), cp.defaults())
show(cp.read_dict, {'x': {'a': 1, 'A': 2}})
show(cp.read_dict, {'1': {'z': 1}})
print(dict(cp['1']))
show(configparser.ConfigParser().read_dict, {'DEFAULT': {}, 'y': {}})
# errors
e = configparser.NoSectionError('s')
print(repr(e), str(e), e.args, e.section, e.message)
e = configparser.NoOptionError('o', 's')
print(str(e), e.args, e.option, e.section)
e = configparser.DuplicateSectionError('s', 'f', 3)
print(str(e), e.args)
e = configparser.DuplicateSectionError('s', 'f')
print(str(e))
e = configparser.DuplicateOptionError('s', 'o')
print(str(e), e.args)
e = configparser.DuplicateOptionError('s', 'o', 'f', 12)
print(str(e))
e = configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref')
print(str(e), e.args, e.reference)
e = configparser.InterpolationDepthError('o', 's', 'raw')
print(str(e), e.args)
e = configparser.InterpolationSyntaxError('o', 's', 'msg')
print(str(e), e.args)
e = configparser.ParsingError('src')
e.append(3, "'x'")
e.append(10, "'y'")
print(repr(str(e)), e.errors, e.args)
show(configparser.ParsingError)
show(configparser.ParsingError, 'a', 'b')
e = configparser.MissingSectionHeaderError('f', 2, 'line')
print(repr(str(e)), e.args, e.lineno, e.line, e.source, e.errors if hasattr(e, 'errors') else '-')
print(configparser.Error('m'), repr(configparser.Error()), configparser.Error('x').args)
# interpolation errors and edge syntax
cp = configparser.ConfigParser()
cp.read_string('[s]\na = %(b)s\nb = %(c)s\nc = end\nbad = %x\nopen = %(\nlit = 100%%\n'
               'deep = %(deep2)s\ndeep2 = %(deep)s\nup = %(A)s\n')
print(cp['s']['a'], cp['s']['lit'], cp.get('s', 'up'))
show(cp.get, 's', 'bad')
show(cp.get, 's', 'open')
show(cp.get, 's', 'deep')
show(cp.set, 's', 'x', '%(a)s %')
show(cp.set, 's', 'x', 'a % b')
show(cp.set, 's', 'x', '%(a)')
cp.set('s', 'x', '%(a)s%%')
for o in ('bad', 'open', 'deep', 'deep2'):
    cp.remove_option('s', o)
print(cp.get('s', 'x'), cp.items('s', vars={'c': 'V'})[:3], cp.get('s', 'a', vars={'c': 'W'}))
print(cp.items('s', raw=True)[:2], cp.get('s', 'nothere', vars={'nothere': 5}))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[a]\nx = 1\ny = ${x}${x}\nz = ${b:q}\nbad = ${a:b:c}\nbad2 = x${a:b:c}tail$$\nlone = $x\nopen = ${x\n'
                'miss = ${nope}\nmsect = ${zz:x}\n[b]\nq = ${r}-\nr = R$$\n')
print(ext['a']['y'], ext['a']['z'], ext['b']['r'])
for opt in ('bad', 'bad2', 'lone', 'open', 'miss', 'msect'):
    show(ext.get, 'a', opt)
show(ext.set, 'a', 'n', '$ x')
raw = configparser.ConfigParser(interpolation=None)
raw.read_string('[s]\nv = %(x)s %\n')
print(raw.get('s', 'v'), type(raw._interpolation).__name__ if False else '')
show(configparser.ConfigParser, interpolation=5)
# booleans and converters
cp = configparser.ConfigParser()
cp.read_string('[b]\n' + ''.join(f'k{i} = {v}\n' for i, v in enumerate(
    ['1', 'YES', 'True', 'on', '0', 'No', 'false', 'OFF', 'maybe'])))
print([cp.getboolean('b', f'k{i}', fallback='fb') if i < 8 else None for i in range(9)])
show(cp.getboolean, 'b', 'k8')
show(cp.getint, 'b', 'k0', fallback=7)
show(cp.getint, 'b', 'missing', fallback=7)
show(cp.getint, 'b', 'k8', fallback=7)
show(cp['b'].getint, 'missing')
show(cp['b'].getint, 'missing', 4)
show(cp['b'].getboolean, 'k1', raw=True)
cp.converters['upper'] = str.upper
print(cp.getupper('b', 'k8'), cp['b'].getupper('k8'), sorted(cp.converters), len(cp.converters))
cp.add_section('later')
cp['later']['v'] = 'abc'
print(cp['later'].getupper('v'), cp.getupper('nosuch', 'x', fallback='F'))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), hasattr(cp['b'], 'getupper'), sorted(cp.converters))
show(cp.converters.__setitem__, '', str)
show(cp.converters.__setitem__, 5, str)
show(cp.converters.__delitem__, '')
show(cp.converters.__delitem__, 'nope')
show(cp.converters.__getitem__, 'nope')
print(cp.converters['int'], cp.converters['boolean'])
# proxies and the mapping protocol
cp = configparser.ConfigParser(defaults={'shared': 's'})
cp.read_string('[one]\na = 1\n[two]\nb = 2\n')
one = cp['one']
print(one, one.parser is cp, one.name, list(one), len(one), 'shared' in one, 'A' in one)
print(list(cp.items()), list(cp.keys()), [type(v).__name__ for v in cp.values()])
print(one.get('a'), one.get('zz', 'dflt'), one.get('a', raw=True), one.get('x', vars={'x': 'vx'}))
del one['a']
show(one.__delitem__, 'a')
show(one.__delitem__, 'shared')
show(one.__setitem__, 'k', 3)
one['n'] = 'v'
print(dict(one), dict(cp['DEFAULT']), len(cp['DEFAULT']))
cp['one'] = cp['one']
cp['two'] = {'c': '3'}
cp['DEFAULT'] = {'nd': 'x'}
print(dict(cp['one']), dict(cp['two']), cp.defaults())
print(cp.popitem()[0], cp.sections(), cp.has_option('', 'nd'), cp.has_option(None, 'nd'),
      cp.has_option('gone', 'x'), cp.has_section('DEFAULT'))
show(cp.popitem)
show(cp.popitem)
show(cp.__getitem__, 'one')
show(cp.__delitem__, 'one')
cp.set('DEFAULT', 'viaset', 'y')
cp.set('', 'viaempty', 'z')
print(cp.defaults())
show(cp.remove_option, 'nosect', 'x')
print(cp.remove_option('DEFAULT', 'viaset'), cp.defaults())
# writing: None values, multi-line values, custom delimiters, defaults first
cp = configparser.ConfigParser(allow_no_value=True, delimiters=(':', '='))
cp.read_string('[s]\nflag\nk: v\nmulti: a\n  b\n[DEFAULT]\nd: 1\n')
dump(cp)
dump(cp, space_around_delimiters=False)
raw = configparser.RawConfigParser()
raw.add_section('r')
raw.set('r', 'none', None)
raw.set('r', 'num', 5)
dump(raw)
print(raw.get('r', 'num'), raw.get('r', 'none'))
# reading files
d = f'/tmp/cp_edges_{os.getpid()}'
os.mkdir(d)
try:
    p1 = os.path.join(d, 'a.ini')
    with open(p1, 'w') as f:
        f.write('[f]\nk = 1\n')
    import pathlib
    got = configparser.ConfigParser().read([p1, pathlib.Path(p1), os.path.join(d, 'none.ini')])
    print([os.path.basename(g) for g in got], [type(g).__name__ for g in got])
    cp = configparser.ConfigParser()
    with open(p1) as f:
        cp.read_file(f)
    print(dict(cp['f']))
    with open(p1, 'w') as f:
        f.write('junk\n')
    try:
        configparser.ConfigParser().read(p1)
    except configparser.MissingSectionHeaderError as e:
        print(os.path.basename(e.source), e.lineno, repr(e.line))
    cp = configparser.ConfigParser()
    cp.read_file(['[it]\n', 'a = 1\n'])
    print(dict(cp['it']))
    try:
        cp.read_file(['x\n'])
    except configparser.Error as e:
        print(str(e).splitlines())
finally:
    for n in os.listdir(d):
        os.remove(os.path.join(d, n))
    os.rmdir(d)
# optionxform override and dict_type
class Keep(configparser.ConfigParser):
    def optionxform(self, s):
        return s


k = Keep()
k.read_string('[S]\nAbC = 1\n')
print(k.options('S'), k.get('S', 'AbC'), k.has_option('S', 'abc'))
from collections import OrderedDict
cp = configparser.ConfigParser(dict_type=OrderedDict)
cp.read_string('[z]\nb = 1\na = 2\n')
print(type(cp._sections).__name__ if False else '', cp.items('z'))
print(configparser.RawConfigParser.BOOLEAN_STATES['on'], configparser.ConfigParser.SECTCRE.pattern == configparser.RawConfigParser.SECTCRE.pattern)
# a no-value option followed by an indented line, comments inside values
cp = configparser.ConfigParser(allow_no_value=True)
show(cp.read_string, '[s]\nflag\n  more\n')
cp = configparser.ConfigParser()
cp.read_string('[s]\nk = v\n  ; c\n  # x\n  more\n')
print(repr(cp['s']['k']))
cp = configparser.ConfigParser(inline_comment_prefixes=['#'])
cp.read_string('[s]\nk = v\n\n  # x\n\n  more\nj = 1 #a\n\n  two # b\n')
print(repr(cp['s']['k']), repr(cp['s']['j']))
cp = configparser.ConfigParser(inline_comment_prefixes=['#', ';'])
cp.read_string('[s]\na = x;y ;z #w\nb = p#q ;r\nc = #all\n')
print(dict(cp['s']))
cp = configparser.ConfigParser(comment_prefixes=(), inline_comment_prefixes=None)
cp.read_string('[s]\n#a = 1\n;b = 2\n')
print(dict(cp['s']))
