# Scope errors about private names: CPython checks the mangled name and reports the name
# as written (except for nonlocal, which names the mangled one).
SOURCES = [
    "class A:\n    def f(self):\n        __x = 1\n        global __x\n",
    "class A:\n    def f(self, __a):\n        global __a\n",
    "class A:\n    def f(self):\n        nonlocal __q\n",
    "class A:\n    def f(self, __a, __a): pass\n",
    "class A:\n    def f(self):\n        print(__y)\n        global __y\n",
    "class A:\n    __z: int\n    global __z\n",
    "class A:\n    def f(self):\n        global __w\n        __w = 1\n",
    "class A:\n    def f(self):\n        __v = 1\n        def g():\n            nonlocal __v\n",
]
for source in SOURCES:
    try:
        compile(source, "<private>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, column {e.offset})")
