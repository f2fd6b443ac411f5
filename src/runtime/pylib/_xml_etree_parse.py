"""The parsing side of coro's xml.etree.ElementTree: XMLParser (pyexpat underneath, names as
'{uri}local'), TreeBuilder, XMLPullParser and iterparse.

Element classes and serialising are in xml_etree_elementtree / _xml_etree_write."""

import pyexpat as _expat


def _et():
    import xml.etree.ElementTree as module
    return module


def _parse_error(err):
    error = _et().ParseError(str(err))
    error.msg = str(err)
    error.code = err.code
    error.position = (err.lineno, err.offset)
    return error


def _new_element(element_class, tag, attrs):
    """Element(tag, attrs) without its argument checks (a dict is known to be given)."""
    elem = element_class.__new__(element_class)
    elem.tag = tag
    elem.attrib = dict(attrs)
    elem.text = None
    elem.tail = None
    elem._children = []
    return elem


class TreeBuilder:
    """Builds Elements from start/data/end (and comment/pi) calls."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        et = _et()
        self._factory = element_factory or et.Element
        self._plain = self._factory is et.Element
        self._comment_factory = comment_factory or et.Comment
        self._pi_factory = pi_factory or et.PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []
        self._text = []
        self._last = None
        self._root = None
        self._last_closed = False

    def close(self):
        """The root element (None if none was started)."""
        return self._root

    def _flush(self):
        if not self._text:
            return
        text = "".join(self._text)
        self._text = []
        last = self._last
        if last is None:
            return
        if self._last_closed:
            last.tail = (last.tail or "") + text
        else:
            last.text = (last.text or "") + text

    def data(self, data):
        self._text.append(data)

    def start(self, tag, attrs):
        if self._text:
            self._flush()
        if self._plain and type(attrs) is dict:
            elem = _new_element(self._factory, tag, attrs)
        else:
            elem = self._factory(tag, attrs)
        self._attach(elem)
        self._open.append(elem)
        self._last_closed = False
        return elem

    def _attach(self, elem):
        if self._open:
            self._open[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._last = elem

    def end(self, tag):
        if self._text:
            self._flush()
        self._last = self._open.pop()
        self._last_closed = True
        return self._last

    def comment(self, text):
        return self._leaf(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._leaf(self._pi_factory, self.insert_pis, target, text)

    def _leaf(self, factory, insert, *args):
        self._flush()
        elem = factory(*args)
        if insert and self._open:
            self._open[-1].append(elem)
            self._last = elem
            self._last_closed = True
        return elem


class XMLParser:
    """Feeds pyexpat and calls a target's start/end/data/comment/pi/start_ns/end_ns/doctype/
    close methods (a TreeBuilder by default)."""

    def __init__(self, *, target=None, encoding=None):
        self.parser = self._parser = _expat.ParserCreate(encoding, "}")
        if target is None:
            target = TreeBuilder()
        self.target = self._target = target
        self.entity = {}
        self.version = "Expat %d.%d.%d" % _expat.version_info
        self._names = {}
        parser = self._parser
        parser.ordered_attributes = True
        parser.buffer_text = False
        parser.DefaultHandlerExpand = self._default
        # Only the events the target has a method for are asked of the parser.
        for method, handler, callback in (
                ("start", "StartElementHandler", self._start),
                ("end", "EndElementHandler", self._end),
                ("data", "CharacterDataHandler", getattr(target, "data", None)),
                ("comment", "CommentHandler", getattr(target, "comment", None)),
                ("pi", "ProcessingInstructionHandler", getattr(target, "pi", None)),
                ("start_ns", "StartNamespaceDeclHandler", self._start_ns),
                ("end_ns", "EndNamespaceDeclHandler", self._end_ns)):
            if hasattr(target, method):
                setattr(parser, handler, callback)
        parser.StartDoctypeDeclHandler = self._doctype

    def _name(self, raw):
        name = self._names.get(raw)
        if name is None:
            name = "{" + raw if "}" in raw else raw
            self._names[raw] = name
        return name

    def _start(self, tag, flat):
        attrib = {}
        if flat:
            for k in range(0, len(flat), 2):
                attrib[self._name(flat[k])] = flat[k + 1]
        return self._target.start(self._names.get(tag) or self._name(tag), attrib)

    def _end(self, tag):
        return self._target.end(self._names.get(tag) or self._name(tag))

    def _start_ns(self, prefix, uri):
        return self._target.start_ns(prefix or "", uri or "")

    def _end_ns(self, prefix):
        return self._target.end_ns(prefix or "")

    def _doctype(self, name, system_id, public_id, has_subset):
        if hasattr(self._target, "doctype"):
            self._target.doctype(name, public_id, system_id)

    def _default(self, text):
        if text[:1] == "&" and hasattr(self._target, "data"):
            name = text[1:-1]
            if name in self.entity:
                self._target.data(self.entity[name])
                return
            lineno, column = self._parser.CurrentLineNumber, self._parser.CurrentColumnNumber
            err = _et().ParseError("undefined entity %s: line %d, column %d"
                                   % (text, lineno, column))
            err.code = 11
            err.position = (lineno, column)
            raise err

    def feed(self, data):
        try:
            self._parser.Parse(data, False)
        except _expat.ExpatError as err:
            raise _parse_error(err) from None

    def close(self):
        try:
            self._parser.Parse(b"", True)
        except _expat.ExpatError as err:
            raise _parse_error(err) from None
        close = getattr(self._target, "close", None)
        if close is not None:
            return close()
        return None

    def flush(self):
        pass


class _EventCollector(TreeBuilder):
    """The TreeBuilder under XMLPullParser: it also queues the requested events."""

    def __init__(self, events, queue):
        TreeBuilder.__init__(self)
        self._events = events
        self._queue = queue

    def start(self, tag, attrs):
        elem = TreeBuilder.start(self, tag, attrs)
        if "start" in self._events:
            self._queue.append(("start", elem))
        return elem

    def end(self, tag):
        elem = TreeBuilder.end(self, tag)
        if "end" in self._events:
            self._queue.append(("end", elem))
        return elem

    def start_ns(self, prefix, uri):
        if "start-ns" in self._events:
            self._queue.append(("start-ns", (prefix, uri)))

    def end_ns(self, prefix):
        if "end-ns" in self._events:
            self._queue.append(("end-ns", None))

    def comment(self, text):
        elem = TreeBuilder.comment(self, text)
        if "comment" in self._events:
            self._queue.append(("comment", elem))
        return elem

    def pi(self, target, text=None):
        elem = TreeBuilder.pi(self, target, text)
        if "pi" in self._events:
            self._queue.append(("pi", elem))
        return elem


_KNOWN_EVENTS = ("start", "end", "start-ns", "end-ns", "comment", "pi")


class XMLPullParser:
    """Feed text, then read (event, object) pairs as they become known."""

    def __init__(self, events=None, *, _parser=None):
        if events is None:
            events = ("end",)
        events = tuple(events)
        for event in events:
            if event not in _KNOWN_EVENTS:
                raise ValueError("unknown event %r" % (event,))
        self._queue = []
        self._collector = _EventCollector(events, self._queue)
        self._parser = _parser or XMLParser(target=self._collector)
        self._closed = False
        self.root = None

    def feed(self, data):
        if self._closed:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:
                self._queue.append(exc)

    def close(self):
        self._closed = True
        try:
            self.root = self._parser.close()
        except SyntaxError as exc:
            self._queue.append(exc)

    def flush(self):
        pass

    def read_events(self):
        queue = self._queue
        while queue:
            item = queue.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParse:
    def __init__(self, source, events, parser):
        self._close_source = not hasattr(source, "read")
        if self._close_source:
            source = open(source, "rb")
        self._source = source
        self._pull = XMLPullParser(events=events, _parser=parser)
        self._events = self._run()
        self.root = None

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._events)

    def _run(self):
        pull = self._pull
        try:
            while True:
                yield from pull.read_events()
                data = self._source.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            pull.close()
            yield from pull.read_events()
            self.root = pull.root
        finally:
            if self._close_source:
                self._source.close()


def iterparse(source, events=None, parser=None):
    """(event, element) pairs while a file is parsed; .root is set once it is done."""
    return _IterParse(source, events, parser)
