//! The `mode` argument of `open()`: which of read/write/append/create, text or binary,
//! update (`+`), checked with CPython's messages. Not the opening itself (see `open`).

use crate::runtime::error::{value_error, PyResult};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OpenMode {
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub creating: bool,
    pub updating: bool,
    pub binary: bool,
}

impl OpenMode {
    /// Parse `mode` as `open()` does.
    pub fn parse(mode: &str) -> PyResult<OpenMode> {
        let mut m = OpenMode::default();
        let mut text = false;
        for (i, c) in mode.char_indices() {
            let seen = match c {
                'r' => &mut m.reading,
                'w' => &mut m.writing,
                'a' => &mut m.appending,
                'x' => &mut m.creating,
                '+' => &mut m.updating,
                'b' => &mut m.binary,
                't' => &mut text,
                _ => return Err(invalid(mode)),
            };
            if *seen || mode[i + 1..].contains(c) {
                return Err(invalid(mode));
            }
            *seen = true;
        }
        if text && m.binary {
            return Err(value_error("can't have text and binary mode at once"));
        }
        let kinds = [m.reading, m.writing, m.appending, m.creating];
        match kinds.iter().filter(|k| **k).count() {
            0 => Err(value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            )),
            1 => Ok(m),
            _ => Err(value_error(
                "must have exactly one of create/read/write/append mode",
            )),
        }
    }

    pub fn readable(&self) -> bool {
        self.reading || self.updating
    }

    pub fn writable(&self) -> bool {
        !self.reading || self.updating
    }

    /// The mode of the raw file (`FileIO.mode`, a binary file's `.mode`): `rb`, `ab+`...
    /// A file both read and written is `rb+` whether it was opened `w+` or `r+`, as
    /// CPython's FileIO names it.
    pub fn raw_mode(&self) -> &'static str {
        match (self.creating, self.appending, self.writing, self.updating) {
            (true, _, _, false) => "xb",
            (true, _, _, true) => "xb+",
            (_, true, _, false) => "ab",
            (_, true, _, true) => "ab+",
            (_, _, true, false) => "wb",
            (_, _, _, false) => "rb",
            (_, _, _, true) => "rb+",
        }
    }

    /// The options to open the path with.
    pub fn open_options(&self) -> std::fs::OpenOptions {
        let mut o = std::fs::OpenOptions::new();
        o.read(self.readable());
        if self.writing {
            o.write(true).create(true).truncate(true);
        } else if self.appending {
            o.append(true).create(true);
        } else if self.creating {
            o.write(true).create_new(true);
        } else if self.updating {
            o.write(true);
        }
        o
    }
}

#[cold]
fn invalid(mode: &str) -> crate::runtime::error::PyErr {
    value_error(format!("invalid mode: '{mode}'"))
}

#[cfg(test)]
mod tests;
