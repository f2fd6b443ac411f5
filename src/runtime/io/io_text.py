# The Python half of the native `io` module (run in its namespace, after the natives):
# text_encoding (3.10) and IncrementalNewlineDecoder, as CPython 3.11's io has them.
import sys as _sys


def text_encoding(encoding, stacklevel=2):
    """The encoding a text stream opened with `encoding` uses: the same, or for None
    "locale" ("utf-8" in UTF-8 mode)."""
    if encoding is None:
        encoding = "utf-8" if _sys.flags.utf8_mode else "locale"
    return encoding


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or None, for str input) and translates "\r\n" and
    "\r" to "\n" when `translate`, recording in `newlines` which kinds were seen. A "\r"
    at the end of a chunk is held back until the next one shows whether "\n" follows."""

    _LF = 1
    _CR = 2
    _CRLF = 4

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if not isinstance(output, str):
            raise TypeError("decoder should return a string result, not '%s'"
                            % type(output).__name__)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= ((lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF))
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
                ("\r", "\n", "\r\n"))[self.seennl]


IncrementalNewlineDecoder.__module__ = "_io"
