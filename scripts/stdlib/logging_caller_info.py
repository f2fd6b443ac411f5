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
class RelativeStack(logging.Formatter):
    # The stack names this file by its full path; show it relative to this folder.
    def formatStack(self, stack_info):
        import os
        return stack_info.replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, "")
logging.getLogger().handlers[0].setFormatter(RelativeStack(logging.getLogger().handlers[0].formatter._fmt))
def with_stack():
    log.info("with stack", stack_info=True)
with_stack()
rec = log.makeRecord("n", logging.INFO, "/a/b/mod.py", 7, "m", (), None, "fn")
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.pathname)
