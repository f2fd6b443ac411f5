"""logging.config: dictConfig (schema version 1: formatters, filters, handlers, loggers,
root, incremental, disable_existing_loggers, '()' factories, 'ext://' and 'cfg://'
references, '.' attributes) and fileConfig (the configparser format: [loggers],
[handlers], [formatters] and their sections), with CPython's ValueError messages.

Not listen()/stopListening() (configuration over a socket)."""

import configparser
import io
import logging
import logging.handlers
import re
import sys

DEFAULT_LOGGING_CONFIG_PORT = 9030


# --- references to Python objects ------------------------------------------------------

def _resolve(name):
    """The object a dotted name names, importing modules on the way."""
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _strip_spaces(names):
    return [name.strip() for name in names]


# --- dictConfig ------------------------------------------------------------------------

_WORD = re.compile(r"^\s*(\w+)\s*")
_DOT = re.compile(r"^\.\s*(\w+)\s*")
_INDEX = re.compile(r"^\[\s*(\w+)\s*\]\s*")
_PREFIXED = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")


class BaseConfigurator:
    """Resolves 'ext://' (an importable object) and 'cfg://' (a path into the
    configuration itself) strings inside a configuration."""

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as err:
            v = ValueError("Cannot resolve %r: %s" % (s, err))
            raise v from err

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        found = _WORD.match(rest)
        if found is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[found.end():]
        current = self.config[found.group(1)]
        while rest:
            found = _DOT.match(rest)
            if found:
                current = current[found.group(1)]
            else:
                found = _INDEX.match(rest)
                if not found:
                    raise ValueError("Unable to convert %r at %r" % (value, rest))
                key = found.group(1)
                current = current[int(key) if key.isdigit() else key]
            rest = rest[found.end():]
        return self.convert(current)

    def convert(self, value):
        if isinstance(value, str):
            found = _PREFIXED.match(value)
            if found:
                converter = self.value_converters.get(found.group("prefix"))
                if converter:
                    return getattr(self, converter)(found.group("suffix"))
        elif isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        elif isinstance(value, list):
            return [self.convert(v) for v in value]
        elif isinstance(value, tuple) and not hasattr(value, "_fields"):
            return tuple(self.convert(v) for v in value)
        return value

    def configure_custom(self, config):
        config = dict(config)
        factory = config.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop(".", None)
        kwargs = {k: self.convert(v) for k, v in config.items() if k.isidentifier()}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        if incremental:
            self._configure_incremental(config)
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        _clear_existing_handlers()
        self.formatters = self._build_each(config, "formatters", "formatter",
                                           self.configure_formatter)
        self.filters = self._build_each(config, "filters", "filter", self.configure_filter)
        handlers = {}
        self.handlers = handlers
        deferred = []
        for name in sorted(config.get("handlers", {})):
            spec = config["handlers"][name]
            try:
                handler = self.configure_handler(spec)
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                if "target not configured yet" in str(e):
                    deferred.append(name)
                else:
                    raise ValueError("Unable to configure handler %r" % name) from e
        for name in deferred:
            try:
                handler = self.configure_handler(config["handlers"][name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        root = logging.root
        existing = sorted(root.manager.loggerDict)
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefix = name + "."
                while i < len(existing) and existing[i].startswith(prefix):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        if "root" in config:
            try:
                self.configure_root(config["root"])
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    @staticmethod
    def _build_each(config, section, what, build):
        """{name: build(spec)} for the section's entries, failures named as CPython's."""
        built = {}
        for name, spec in config.get(section, {}).items():
            try:
                built[name] = build(spec)
            except Exception as e:
                raise ValueError("Unable to configure %s %r" % (what, name)) from e
        return built

    def _configure_incremental(self, config):
        for name, spec in config.get("handlers", {}).items():
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % name)
            handler = logging._handlers[name]
            level = spec.get("level")
            if level:
                handler.setLevel(logging._checkLevel(level))
        for name, spec in config.get("loggers", {}).items():
            self.configure_logger(name, spec, True)
        if "root" in config:
            self.configure_root(config["root"], True)

    def configure_formatter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        fmt = config.get("format", None)
        datefmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        cls = logging.Formatter if not cname else self.resolve(cname)
        if "validate" in config:
            return cls(fmt, datefmt, style, config["validate"])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, target, filters):
        for name in filters:
            try:
                target.addFilter(self.filters[name] if isinstance(name, str) else name)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % name) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop("class")
            factory = cname if callable(cname) else self.resolve(cname)
            if issubclass(factory, logging.handlers.MemoryHandler) and "target" in config:
                try:
                    target = self.handlers[config["target"]]
                except KeyError as e:
                    raise ValueError("target not configured yet") from e
                config["target"] = target
        props = config.pop(".", None)
        kwargs = {k: self.convert(v) for k, v in config.items() if k.isidentifier()}
        try:
            result = factory(**kwargs)
        except TypeError as err:
            if "'stream'" not in str(err):
                raise
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for name in handlers:
            try:
                logger.addHandler(self.handlers[name])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % name) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for handler in list(logger.handlers):
                logger.removeHandler(handler)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary (see the module's doc)."""
    dictConfigClass(config).configure()


def _clear_existing_handlers():
    for handler in list(logging._handlers.values()):
        try:
            handler.acquire()
            handler.flush()
            handler.close()
        except (OSError, ValueError):
            pass
        finally:
            handler.release()
    logging._handlers.clear()
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            logger.level = logging.NOTSET
            logger.handlers = []
            logger.propagate = True
        else:
            logger.disabled = disable_existing


# --- fileConfig ------------------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (a path, a file object or a
    RawConfigParser)."""
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, "readline"):
                cp.read_file(fname)
            else:
                encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") \
                    else encoding
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError("%s is invalid: %s" % (fname, e))
    formatters = _install_formatters(cp)
    _clear_existing_handlers()
    handlers = _install_handlers(cp, formatters)
    _install_loggers(cp, handlers, disable_existing_loggers)


def _install_formatters(cp):
    names = cp["formatters"]["keys"]
    if not len(names):
        return {}
    formatters = {}
    for name in _strip_spaces(names.split(",")):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback="%")
        cname = cp.get(section, "class", raw=True, fallback=None)
        cls = _resolve(cname) if cname else logging.Formatter
        if "validate" in cp[section]:
            formatters[name] = cls(fmt, datefmt, style, cp.getboolean(section, "validate"))
        else:
            formatters[name] = cls(fmt, datefmt, style)
    return formatters


def _install_handlers(cp, formatters):
    names = cp["handlers"]["keys"]
    if not len(names):
        return {}
    handlers = {}
    pending = []
    namespace = vars(logging).copy()
    namespace["logging"] = logging
    for name in _strip_spaces(names.split(",")):
        section = cp["handler_%s" % name]
        cname = section["class"]
        fmt = section.get("formatter", "")
        try:
            cls = eval(cname, namespace)
        except (AttributeError, NameError):
            cls = _resolve(cname)
        args = eval(section.get("args", "()"), namespace)
        kwargs = eval(section.get("kwargs", "{}"), namespace)
        handler = cls(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        if len(fmt):
            handler.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if len(target):
                pending.append((handler, target))
        handlers[name] = handler
    for handler, target in pending:
        handler.setTarget(handlers[target])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    names = _strip_spaces(cp["loggers"]["keys"].split(","))
    if "root" not in names:
        raise ValueError("missing root logger")
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    wanted = section.get("handlers", "")
    if len(wanted):
        for name in _strip_spaces(wanted.split(",")):
            root.addHandler(handlers[name])
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        if qualname in existing:
            i = existing.index(qualname) + 1
            prefix = qualname + "."
            while i < len(existing) and existing[i].startswith(prefix):
                child_loggers.append(existing[i])
                i += 1
            existing.remove(qualname)
        if "level" in section:
            logger.setLevel(section["level"])
        for handler in logger.handlers[:]:
            logger.removeHandler(handler)
        logger.propagate = propagate
        logger.disabled = 0
        wanted = section.get("handlers", "")
        if len(wanted):
            for hname in _strip_spaces(wanted.split(",")):
                logger.addHandler(handlers[hname])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True
