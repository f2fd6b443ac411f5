# names and scopes: del, shadowing builtins, class bodies, global in nested defs, NameError.
x = "global x"
def show():
    return x
def shadow():
    x = "local x"
    return x, show()
print(shadow(), x)

len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))

value = 10
del value
try:
    value
except NameError as e:
    print(type(e).__name__, e)

class Config:
    debug = False
    level = "high" if debug else "low"
    names = [n for n in ("a", "b")]
    def method(self):
        return Config.level
print(Config.level, Config.names, Config().method())
try:
    class Broken:
        items = [1, 2]
        doubled = [i * len(items) for i in range(2)]
except NameError as e:
    print(type(e).__name__, e)

def make():
    global made_here
    made_here = "created by make()"
    def nested():
        global made_here
        made_here += " and nested()"
    nested()
make()
print(made_here)

def del_local():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(del_local())
items = [1, 2, 3]
del items[0], items[-1]
print(items)
data = {"k": 1, "j": 2}
del data["k"]
print(data)
for i in range(3):
    loop_var = i
print(i, loop_var)
if True:
    block_var = "visible after if"
print(block_var)
try:
    raise ValueError("temp")
except ValueError as err:
    pass
print("err" in dir())
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
