# An exception raised while handling another: CPython prints both, linked.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no entry for " + key) from None

def convert(text):
    try:
        int(text)
    except ValueError as error:
        raise RuntimeError("bad number") from error
    return int(text)

print(lookup({"a": 1}, "a"))
try:
    lookup({}, "b")
except LookupError as e:
    print("caught", e)
convert("twelve")
