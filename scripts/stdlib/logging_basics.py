# logging: the root and named loggers, levels, basicConfig, handlers, %/{/$ formatters, adapters, disable.
import io, logging, sys
logging.warning("before config %s", 1)
logging.info("not shown")
log = logging.getLogger("app.db")
print(log, log.parent, logging.getLogger(), logging.getLogger("app.db") is log)
log.warning("child warning")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s", stream=sys.stdout, force=True)
log.debug("debug %d", 5)
log.info("info %(x)s", {"x": 1})
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname:>8} {name}: {message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.setLevel(logging.ERROR)
other.warning("hidden")
other.error("shown")
print(other.isEnabledFor(logging.WARNING), other.getEffectiveLevel(), logging.getLevelName(30), logging.getLevelName("INFO"), logging.getLevelName(5))
captured = io.StringIO()
capture = logging.StreamHandler(captured)
logging.getLogger("x").addHandler(capture)
logging.getLogger("x").propagate = False
try:
    int("not a number")
except ValueError:
    logging.getLogger("x").exception("failed")
print(captured.getvalue().replace(__file__, "FILE"), end="")
logging.getLogger("x").removeHandler(capture)
adapter = logging.LoggerAdapter(log, {"ctx": 1})
adapter.info("through adapter")
logging.disable(logging.CRITICAL)
log.error("disabled")
logging.disable(logging.NOTSET)
log.error("enabled")
f = logging.Formatter("$levelname $message", style="$")
r = logging.makeLogRecord({"msg": "hi", "levelname": "INFO"})
print(f.format(r), r.getMessage())
try:
    logging.Formatter("no fields", style="{")
except ValueError as e:
    print("ValueError:", e)
try:
    log.setLevel("LOUD")
except ValueError as e:
    print("ValueError:", e)
