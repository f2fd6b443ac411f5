"""The path language of ElementTree's find, findall, findtext and iterfind: steps (tag, *,
., .., //), {uri}tag and {*} wildcards, prefixes through a namespaces map, and predicates
([@a], [@a='v'], [@a!='v'], [tag], [tag='text'], [.='text'], [n], [last()], [last()-n]).

It evaluates one path against one element; it is not XPath (no axes, functions other than
last(), or absolute paths)."""

import re as _re

_TOKEN = _re.compile(r"""\s*(?:('[^']*'|"[^"]*")|(//|\.\.|::|!=|\(\)|[/.*\[\]()@=])|"""
                     r"""((?:\{[^}]*\})?[^/\[\]()@=!\s'"]+))""")


def _tokens(path):
    out = []
    pos = 0
    while pos < len(path):
        match = _TOKEN.match(path, pos)
        if match is None or match.end() == pos:
            if path[pos:].strip() == "":
                break
            out.append(("op", path[pos]))
            pos += 1
            continue
        literal, op, name = match.groups()
        if literal is not None:
            out.append(("literal", literal[1:-1]))
        elif op is not None:
            out.append(("op", op))
        elif name is not None:
            out.append(("name", name))
        pos = match.end()
    return out


def _resolve(name, namespaces):
    """A step's name with its prefix (or the default namespace) turned into {uri}."""
    if name[:1] == "{":
        return name
    prefix, colon, local = name.partition(":")
    if colon and namespaces is not None:
        if prefix == "":
            raise KeyError(":")
        try:
            return "{%s}%s" % (namespaces[prefix], local)
        except KeyError:
            raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
    if colon and prefix == "":
        raise KeyError(":")
    if not colon and namespaces and namespaces.get("") and name != "*":
        return "{%s}%s" % (namespaces[""], name)
    return name


def _tag_test(name):
    """A predicate on an element's tag for a step's name (with its wildcards)."""
    if name == "*":
        return None
    if name == "{*}*":
        return lambda tag: isinstance(tag, str)
    if name == "{}*":
        return lambda tag: isinstance(tag, str) and tag[:1] != "{"
    if name.startswith("{*}"):
        local = name[3:]
        return lambda tag: isinstance(tag, str) and (
            tag == local or tag.endswith("}" + local))
    if name.startswith("{}"):
        local = name[2:]
        return lambda tag: tag == local
    if name.endswith("}*"):
        ns = name[:-1]
        return lambda tag: isinstance(tag, str) and tag.startswith(ns)
    return lambda tag: tag == name


class _Context:
    def __init__(self, root):
        self.root = root
        self.parents = None

    def parent_of(self, elem):
        if self.parents is None:
            self.parents = {}
            for parent in self.root.iter():
                for child in parent:
                    self.parents[child] = parent
        return self.parents.get(elem)


def select(elem, path, namespaces=None):
    """The elements a path selects from elem, in document order (a generator)."""
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _tokens(path)
    steps = _compile(tokens, namespaces)
    return _run(elem, steps)


def _run(elem, steps):
    context = _Context(elem)
    current = [elem]
    for step in steps:
        current = step(context, current)
    yield from current


def _compile(tokens, namespaces):
    if not tokens:
        return [_nothing]
    steps = []
    k = 0
    n = len(tokens)
    while k < n:
        kind, value = tokens[k]
        k += 1
        if kind == "name" or value == "*":
            if k > 1 and tokens[k - 2][0] == "name":
                # Two names with no "/" between them select nothing.
                return [_nothing]
            steps.append(_children(_resolve(value, namespaces)))
        elif value == ".":
            pass
        elif value == "..":
            steps.append(_parents)
        elif value == "//":
            if k >= n:
                steps.append(_descendants("*"))
                break
            kind, value = tokens[k]
            k += 1
            if kind == "name" or value == "*":
                steps.append(_descendants(_resolve(value, namespaces)))
            elif value == ".":
                steps.append(_descendants("*", include_self=True))
            else:
                raise SyntaxError("invalid descendant")
        elif value == "[":
            close = k
            while close < n and tokens[close] != ("op", "]"):
                close += 1
            if close >= n:
                raise TypeError("'NoneType' object is not callable")
            steps.append(_predicate(tokens[k:close], namespaces))
            k = close + 1
        elif value == "/":
            if k >= n:
                steps.append(_children("*"))
            elif tokens[k] == ("op", "/"):
                raise SyntaxError("invalid path")
        elif value == "]":
            return [_nothing]
        else:
            raise KeyError(value)
    return steps


def _nothing(context, current):
    return []


def _children(name):
    test = _tag_test(name)

    def step(context, current):
        out = []
        for elem in current:
            for child in elem:
                if test is None or test(child.tag):
                    out.append(child)
        return out
    return step


def _descendants(name, include_self=False):
    test = _tag_test(name)

    def step(context, current):
        out = []
        for elem in current:
            if include_self:
                out.append(elem)
            for found in elem.iter():
                if found is not elem and (test is None or test(found.tag)):
                    out.append(found)
        return out
    return step


def _parents(context, current):
    out = []
    seen = set()
    for elem in current:
        parent = context.parent_of(elem)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            out.append(parent)
    return out


def _full_text(elem):
    return "".join(elem.itertext())


def _predicate(tokens, namespaces):
    shape = "".join(kind[0] if kind != "op" else value for kind, value in tokens)
    values = [value for _, value in tokens]
    if shape == "@n":
        key = _resolve(values[1], None)
        return _filter(lambda context, elem: elem.get(key) is not None)
    if shape in ("@n=l", "@n!=l"):
        key = values[1]
        wanted = values[-1]
        if "!=" in shape:
            return _filter(lambda context, elem: elem.get(key) not in (None, wanted))
        return _filter(lambda context, elem: elem.get(key) == wanted)
    if shape == "n" and not values[0].lstrip("-").isdigit():
        test = _tag_test(_resolve(values[0], namespaces))
        return _filter(lambda context, elem: any(test is None or test(c.tag) for c in elem))
    if shape in ("n=l", "n!=l", ".=l", ".!=l"):
        wanted = values[-1]
        negate = "!=" in shape
        if values[0] == ".":
            def matches(context, elem):
                return (_full_text(elem) == wanted) != negate
        else:
            test = _tag_test(_resolve(values[0], namespaces))

            def matches(context, elem):
                for child in elem:
                    if (test is None or test(child.tag)) and \
                            (_full_text(child) == wanted) != negate:
                        return True
                return False
        return _filter(matches)
    if shape == "n" or shape.startswith("n()"):
        return _position(values, shape)
    raise SyntaxError("invalid predicate")


def _position(values, shape):
    if shape == "n":
        if not values[0].lstrip("-").isdigit():
            raise SyntaxError("invalid predicate")
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError("XPath position >= 1 expected")
    else:
        if values[0] != "last":
            raise SyntaxError("unsupported function")
        if shape == "n()":
            index = -1
        elif len(values) == 3 and values[2].startswith("-") and values[2][1:].isdigit():
            offset = int(values[2])
            if offset >= 0:
                raise SyntaxError("XPath offset from last() must be negative")
            index = offset - 1
        elif len(values) == 3 and values[2].startswith("+"):
            raise SyntaxError("XPath offset from last() must be negative")
        else:
            raise SyntaxError("unsupported expression")

    def step(context, current):
        out = []
        for elem in current:
            parent = context.parent_of(elem)
            if parent is None:
                continue
            same = [child for child in parent if child.tag == elem.tag]
            try:
                if same[index] is elem:
                    out.append(elem)
            except IndexError:
                pass
        return out
    return step


def _filter(keep):
    def step(context, current):
        return [elem for elem in current if keep(context, elem)]
    return step
