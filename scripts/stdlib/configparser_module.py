# configparser: parsing, the mapping protocol, interpolation, conversions, writing, errors.
import configparser
import io

TEXT = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
path: /usr/local   ; inline comment kept without inline prefixes
multi = first line
    second line

    after blank
# a comment
; another
empty =
"""


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


config = configparser.ConfigParser()
config.read_string(TEXT)
print(config.sections(), config.defaults())
print(list(config), len(config), 'forge.example' in config, 'nope' in config)
top = config['topsecret.server.example']
print(top, top.name, dict(top), top['port'], top.getint('port'), top.getboolean('forwardx11'))
print(repr(top['multi']), repr(top['empty']), top['path'])
print(config.get('forge.example', 'user'), config.getint('forge.example', 'compressionlevel'),
      config.getfloat('forge.example', 'serveraliveinterval'),
      config.getboolean('forge.example', 'Compression'))
print(config.options('forge.example'), config.has_option('forge.example', 'USER'),
      config.has_option('DEFAULT', 'compression'), config.has_section('DEFAULT'))
print(config.items('forge.example'))
print(config.get('forge.example', 'missing', fallback='fb'), top.get('missing'),
      top.get('missing', 'x'), config.getint('nosect', 'x', fallback=3))
show(config.get, 'nosect', 'x')
show(config.get, 'forge.example', 'nosuch')
show(config.getint, 'forge.example', 'user')
show(config.getboolean, 'forge.example', 'user')
show(config.options, 'nosect')
show(config.add_section, 'forge.example')
show(config.add_section, 'DEFAULT')
show(config.add_section, 5)
show(config.set, 'forge.example', 'k', 5)
show(config.set, 'nosect', 'k', 'v')
show(lambda: config['nosect'])
show(config.__delitem__, 'DEFAULT')
config['new'] = {'a': 1, 'B': 'two'}
config.set('new', 'c', '%(a)s and %(b)s')
config['new']['d'] = '100%%'
print(dict(config['new']), config.get('new', 'c', raw=True), config['new']['d'])
show(config.set, 'new', 'bad', '50%')
config.set('new', 'loop', '%(loop)s')
show(config.get, 'new', 'loop')
config.set('new', 'missing', '%(nowhere)s')
show(config.get, 'new', 'missing')
show(config.get, 'new', 'c', vars={'a': 'VAR'})
print(config.remove_option('new', 'loop'), config.remove_option('new', 'loop'),
      config.remove_section('new'), config.remove_section('new'))
del config['forge.example']
out = io.StringIO()
config.write(out)
print(out.getvalue())
out = io.StringIO()
config.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])
for bad in ['key = value\n', '[a]\nx=1\n[a]\n', '[a]\nx=1\nX=2\n', '[a]\n=nokey\njunk line\n']:
    try:
        configparser.ConfigParser().read_string(bad, source='<bad>')
    except configparser.Error as e:
        print(type(e).__name__, '|', e, '|', e.args)
raw = configparser.RawConfigParser()
raw.read_string('[s]\nv = 100%(x)s\n')
print(raw.get('s', 'v'), raw.items('s'))
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string('[paths]\nhome = /home/u\ndocs = ${home}/docs\n[other]\nlink = ${paths:docs}/x\ncost = $$5\n')
print(ext['paths']['docs'], ext['other']['link'], ext['other']['cost'])
ext.set('other', 'bad', '${paths:nope}')
show(ext.get, 'other', 'bad')
custom = configparser.ConfigParser(delimiters=('->',), comment_prefixes=('//',),
                                   inline_comment_prefixes=('#',), allow_no_value=True,
                                   default_section='common', strict=False,
                                   converters={'list': lambda v: v.split(',')})
custom.read_string('[common]\nshared -> yes\n[s]\nflag\nitems -> a,b,c  # note\n// comment\n'
                   '[s]\nitems -> d,e\n')
print(custom.sections(), dict(custom['s']), custom.getlist('s', 'items'), custom['s'].getlist('items'))
print(custom.get('s', 'flag'), custom.converters['list'] is not None, sorted(custom.converters))
cp = configparser.ConfigParser(defaults={'d': 1}, empty_lines_in_values=False)
cp.read_dict({'x': {'k': 'v', 'n': None if False else 2}})
print(cp.items('x'), cp.getint('x', 'n'), cp.get('x', 'd'))
print(cp.read(['/no/such/file.ini']), configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
cp.optionxform = str
cp.read_string('[Case]\nMixedKey = 1\n')
print(cp.options('Case'))
print(cp.popitem()[0], cp.sections())
