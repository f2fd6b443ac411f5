# An uncaught FileNotFoundError ends the script with CPython's traceback and exit code 1;
# what was printed before it still comes out.
print('before')
open('no_such_file.txt')
