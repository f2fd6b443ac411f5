# Log records name their caller: file, line, module and function of the stacklevel-th
# frame outside logging, and stack_info its stack.
import logging, sys
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(filename)s:%(lineno)d %(module)s.%(funcName)s %(name)s: %(message)s")
log = logging.getLogger("t")
def helper(msg, level=1):
    log.info(msg, stacklevel=level)
def outer():
    helper("from outer at level 1")
    helper("from outer at level 2", 2)
    helper("level past the stack", 50)
outer()
logging.warning("root at module level")
class C:
    def m(self):
        log.debug("in a method")
        adapter = logging.LoggerAdapter(log, {"k": 1})
        adapter.info("through an adapter")
        log.log(logging.ERROR, "via log()")
C().m()
def with_stack():
    log.info("with stack", stack_info=True)
with_stack()
rec = log.makeRecord("n", logging.INFO, "/a/b/mod.py", 7, "m", (), None, "fn")
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.pathname)
