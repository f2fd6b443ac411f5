# reprlib at the edges: limits below the fill value's length, empty containers at level
# zero, a one-item tuple at the limit, type names with spaces, and recursive_repr's copy
# of the method's metadata.
import reprlib

tiny = reprlib.Repr()
tiny.maxstring = tiny.maxlong = tiny.maxother = 2
tiny.maxlist = tiny.maxtuple = 0
print(tiny.repr('abcdef'), tiny.repr(10 ** 10), tiny.repr(object)[:5], tiny.repr([1]),
      tiny.repr((1,)), tiny.repr(()))
flat = reprlib.Repr()
flat.maxlevel = 0
print(flat.repr([]), flat.repr([1]), flat.repr({}), flat.repr({1: 2}), flat.repr(set()),
      flat.repr((1,)), flat.repr('x' * 40))
one = reprlib.Repr()
one.maxtuple = 1
print(one.repr((1,)), one.repr((1, 2)), one.repr(((1,),)))
Spaced = type('my type', (), {'__repr__': lambda self: 'spaced'})


class Custom(reprlib.Repr):
    def repr_my_type(self, x, level):
        return 'found repr_my_type at level %d' % level


print(Custom().repr(Spaced()), reprlib.repr(Spaced()), Custom().repr1([Spaced()], 3))
print(reprlib.repr(b'y' * 100), reprlib.repr(range(1000)), reprlib.repr(1.5e300))
print(reprlib.repr('\n' * 40), reprlib.repr('\x00é' * 20))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr('<loop>')
    def __repr__(self) -> str:
        "Node's repr."
        return f'Node({self.children})'


print(repr(Node()), Node.__repr__.__doc__, Node.__repr__.__annotations__,
      Node.__repr__.__name__, Node.__repr__.__qualname__, hasattr(Node.__repr__, '__wrapped__'))
