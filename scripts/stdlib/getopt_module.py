# getopt: short and long options, GNU mode, and every error.
import getopt
import os


def show(f, *args):
    try:
        print(f(*args))
    except getopt.GetoptError as e:
        print('GetoptError:', e, '| msg', repr(e.msg), '| opt', repr(e.opt), e.args)


show(getopt.getopt, ['-a', '-b', 'val', '-cfoo', 'arg1', '-d'], 'ab:c:d')
show(getopt.getopt, ['-abval', 'x'], 'ab:')
show(getopt.getopt, ['--alpha', '--beta=2', '--gamma', '3', 'rest'], '', ['alpha', 'beta=', 'gamma='])
show(getopt.getopt, ['--al', '--be', 'x'], '', ['alpha', 'beta='])
show(getopt.getopt, ['--', '-a'], 'a')
show(getopt.getopt, ['-', '-a'], 'a')
show(getopt.getopt, ['-x'], 'a')
show(getopt.getopt, ['-b'], 'b:')
show(getopt.getopt, ['--nope'], '', ['alpha'])
show(getopt.getopt, ['--alpha=1'], '', ['alpha'])
show(getopt.getopt, ['--beta'], '', ['beta='])
show(getopt.getopt, ['--a'], '', ['alpha', 'also'])
show(getopt.getopt, ['--alpha'], '', 'alpha')
show(getopt.getopt, ['-:'], 'a:')
show(getopt.getopt, [], 'a')
os.environ.pop('POSIXLY_CORRECT', None)
show(getopt.gnu_getopt, ['file', '-a', '--beta', 'v', 'more', '--', '-c'], 'ac', ['beta='])
show(getopt.gnu_getopt, ['file', '-a'], '+a')
os.environ['POSIXLY_CORRECT'] = '1'
show(getopt.gnu_getopt, ['file', '-a'], 'a')
del os.environ['POSIXLY_CORRECT']
show(getopt.gnu_getopt, ['-z'], 'a')
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e = getopt.GetoptError('message')
print(repr(e.opt), str(e), e.args)
print(getopt.__all__)
