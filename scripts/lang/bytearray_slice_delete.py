for sl in [slice(None,3), slice(2,None), slice(None,None,2), slice(None,None,-2), slice(7,1,-3), slice(1,8,3), slice(5,2), slice(-3,None), slice(None,None,-1)]:
    b = bytearray(b'0123456789')
    del b[sl]
    print(sl, b)
b = bytearray(b'x' * 1000000)
for i in range(1000):
    del b[:1000]
print(len(b))
