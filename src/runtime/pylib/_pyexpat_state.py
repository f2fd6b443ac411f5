"""The working half of a pyexpat xmlparser: input decoding (BOM, the XML declaration's
encoding, str input taken as already decoded), the scanner it drives, namespace
processing, the internal subset's entities and attribute defaults, character-data
buffering, and the calls to the user's handlers.

It holds no API surface of its own: pyexpat.xmlparser forwards to it."""

import re as _re
import pyexpat as _api
from _xml_decode import InputDecoder
from _xml_scanner import Scanner, ScanError, PREDEFINED, UNDEFINED_ENTITY, RECURSIVE_ENTITY

_ENCODING_DECL = _re.compile(r"""^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")
_ASYNC_ENTITY, _ATTR_EXTERNAL_REF = 13, 16


class ParserState:
    def __init__(self, parser, encoding, separator, intern):
        self.parser = parser
        self.encoding = encoding
        self.separator = separator
        self.intern = intern
        self.options = {"buffer_text": False, "ordered_attributes": False,
                        "specified_attributes": False, "namespace_prefixes": False,
                        "buffer_size": 8192}
        self.scanner = Scanner(self)
        self.base = None
        self.foreign_dtd = False
        self.error = None
        self.finished = False
        self.started = False
        self.pending_bytes = b""
        self.decoder = None
        self.text_parts = []
        self.text_len = 0
        self.ns_stack = []
        self.bindings = {"xml": [_api._XML_NAMESPACE]}
        self.entities = {}
        self.attr_defaults = {}
        self.open_entities = []
        self.has_external_dtd = False
        self.standalone = -1
        self.event_at = 0
        self.bytes_before = 0

    # ---- options and read-only attributes ----------------------------------------------------

    def set_option(self, name, value):
        if name == "buffer_size":
            if not isinstance(value, int):
                raise TypeError("buffer_size must be an integer")
            if value <= 0:
                raise ValueError("buffer_size must be greater than zero")
            self.flush_text()
            self.options[name] = value
            return
        if name == "buffer_text" and not value:
            self.flush_text()
        self.options[name] = bool(value)

    def read_only(self, name):
        if name == "intern":
            return self.intern
        if name == "buffer_used":
            return self.text_len
        if name.startswith("Error"):
            code, line, column, index = self.error or (0, 1, 0, -1)
            return {"ErrorCode": code, "ErrorLineNumber": line, "ErrorColumnNumber": column,
                    "ErrorByteIndex": index}[name]
        self.scanner.move_mark(self.event_at)
        line, column = self.scanner.where(max(self.event_at, self.scanner.mark))
        if name == "CurrentLineNumber":
            return line
        if name == "CurrentColumnNumber":
            return column
        return self.bytes_before + len(self.scanner.buf[:self.event_at].encode("utf-8",
                                                                               "replace"))

    def input_context(self):
        return None

    # ---- feeding ---------------------------------------------------------------------------------

    def parse(self, data, final):
        if self.error is not None:
            # expat keeps reporting the error that stopped it.
            _api._raise_error(self, *self.error)
        if self.finished:
            self.fail(_api._FINISHED, len(self.scanner.buf))
        if isinstance(data, str):
            text = data
            self.encoding = "utf-8"
        elif isinstance(data, (bytes, bytearray, memoryview)):
            text = self.decode(bytes(data), final)
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self.started = True
        try:
            self.scanner.feed(text, final)
        except ScanError as err:
            self.fail(err.code, err.offset)
        # Buffered text goes out when each Parse call returns, as pyexpat does.
        self.flush_text()
        if final:
            self.finished = True

    def decode(self, data, final):
        if self.decoder is None:
            data = self.pending_bytes + data
            name = self.detect_encoding(data, final)
            if name is None:
                self.pending_bytes = data
                return ""
            self.pending_bytes = b""
            self.decoder = InputDecoder(name)
        return self.decoder.decode(data, final)

    def detect_encoding(self, data, final):
        if self.encoding is not None:
            return self.encoding
        if data.startswith(b"\xef\xbb\xbf"):
            return "utf-8-sig"
        if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
            return "utf-16"
        if data.startswith(b"<\x00"):
            return "utf-16-le"
        if data.startswith(b"\x00<"):
            return "utf-16-be"
        if data.startswith(b"<?xml"):
            close = data.find(b"?>")
            if close < 0 and not final:
                return None
            head = data[:close + 2].decode("latin-1")
            match = _ENCODING_DECL.match(head)
            if match:
                return match.group(1)
        if len(data) < 5 and not final and b"<?xml".startswith(data):
            return None
        return "utf-8"

    def fail(self, code, offset):
        self.flush_text_quietly()
        line, column = self.scanner.where(max(offset, self.scanner.mark))
        index = self.bytes_before + len(self.scanner.buf[:offset].encode("utf-8", "replace"))
        if not self.scanner.buf:
            index = -1
        self.finished = True
        _api._raise_error(self, code, line, column, index)

    # ---- handler calls ----------------------------------------------------------------------------

    def handler(self, name):
        return getattr(self.parser, name)

    def call(self, name, *args):
        func = getattr(self.parser, name)
        if func is not None:
            self.flush_text()
            func(*args)
            return True
        return False

    def mark_event(self, at):
        # Line and column are worked out only when asked for (read_only, fail).
        if not self.open_entities:
            self.event_at = at

    def flush_text(self):
        if self.text_parts:
            text = "".join(self.text_parts)
            self.text_parts = []
            self.text_len = 0
            func = self.parser.CharacterDataHandler
            if func is not None:
                func(text)

    def flush_text_quietly(self):
        self.text_parts = []
        self.text_len = 0

    # ---- the scanner's sink --------------------------------------------------------------------

    def on_discard(self, consumed):
        self.bytes_before += len(consumed.encode("utf-8", "replace"))
        self.event_at = 0

    def on_text(self, text, at):
        func = self.parser.CharacterDataHandler
        if func is None:
            self.mark_event(at)
            self.default(text)
            return
        if self.options["buffer_text"]:
            if self.text_len + len(text) > self.options["buffer_size"]:
                self.flush_text()
            self.text_parts.append(text)
            self.text_len += len(text)
            return
        self.mark_event(at)
        func(text)

    def on_cdata(self, text, at):
        self.mark_event(at)
        self.call("StartCdataSectionHandler")
        pieces = _split_lines(text)
        for piece in pieces:
            self.on_text(piece, at)
        self.call("EndCdataSectionHandler")

    def on_default(self, text, at):
        self.mark_event(at)
        self.default(text)

    def default(self, text):
        func = self.parser.DefaultHandlerExpand or self.parser.DefaultHandler
        if func is not None:
            self.flush_text()
            func(text)

    def on_comment(self, text, at):
        self.mark_event(at)
        if not self.call("CommentHandler", text):
            self.default("<!--%s-->" % text)

    def on_pi(self, target, data, at):
        self.mark_event(at)
        if not self.call("ProcessingInstructionHandler", target, data):
            self.default("<?%s %s?>" % (target, data) if data else "<?%s?>" % target)

    def on_xml_decl(self, version, encoding, standalone, at):
        self.mark_event(at)
        self.standalone = standalone
        self.call("XmlDeclHandler", version, encoding, standalone)

    def on_doctype_start(self, name, system_id, public_id, has_subset, at):
        self.mark_event(at)
        if system_id is not None:
            self.has_external_dtd = True
        self.call("StartDoctypeDeclHandler", name, system_id, public_id, int(has_subset))

    def on_doctype_end(self, at):
        self.call("EndDoctypeDeclHandler")

    def on_pe_ref(self, name, at):
        self.has_external_dtd = True

    def on_entity_decl(self, name, parameter, value, system_id, public_id, notation, at):
        self.mark_event(at)
        if not parameter and name not in self.entities:
            self.entities[name] = (value, system_id, public_id, notation)
        if notation is not None and self.parser.UnparsedEntityDeclHandler is not None:
            self.call("UnparsedEntityDeclHandler", name, self.base, system_id, public_id,
                      notation)
            return
        self.call("EntityDeclHandler", name, int(parameter), value, self.base, system_id,
                  public_id, notation)

    def on_element_decl(self, name, content_model, at):
        self.mark_event(at)
        self.call("ElementDeclHandler", name, content_model)

    def on_attlist_decl(self, element, attr, kind, default, required, at):
        self.mark_event(at)
        if default is not None:
            self.attr_defaults.setdefault(element, []).append((attr, default))
        self.call("AttlistDeclHandler", element, attr, kind, default, int(required))

    def on_notation_decl(self, name, system_id, public_id, at):
        self.mark_event(at)
        self.call("NotationDeclHandler", name, self.base, system_id, public_id)

    def entity_undefined_is_error(self):
        return not self.has_external_dtd or self.standalone == 1

    def on_entity_ref(self, name, at, scanner):
        if name in PREDEFINED:
            self.on_text(PREDEFINED[name], at)
            return
        self.mark_event(at)
        entry = self.entities.get(name)
        if entry is None:
            if self.entity_undefined_is_error():
                raise ScanError(UNDEFINED_ENTITY, at)
            if not self.call("SkippedEntityHandler", name, 0):
                self.default("&%s;" % name)
            return
        value, system_id, public_id, notation = entry
        if value is None:
            if notation is not None:
                raise ScanError(15, at)
            func = self.parser.ExternalEntityRefHandler
            if func is None:
                self.default("&%s;" % name)
                return
            self.flush_text()
            if not func(name, self.base, system_id, public_id):
                raise ScanError(21, at)
            return
        if name in self.open_entities:
            raise ScanError(RECURSIVE_ENTITY, at)
        self.open_entities.append(name)
        inner = Scanner(self, value, in_entity=True)
        inner.stack = []
        try:
            inner.run()
        except ScanError as err:
            raise ScanError(err.code, at)
        finally:
            self.open_entities.pop()
        if inner.stack:
            raise ScanError(_ASYNC_ENTITY, at)

    def attribute_text(self, parts, tag_at, depth=0):
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
                continue
            name = part[1]
            if name in PREDEFINED:
                out.append(PREDEFINED[name])
                continue
            entry = self.entities.get(name)
            if entry is None:
                if self.entity_undefined_is_error():
                    raise ScanError(UNDEFINED_ENTITY, tag_at)
                continue
            if entry[0] is None:
                raise ScanError(_ATTR_EXTERNAL_REF, tag_at)
            if name in self.open_entities or depth > 40:
                raise ScanError(RECURSIVE_ENTITY, tag_at)
            self.open_entities.append(name)
            try:
                out.append(self.attribute_text(_entity_value_parts(entry[0], tag_at),
                                               tag_at, depth + 1))
            finally:
                self.open_entities.pop()
        return "".join(out)

    def on_start(self, name, raw_attrs, at, raw):
        self.mark_event(at)
        attrs = [(key, self.attribute_text(parts, at)) for key, parts in raw_attrs]
        self.start_element(name, attrs, at, raw)

    def start_element(self, name, attrs, at, raw):
        """A start tag whose attribute values are final text (the native scanner's)."""
        if not self.open_entities:
            self.event_at = at
        if self.attr_defaults:
            defaults = self.attr_defaults.get(name)
            if defaults:
                given = {key for key, _ in attrs}
                for key, value in defaults:
                    if key not in given:
                        attrs.append((key, value))
                        given.add(key)
        if self.separator is not None:
            name, attrs = self.apply_namespaces(name, attrs, at)
        func = self.parser.StartElementHandler
        if func is None:
            self.default(raw)
            return
        if self.text_parts:
            self.flush_text()
        # Names handed to the handler go through the intern dict, as pyexpat's do.
        intern = self.intern.setdefault
        name = intern(name, name)
        if self.options["ordered_attributes"]:
            flat = []
            for key, value in attrs:
                flat.append(intern(key, key))
                flat.append(value)
            func(name, flat)
        else:
            func(name, {intern(key, key): value for key, value in attrs})

    def on_end(self, name, at, raw):
        if not self.open_entities:
            self.event_at = at
        if self.separator is not None:
            name, declared = self.ns_stack.pop()
        else:
            declared = ()
        func = self.parser.EndElementHandler
        if func is not None:
            if self.text_parts:
                self.flush_text()
            func(name)
        elif raw:
            self.default(raw)
        for prefix in reversed(declared):
            self.bindings[prefix].pop()
            self.call("EndNamespaceDeclHandler", prefix or None)

    # ---- namespaces ---------------------------------------------------------------------------

    def apply_namespaces(self, name, attrs, at):
        if not attrs and ":" not in name:
            # The common case: a plain name in the default namespace's scope.
            uris = self.bindings.get("")
            if uris and uris[-1]:
                name = uris[-1] + self.separator + name
            self.ns_stack.append((name, []))
            return name, attrs
        declared = []
        plain = []
        for key, value in attrs:
            if key == "xmlns" or key.startswith("xmlns:"):
                prefix = key[6:]
                if prefix and not value:
                    raise ScanError(_api._UNDECLARING_PREFIX, at)
                self.bindings.setdefault(prefix, []).append(value)
                declared.append(prefix)
                self.call("StartNamespaceDeclHandler", prefix or None, value or None)
            else:
                plain.append((key, value))
        try:
            expanded_name = self.expand(name, True, at)
            expanded = [(self.expand(key, False, at), value) for key, value in plain]
        except ScanError:
            # expat closes the scopes it opened before it reports the unbound prefix.
            for prefix in reversed(declared):
                self.bindings[prefix].pop()
                self.call("EndNamespaceDeclHandler", prefix or None)
            raise
        self.ns_stack.append((expanded_name, declared))
        return expanded_name, expanded

    def expand(self, name, is_element, at):
        sep = self.separator
        prefix, colon, local = name.partition(":")
        if colon:
            uris = self.bindings.get(prefix)
            if not uris or not uris[-1]:
                raise ScanError(_api._UNBOUND_PREFIX, at)
            if self.options["namespace_prefixes"]:
                return uris[-1] + sep + local + sep + prefix
            return uris[-1] + sep + local
        if is_element:
            uris = self.bindings.get("")
            if uris and uris[-1]:
                return uris[-1] + sep + name
        return name


def _split_lines(text):
    """Character data as expat hands it over: each line end is a call of its own."""
    pieces = []
    start = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    while True:
        nl = text.find("\n", start)
        if nl < 0:
            break
        if nl > start:
            pieces.append(text[start:nl])
        pieces.append("\n")
        start = nl + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _entity_value_parts(value, at):
    """An internal entity's replacement text as attribute-value parts."""
    parts = []
    k = 0
    while k < len(value):
        amp = value.find("&", k)
        if amp < 0:
            parts.append(value[k:])
            break
        if amp > k:
            parts.append(value[k:amp])
        semi = value.find(";", amp)
        if semi < 0:
            raise ScanError(4, at)
        parts.append(("entity", value[amp + 1:semi], at))
        k = semi + 1
    if any(isinstance(p, str) and "<" in p for p in parts):
        raise ScanError(4, at)
    return [p.replace("\t", " ").replace("\n", " ") if isinstance(p, str) else p
            for p in parts]
