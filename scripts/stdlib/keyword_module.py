# keyword: the keyword lists and the predicates.
import keyword

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), keyword.__all__)
for word in ['if', 'match', 'case', '_', 'print', 'True', 'async', 'await', 'None', 'nonlocal', '']:
    print(repr(word), keyword.iskeyword(word), keyword.issoftkeyword(word))
try:
    keyword.iskeyword([])
except TypeError as e:
    print('TypeError:', e)
