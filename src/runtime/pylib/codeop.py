"""Compiling interactive input that may be unfinished: compile_command returns a code
object for a whole input, None when more lines could still finish it (an open bracket
or string, a block header, a block not yet ended by an empty line, a trailing
backslash), and raises SyntaxError (or OverflowError/ValueError) when no more lines
could help. Compile and CommandCompiler remember the `from __future__` imports they see.

Whether input is unfinished is the real parser's verdict (`_codeop`), as in coro's REPL."""

import _codeop
import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

_FEATURES = [getattr(__future__, name) for name in __future__.all_feature_names]
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _only_blank_or_comments(source):
    return all(not line.strip() or line.strip().startswith("#")
               for line in source.split("\n"))


def _maybe_compile(compiler, source, filename, symbol):
    if _only_blank_or_comments(source) and symbol != "eval":
        source = "pass"
    verdict = _codeop.status(source)
    if verdict == "incomplete":
        return None
    if verdict == "compound" and symbol == "single" and not source.endswith("\n"):
        return None
    if source.endswith("\\"):
        return None  # a line continued by a backslash
    return compiler(source, filename, symbol)


def compile_command(source, filename="<input>", symbol="single"):
    """A code object for `source` if it is a whole command, None if it is unfinished;
    SyntaxError, OverflowError or ValueError if it is invalid. `symbol` is 'single',
    'exec' or 'eval'."""
    return _maybe_compile(_compile, source, filename, symbol)


def _compile(source, filename, symbol):
    return compile(source, filename, symbol)


class Compile:
    """Like compile(), remembering the `from __future__` statements it compiled."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        code = compile(source, filename, symbol)
        for feature in _FEATURES:
            if code.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return code


class CommandCompiler:
    """compile_command() that remembers `from __future__` statements."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
