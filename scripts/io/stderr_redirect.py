# An uncaught exception's traceback goes to whatever sys.stderr is at that moment: here an
# object that copies it to stdout, so it can be checked there; the exit code stays 1.
import sys


class ToStdout:
    def write(self, text):
        sys.__stdout__.write(text.replace('Traceback', 'TRACEBACK').replace(__file__, 'X.py'))
        return len(text)

    def flush(self):
        pass


print('before')
sys.stderr = ToStdout()
raise KeyError('k')
