# typing's abstract collection aliases answer isinstance as collections.abc does.
import typing as t
objs = [[], (), {}, set(), frozenset(), "", b"", bytearray(), range(3), iter([]), iter(()), iter({}), iter(""), iter(range(2)), (x for x in []), {}.keys(), {}.values(), {}.items(), reversed([]), enumerate([]), zip(), map(abs, []), filter(None, [])]
for name in ["Iterable", "Iterator", "Sized", "Container", "Collection", "Reversible", "Sequence", "Mapping", "Hashable", "MutableSequence", "AbstractSet", "KeysView", "ItemsView", "ValuesView", "MappingView", "Generator", "Callable"]:
    abc_ = getattr(t, name)
    print(name, "".join("1" if isinstance(o, abc_) else "0" for o in objs))
