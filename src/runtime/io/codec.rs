//! The text encoding of a text file: the codec name as given (what `.encoding` shows),
//! the codec coro implements for it and the `errors=` handler. `utf-8-sig` is UTF-8 whose
//! files start with a byte-order mark (skipped on reading, written at the start); UTF-16
//! (`utf-16` with a byte-order mark, `utf-16-le`/`-be` without) is coded here, in 2-byte
//! units. Not the byte-oriented codecs themselves (`runtime::bytes`).

use crate::runtime::bytes::{self, Encoding};
use crate::runtime::codecs::{self, Order};
use crate::runtime::error::{PyErr, PyResult};
use std::rc::Rc;

pub const BOM: &[u8] = b"\xef\xbb\xbf";

pub struct TextCodec {
    /// As given to `open()` (`'utf8'`), or `'UTF-8'` by default, as CPython shows it.
    pub name: Rc<str>,
    pub encoding: Encoding,
    /// `utf-8-sig`: a byte-order mark starts the file.
    pub sig: bool,
    /// UTF-16 (then `encoding` is unused).
    pub wide: Option<Wide>,
    pub errors: Rc<str>,
}

#[derive(Clone, Copy)]
pub struct Wide {
    pub big_endian: bool,
    /// `utf-16`: a byte-order mark starts the file and says the byte order.
    pub bom: bool,
}

impl TextCodec {
    pub fn new(name: Option<&str>, errors: Option<&str>) -> PyResult<TextCodec> {
        let errors: Rc<str> = errors.unwrap_or("strict").into();
        // "locale" (3.10's io.text_encoding(None)) is the locale's encoding, the default.
        let Some(name) = name.filter(|n| *n != "locale") else {
            return Ok(TextCodec {
                name: "UTF-8".into(),
                encoding: Encoding::Utf8,
                sig: false,
                wide: None,
                errors,
            });
        };
        let norm = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let sig = matches!(norm.as_str(), "utf-8-sig" | "utf8-sig");
        let wide = match norm.as_str() {
            "utf-16" | "utf16" => Some(Wide {
                big_endian: cfg!(target_endian = "big"),
                bom: true,
            }),
            "utf-16-le" | "utf-16le" => Some(Wide {
                big_endian: false,
                bom: false,
            }),
            "utf-16-be" | "utf-16be" => Some(Wide {
                big_endian: true,
                bom: false,
            }),
            _ => None,
        };
        let encoding = if sig || wide.is_some() {
            Encoding::Utf8
        } else {
            match Encoding::lookup(name) {
                // Files are read by line in code units of one or two bytes.
                Ok(Encoding::Utf32(_)) => return Err(unsupported(name, None)),
                Ok(e) => e,
                Err(e) => return Err(unsupported(name, Some(e))),
            }
        };
        Ok(TextCodec {
            name: name.into(),
            encoding,
            sig,
            wide,
            errors,
        })
    }

    /// Bytes per code unit: 2 for UTF-16, else 1.
    pub fn unit(&self) -> usize {
        if self.wide.is_some() {
            2
        } else {
            1
        }
    }

    /// The byte-order mark this codec reads and writes at the start of a file, if any.
    pub fn bom(&self) -> Option<&'static [u8]> {
        match self.wide {
            Some(Wide { bom: false, .. }) => None,
            Some(w) if w.big_endian => Some(b"\xfe\xff"),
            Some(_) => Some(b"\xff\xfe"),
            None if self.sig => Some(BOM),
            None => None,
        }
    }

    /// At the start of a file: take the byte-order mark `data` begins with (UTF-16's says
    /// the byte order); how many bytes it has.
    pub fn take_bom(&mut self, data: &[u8]) -> usize {
        match &mut self.wide {
            Some(w) if w.bom => {
                if data.starts_with(b"\xff\xfe") {
                    w.big_endian = false;
                    2
                } else if data.starts_with(b"\xfe\xff") {
                    w.big_endian = true;
                    2
                } else {
                    0
                }
            }
            Some(_) => 0,
            None if self.sig && data.starts_with(BOM) => BOM.len(),
            None => 0,
        }
    }

    /// The code unit at the start of `unit` (1 or 2 bytes).
    pub fn unit_value(&self, unit: &[u8]) -> u16 {
        match (self.wide, unit) {
            (Some(w), [a, b]) if w.big_endian => u16::from_be_bytes([*a, *b]),
            (Some(_), [a, b]) => u16::from_le_bytes([*a, *b]),
            (_, [a, ..]) => *a as u16,
            _ => 0,
        }
    }

    /// Decode `data`, which starts `origin` bytes into the text read so far.
    pub fn decode(
        &self,
        t: &crate::runtime::types::Types,
        data: &[u8],
        origin: usize,
    ) -> PyResult<String> {
        if let Some(w) = self.wide {
            return bytes::decode_at(t, data, wide_encoding(w), &self.errors, origin);
        }
        if self.encoding == Encoding::Utf8 {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(s.to_string());
            }
        }
        bytes::decode_at(t, data, self.encoding, &self.errors, origin)
    }

    pub fn encode(&self, text: &str) -> PyResult<Vec<u8>> {
        if let Some(w) = self.wide {
            return Ok(codecs::encode_wide(text, wide_encoding(w)));
        }
        bytes::encode(text, self.encoding, &self.errors)
    }

    /// Re-encode text given back to the buffer (decoded moments ago, so it encodes).
    pub fn encode_back(&self, text: &str) -> Vec<u8> {
        if let Some(w) = self.wide {
            return codecs::encode_wide(text, wide_encoding(w));
        }
        bytes::encode(text, self.encoding, "replace").unwrap_or_default()
    }
}

/// A codec name `bytes.decode` does not know: the same LookupError unless it is one of
/// CPython's codecs coro lacks, which says so instead of pretending it does not exist.
#[cold]
fn unsupported(name: &str, lookup: Option<PyErr>) -> PyErr {
    let norm = name.trim().to_ascii_lowercase().replace('_', "-");
    match lookup {
        Some(e) if !norm.starts_with("utf-32") && !norm.starts_with("cp") => e,
        _ => crate::runtime::error::builtin_error(
            crate::runtime::types::ExcKind::LookupError,
            format!(
                "unknown encoding: {name} (coro's files take utf-8, utf-8-sig, utf-16, ascii, \
                 latin-1 and single-byte code pages)"
            ),
        ),
    }
}

/// The byte order of a UTF-16 file's codec once its mark (if any) is read.
fn wide_encoding(w: Wide) -> Encoding {
    Encoding::Utf16(if w.big_endian { Order::Be } else { Order::Le })
}

#[cfg(test)]
mod tests;
