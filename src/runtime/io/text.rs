//! The text layer of a text file (TextIOWrapper): decoding what the byte stream reads,
//! encoding what is written, and newlines as `newline=` asks (universal newlines by
//! default: `\r\n` and `\r` read as `\n`). Lines are cut in bytes before decoding, which
//! is exact for the byte-oriented codecs coro has. Not the byte stream (see `stream`).

use super::codec::{TextCodec, BOM};
use super::stream::Stream;
use crate::runtime::bytes::Encoding;
use crate::runtime::error::{value_error, PyResult};
use crate::runtime::str::{PyStr, StrRef};
use crate::vm::Vm;

/// The `newline=` argument.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// None: any of `\n`, `\r`, `\r\n` ends a line and reads as `\n`.
    Universal,
    /// '': any of them ends a line, returned as it is.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    pub fn parse(v: Option<&str>) -> PyResult<Newline> {
        Ok(match v {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(other) => return Err(value_error(format!("illegal newline value: {other}"))),
        })
    }

    /// What `\n` becomes when written.
    fn written(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }

    /// Where the first line of `data` ends (just past its terminator), if it ends in
    /// `data`; `at_eof` settles a final `\r` that a `\n` could still follow.
    fn line_end(self, data: &[u8], at_eof: bool) -> Option<usize> {
        match self {
            Newline::Universal | Newline::Untranslated => {
                let i = memchr::memchr2(b'\n', b'\r', data)?;
                if data[i] == b'\n' {
                    return Some(i + 1);
                }
                match data.get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    None if at_eof => Some(i + 1),
                    None => None,
                }
            }
            Newline::Lf => memchr::memchr(b'\n', data).map(|i| i + 1),
            Newline::Cr => memchr::memchr(b'\r', data).map(|i| i + 1),
            Newline::CrLf => memchr::memmem::find(data, b"\r\n").map(|i| i + 2),
        }
    }
}

pub struct TextLayer {
    pub codec: TextCodec,
    pub newline: Newline,
    /// Bytes decoded since the start (or the last seek): where decode errors count from.
    origin: usize,
    /// utf-8-sig: a byte-order mark may still have to be skipped (reading from the
    /// start) or written (writing at the start).
    at_start: bool,
    /// The line ends read so far under universal newlines (`.newlines`): bits for `\r`,
    /// `\n`, `\r\n`.
    pub seen: u8,
    /// The stream's chunk count when line ends were last noted.
    noted_fills: u64,
}

pub const SEEN_CR: u8 = 1;
pub const SEEN_LF: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

impl TextLayer {
    pub fn new(codec: TextCodec, newline: Newline) -> TextLayer {
        let at_start = codec.bom().is_some();
        TextLayer {
            codec,
            newline,
            origin: 0,
            at_start,
            seen: 0,
            noted_fills: 0,
        }
    }

    /// After a seek to `pos`.
    pub fn reset(&mut self, pos: u64) {
        self.origin = 0;
        self.at_start = self.codec.bom().is_some() && pos == 0;
    }

    fn decode(&mut self, t: &crate::runtime::types::Types, bytes: &[u8]) -> PyResult<String> {
        let text = self.codec.decode(t, bytes, self.origin)?;
        self.origin += bytes.len();
        Ok(match self.newline {
            Newline::Universal if text.contains('\r') => {
                text.replace("\r\n", "\n").replace('\r', "\n")
            }
            _ => text,
        })
    }

    /// Note the line ends in what was just read (as CPython's decoder sees a chunk at a
    /// time), for `.newlines`.
    fn note_line_ends(&mut self, s: &Stream) {
        if self.noted_fills == s.fills
            || !matches!(self.newline, Newline::Universal | Newline::Untranslated)
        {
            return;
        }
        self.noted_fills = s.fills;
        let view = self.units_as_bytes(s.pending());
        // Without a `\r` only `\n` can have been seen: one vectorised search each.
        if memchr::memchr(b'\r', &view).is_none() {
            if memchr::memchr(b'\n', &view).is_some() {
                self.seen |= SEEN_LF;
            }
            return;
        }
        for (i, &c) in view.iter().enumerate() {
            self.seen |= match (c, view.get(i + 1)) {
                (b'\r', Some(b'\n')) => SEEN_CRLF,
                (b'\r', _) => SEEN_CR,
                (b'\n', _) if i > 0 && view[i - 1] == b'\r' => 0,
                (b'\n', _) => SEEN_LF,
                _ => 0,
            };
        }
    }

    fn skip_bom(&mut self, s: &mut Stream, vm: &mut Vm) -> PyResult<()> {
        if self.at_start {
            self.at_start = false;
            while s.pending().len() < BOM.len() && s.fill(vm)? {}
            let n = self.codec.take_bom(s.pending());
            s.consume(n);
        }
        Ok(())
    }

    /// Raw bytes with each code unit as one byte: itself, or for UTF-16 `\n`, `\r` or 0.
    fn units_as_bytes<'a>(&self, data: &'a [u8]) -> std::borrow::Cow<'a, [u8]> {
        let unit = self.codec.unit();
        if unit == 1 {
            return std::borrow::Cow::Borrowed(data);
        }
        let view: Vec<u8> = data
            .chunks_exact(unit)
            .map(|u| match self.codec.unit_value(u) {
                0x0a => b'\n',
                0x0d => b'\r',
                _ => 0,
            })
            .collect();
        std::borrow::Cow::Owned(view)
    }

    /// [`Newline::line_end`] in code units.
    fn line_end(&self, data: &[u8], at_eof: bool) -> Option<usize> {
        let unit = self.codec.unit();
        let view = self.units_as_bytes(data);
        self.newline.line_end(&view, at_eof).map(|n| n * unit)
    }

    /// The rest of the file as a string; UTF-8 with nothing to translate is checked
    /// where it lies in the read-ahead and copied once, into the string.
    pub fn read_all(&mut self, s: &mut Stream, vm: &mut Vm) -> PyResult<StrRef> {
        s.check_readable(vm.types())?;
        self.skip_bom(s, vm)?;
        while s.fill(vm)? {}
        self.note_line_ends(s);
        let n = s.pending().len();
        let untranslated = self.newline != Newline::Universal || (self.seen & !SEEN_LF) == 0;
        if self.plain_utf8() && untranslated {
            if let Ok(text) = std::str::from_utf8(s.pending()) {
                let text = PyStr::new(text);
                self.origin += n;
                s.skip(n);
                return Ok(text);
            }
        }
        let bytes = s.consume(n);
        Ok(PyStr::from_string(self.decode(vm.types(), &bytes)?))
    }

    /// UTF-8 past any byte-order mark: the text is the bytes.
    fn plain_utf8(&self) -> bool {
        self.codec.wide.is_none() && matches!(self.codec.encoding, Encoding::Utf8) && !self.at_start
    }

    /// The next line as a string (`readline()`, `next(f)`). The common line, UTF-8 ended
    /// by `\n` and already read ahead, is checked where it lies in the read-ahead and
    /// copied once, into the string; any other goes through [`TextLayer::read_line`].
    pub fn next_line(&mut self, s: &mut Stream, vm: &mut Vm) -> PyResult<StrRef> {
        match self.buffered_line(s) {
            Some(line) => Ok(line),
            None => Ok(PyStr::from_string(self.read_line(s, vm, None)?)),
        }
    }

    fn buffered_line(&mut self, s: &mut Stream) -> Option<StrRef> {
        if !self.plain_utf8() || !s.readable || s.closed() {
            return None;
        }
        let pending = s.pending();
        let end = match self.newline {
            // A `\r` first may be a line end of its own or half of `\r\n`.
            Newline::Universal | Newline::Untranslated => {
                let i = memchr::memchr2(b'\n', b'\r', pending)?;
                (pending[i] == b'\n').then_some(i + 1)?
            }
            Newline::Lf => memchr::memchr(b'\n', pending)? + 1,
            _ => return None,
        };
        let bytes = &pending[..end];
        let line = if bytes.is_ascii() {
            // SAFETY: ASCII is UTF-8.
            PyStr::with_chars(unsafe { std::str::from_utf8_unchecked(bytes) }, end)
        } else {
            PyStr::new(std::str::from_utf8(bytes).ok()?)
        };
        self.note_line_ends(s);
        self.origin += end;
        s.skip(end);
        Some(line)
    }

    /// The next line, at most `limit` characters of it.
    pub fn read_line(
        &mut self,
        s: &mut Stream,
        vm: &mut Vm,
        limit: Option<usize>,
    ) -> PyResult<String> {
        s.check_readable(vm.types())?;
        self.skip_bom(s, vm)?;
        let unit = self.codec.unit();
        let mut scanned: usize = 0;
        let end = loop {
            let pending = s.pending();
            // Back up one unit: a `\r` last time may be followed by `\n` now.
            let from = scanned.saturating_sub(unit);
            if let Some(i) = self.line_end(&pending[from..], s.eof) {
                break from + i;
            }
            scanned = pending.len() - pending.len() % unit;
            // A long line under a limit needs no more than 4 bytes a character.
            if limit.is_some_and(|l| scanned >= l * 4) || !s.fill(vm)? {
                let pending = s.pending();
                break match self.line_end(pending, true) {
                    Some(i) => i,
                    None => pending.len(),
                };
            }
        };
        self.note_line_ends(s);
        let bytes = s.consume(end);
        let line = self.decode(vm.types(), &bytes)?;
        match limit {
            Some(l) if line.chars().count() > l => {
                let cut = line.char_indices().nth(l).map_or(line.len(), |(i, _)| i);
                let back = self.codec.encode_back(&line[cut..]);
                self.origin -= back.len().min(self.origin);
                s.unread(&back);
                Ok(line[..cut].to_string())
            }
            _ => Ok(line),
        }
    }

    /// At most `n` characters.
    pub fn read_n(&mut self, s: &mut Stream, vm: &mut Vm, n: usize) -> PyResult<String> {
        let mut out = String::new();
        let mut got = 0;
        while got < n {
            let part = self.read_line(s, vm, Some(n - got))?;
            if part.is_empty() {
                break;
            }
            got += part.chars().count();
            out.push_str(&part);
        }
        Ok(out)
    }

    /// Write `text`; flushes at a newline when line-buffered.
    pub fn write(&mut self, s: &mut Stream, vm: &mut Vm, text: &str) -> PyResult<()> {
        s.check_writable(vm.types())?;
        let mut bytes = match self.newline.written() {
            Some(nl) if text.contains('\n') => self.codec.encode(&text.replace('\n', nl))?,
            _ => self.codec.encode(text)?,
        };
        if self.at_start {
            self.at_start = false;
            if let Some(bom) = self.codec.bom().filter(|_| s.tell(vm).unwrap_or(1) == 0) {
                bytes.splice(0..0, bom.iter().copied());
            }
        }
        let line_end = s.line_buffering && text.contains(['\n', '\r']);
        s.write(vm, &bytes)?;
        if line_end {
            s.flush(vm)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
