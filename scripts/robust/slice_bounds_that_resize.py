# A slice bound's __index__ may resize the sequence: the length is read after it runs.
class Clearing:
    def __init__(self, seq, value):
        self.seq, self.value = seq, value

    def __index__(self):
        self.seq.clear()
        return self.value


L = [1, 2, 3]
L[0:Clearing(L, 1)] = [5]
print(L)
L = [1, 2, 3]
del L[0:Clearing(L, 2)]
print(L)
L = [1, 2, 3, 4]
print(L[Clearing(L, 1):])
B = bytearray(b'abc')
B[0:Clearing(B, 2)] = b'x'
print(B)
B = bytearray(b'abcd')
del B[Clearing(B, 1)::2]
print(B)
L = [1, 2, 3, 4]
L[::Clearing(L, 1)] = []
print(L)
