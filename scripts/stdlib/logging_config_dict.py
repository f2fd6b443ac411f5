# logging.config: dictConfig with formatters, filters, handlers (ext:// streams, a
# MemoryHandler target, '()' factories), loggers, root and incremental updates, its
# errors; and fileConfig from a file written here.
import logging
import logging.config
import os
import sys
import tempfile


class Upper(logging.Filter):
    def filter(self, record):
        record.msg = str(record.msg).upper()
        return True


def make_formatter(prefix):
    return logging.Formatter(prefix + " %(name)s: %(message)s")


logging.getLogger("old").info("exists before")
config = {
    "version": 1,
    "formatters": {
        "plain": {"format": "%(levelname)s:%(name)s:%(message)s"},
        "custom": {"()": make_formatter, "prefix": ">>"},
    },
    "filters": {"upper": {"()": Upper}, "only_app": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                "formatter": "plain", "level": "INFO"},
        "shout": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                  "formatter": "custom", "filters": ["upper"]},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 10,
                "target": "out"},
    },
    "loggers": {
        "app": {"level": "DEBUG", "handlers": ["out"], "propagate": False},
        "app.loud": {"handlers": ["shout"]},
    },
    "root": {"level": "WARNING", "handlers": ["shout"]},
}
logging.config.dictConfig(config)
logging.getLogger("app").debug("debug is below the handler level")
logging.getLogger("app").info("hello %s", "world")
logging.getLogger("app.loud").warning("quiet words")
logging.getLogger("other").warning("to the root")
logging.getLogger("other").info("not shown")
print(logging.getLogger("old").disabled, logging.getLogger("app").propagate)
print(sorted(h.name for h in logging.getLogger("app").handlers), logging.root.level)
logging.config.dictConfig({"version": 1, "incremental": True,
                           "handlers": {"out": {"level": "DEBUG"}},
                           "loggers": {"app": {"level": "INFO"}}})
logging.getLogger("app").info("after the incremental update")
for bad in [{}, {"version": 2}, {"version": 1, "handlers": {"h": {"class": "no.such.Class"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "nope"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["missing"]}}},
            {"version": 1, "incremental": True, "handlers": {"zz": {}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print("ValueError:", e, "| cause:", type(e.__cause__).__name__)

d = tempfile.mkdtemp()
ini = os.path.join(d, "log.ini")
with open(ini, "w") as f:
    f.write("""[loggers]
keys=root,web

[handlers]
keys=console

[formatters]
keys=brief

[logger_root]
level=ERROR
handlers=console

[logger_web]
level=DEBUG
handlers=console
qualname=web
propagate=0

[handler_console]
class=StreamHandler
level=DEBUG
formatter=brief
args=(sys.stdout,)

[formatter_brief]
format=[%(levelname)s] %(name)s - %(message)s
""")
logging.config.fileConfig(ini)
logging.getLogger("web").debug("from the file config")
logging.getLogger("web.sub").info("child of web")
logging.getLogger("app").error("app was disabled by fileConfig")
logging.getLogger("x").error("root at ERROR")
print(logging.getLogger("app").disabled, logging.getLogger("web").propagate)

import shutil
shutil.rmtree(d)
