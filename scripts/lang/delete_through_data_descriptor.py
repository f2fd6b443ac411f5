# `del obj.attr` where the class holds a data descriptor of a Python class: its
# `__delete__` runs (not the instance dict), and a descriptor that only sets refuses.


class Guarded:
    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        print("__delete__ called for", self.slot)
        if getattr(obj, "locked", False):
            raise AttributeError(f"can't delete {self.slot[1:]}")
        delattr(obj, self.slot)


class SetOnly:
    def __get__(self, obj, cls=None):
        return 1

    def __set__(self, obj, value):
        print("set", value)


class DeleteOnly:
    def __get__(self, obj, cls=None):
        return "from descriptor"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class Record:
    price = Guarded()
    fixed = SetOnly()
    gone = DeleteOnly()


r = Record()
r.price = 5
print(r.price, sorted(vars(r)))
del r.price
print(r.price, sorted(vars(r)))
r.price = 7
r.locked = True
try:
    del r.price
except AttributeError as e:
    print("AttributeError:", e)
print(r.price)
r.fixed = 3
try:
    del r.fixed
except AttributeError as e:
    print("AttributeError:", e)
del r.gone
print(r.gone)
delattr(r, "gone")
r.__dict__["gone"] = "instance value"
print(r.gone)
del Record.price
r.price = 1
del r.price
print(sorted(vars(r)))
