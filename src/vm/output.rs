//! Buffered standard output, as CPython buffers `sys.stdout`: line by line on a terminal,
//! in 8 KiB blocks into a pipe or file, not at all under `-u` or PYTHONUNBUFFERED; flushed on `flush=True`, on `input()`, before an
//! uncaught exception's traceback and at exit. Text for stderr is written at once without
//! flushing stdout (CPython's order when both go to one pipe). A closed pipe ends the
//! process quietly, as a user of `coro x.py | head -1` expects.

use std::io::Write;

/// CPython's buffer size for a pipe or file (io.DEFAULT_BUFFER_SIZE).
const BLOCK: usize = 8192;

pub struct Stdout {
    buf: Vec<u8>,
    /// fd 1 is a terminal: flush at each newline.
    line_buffered: bool,
    /// `-u` or PYTHONUNBUFFERED: every write goes out at once (CPython's write-through).
    unbuffered: bool,
    /// Keep the text for [`Stdout::take`] instead of writing fd 1 (see [`Stdout::hold`]).
    held: bool,
}

impl Default for Stdout {
    fn default() -> Self {
        Stdout::new()
    }
}

impl Stdout {
    pub fn new() -> Stdout {
        use std::io::IsTerminal;
        Stdout {
            buf: Vec::with_capacity(BLOCK),
            line_buffered: std::io::stdout().is_terminal(),
            unbuffered: std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()),
            held: false,
        }
    }

    /// While held, nothing is written to fd 1, not even on `flush`: the REPL's line
    /// editor owns the terminal and shows the text above the prompt (after [`take`]).
    ///
    /// [`take`]: Stdout::take
    pub fn hold(&mut self, held: bool) {
        self.held = held;
    }

    /// `coro -u`: write every piece of text at once, as PYTHONUNBUFFERED does.
    pub fn set_unbuffered(&mut self, unbuffered: bool) {
        self.unbuffered = unbuffered;
    }

    /// The text written since the last flush, removed from the buffer.
    /// Text for stderr (an error report): after everything printed so far. While held
    /// (the REPL's prompt is on screen) it joins the held text, so it is shown above the
    /// prompt instead of over the line being typed.
    pub fn write_stderr(&mut self, s: &str) {
        self.write_stderr_bytes(s.as_bytes());
    }

    pub fn take(&mut self) -> String {
        let text = String::from_utf8_lossy(&self.buf).into_owned();
        self.buf.clear();
        text
    }

    pub fn write(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    /// Buffer `data`: flushed once a block is full, or at a newline on a terminal (line
    /// buffering, as CPython's stdout there).
    #[inline]
    pub fn write_bytes(&mut self, data: &[u8]) {
        self.buf.extend_from_slice(data);
        if (self.buf.len() >= BLOCK
            || self.unbuffered
            || (self.line_buffered && data.contains(&b'\n')))
            && !self.held
        {
            self.flush();
        }
    }

    /// Bytes for fd 2 (`sys.stderr`), which CPython does not buffer past a line: written
    /// at once. Stdout's pending text stays pending when it is a pipe or file, as
    /// CPython's block buffer does; on a terminal it has been flushed line by line.
    pub fn write_stderr_bytes(&mut self, data: &[u8]) {
        if self.held {
            self.buf.extend_from_slice(data);
            return;
        }
        let _ = std::io::stderr().write_all(data);
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() || self.held {
            return;
        }
        let mut out = std::io::stdout().lock();
        let result = out.write_all(&self.buf).and_then(|_| out.flush());
        self.buf.clear();
        if let Err(e) = result {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                // The reader went away: there is nobody left to tell.
                std::process::exit(0);
            }
        }
    }
}

impl Drop for Stdout {
    fn drop(&mut self) {
        self.held = false;
        self.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::Stdout;

    #[test]
    fn held_text_is_taken_not_flushed() {
        let mut out = Stdout::new();
        out.hold(true);
        out.write("tick\n");
        out.flush();
        out.write("tock");
        assert_eq!(out.take(), "tick\ntock");
        assert_eq!(out.take(), "");
        out.hold(false);
    }
}
