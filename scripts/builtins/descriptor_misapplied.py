# A builtin type's method called through its class on another type's value, or on
# nothing, says so in CPython's words.
for e in ['list.append(3,4)','list.append()','str.upper(3)','dict.get(1,2)','set.add(1,2)','tuple.count(1,2)','bytes.hex(1)', 'list.pop(())', 'str.find(1, "a")', 'list.sort(5)']:
    try: eval(e)
    except TypeError as x: print(e, '->', x)
class L(list): pass
print(list.append(L(), 1), "subclass instance is fine")
class Other: pass
try:
    dict.keys(Other())
except TypeError as x:
    print(x)
