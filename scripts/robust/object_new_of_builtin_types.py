try:
    x = object.__new__(list)
except TypeError as e:
    print(e)
for t in (dict, set, int, str, tuple, bytearray, float):
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)
class L(list): pass
try:
    object.__new__(L)
except TypeError as e:
    print(e)
