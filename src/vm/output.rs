//! Buffered standard output. Python's stdout is block-buffered when not a terminal; coro
//! buffers always and flushes on `flush=True`, before anything goes to stderr, on
//! `input()` and at exit, so nothing is lost or reordered. A closed pipe ends the
//! process quietly, as a user of `coro x.py | head -1` expects.

use std::io::Write;

pub struct Stdout {
    buf: Vec<u8>,
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
        Stdout {
            buf: Vec::with_capacity(8192),
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

    /// The text written since the last flush, removed from the buffer.
    /// Text for stderr (an error report): after everything printed so far. While held
    /// (the REPL's prompt is on screen) it joins the held text, so it is shown above the
    /// prompt instead of over the line being typed.
    pub fn write_stderr(&mut self, s: &str) {
        if self.held {
            self.buf.extend_from_slice(s.as_bytes());
            return;
        }
        self.flush();
        use std::io::Write;
        let _ = std::io::stderr().write_all(s.as_bytes());
    }

    pub fn take(&mut self) -> String {
        let text = String::from_utf8_lossy(&self.buf).into_owned();
        self.buf.clear();
        text
    }

    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= 64 * 1024 && !self.held {
            self.flush();
        }
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
