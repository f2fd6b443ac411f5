//! Buffered standard output. Python's stdout is block-buffered when not a terminal; coro
//! buffers always and flushes on `flush=True`, before anything goes to stderr, on
//! `input()` and at exit, so nothing is lost or reordered. A closed pipe ends the
//! process quietly, as a user of `coro x.py | head -1` expects.

use std::io::Write;

pub struct Stdout {
    buf: Vec<u8>,
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
        }
    }

    pub fn write(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
        if self.buf.len() >= 64 * 1024 {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
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
        self.flush();
    }
}
