//! The text encoding of a text file: the codec name as given (what `.encoding` shows),
//! the codec coro implements for it and the `errors=` handler. `utf-8-sig` is UTF-8 whose
//! files start with a byte-order mark (skipped on reading, written at the start).
//! Not the codecs themselves (`runtime::bytes`).

use crate::runtime::bytes::{self, Encoding};
use crate::runtime::error::{PyErr, PyResult};
use crate::runtime::types::types;
use std::rc::Rc;

pub const BOM: &[u8] = b"\xef\xbb\xbf";

pub struct TextCodec {
    /// As given to `open()` (`'utf8'`), or `'UTF-8'` by default, as CPython shows it.
    pub name: Rc<str>,
    pub encoding: Encoding,
    /// `utf-8-sig`: a byte-order mark starts the file.
    pub sig: bool,
    pub errors: Rc<str>,
}

impl TextCodec {
    pub fn new(name: Option<&str>, errors: Option<&str>) -> PyResult<TextCodec> {
        let errors: Rc<str> = errors.unwrap_or("strict").into();
        let Some(name) = name else {
            return Ok(TextCodec {
                name: "UTF-8".into(),
                encoding: Encoding::Utf8,
                sig: false,
                errors,
            });
        };
        let norm = name.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let sig = matches!(norm.as_str(), "utf-8-sig" | "utf8-sig");
        let encoding = if sig {
            Encoding::Utf8
        } else {
            Encoding::lookup(name).map_err(|e| unsupported(name, e))?
        };
        Ok(TextCodec {
            name: name.into(),
            encoding,
            sig,
            errors,
        })
    }

    /// Decode `data`, which starts `origin` bytes into the text read so far.
    pub fn decode(&self, data: &[u8], origin: usize) -> PyResult<String> {
        if self.encoding == Encoding::Utf8 {
            if let Ok(s) = std::str::from_utf8(data) {
                return Ok(s.to_string());
            }
        }
        bytes::decode_at(data, self.encoding, &self.errors, origin)
    }

    pub fn encode(&self, text: &str) -> PyResult<Vec<u8>> {
        bytes::encode(text, self.encoding, &self.errors)
    }

    /// Re-encode text given back to the buffer (decoded moments ago, so it encodes).
    pub fn encode_back(&self, text: &str) -> Vec<u8> {
        bytes::encode(text, self.encoding, "replace").unwrap_or_default()
    }
}

/// A codec name `bytes.decode` does not know: the same LookupError unless it is one of
/// CPython's codecs coro lacks, which says so instead of pretending it does not exist.
#[cold]
fn unsupported(name: &str, lookup: PyErr) -> PyErr {
    let norm = name.trim().to_ascii_lowercase().replace('_', "-");
    if norm.starts_with("utf-16") || norm.starts_with("utf-32") || norm.starts_with("cp") {
        return PyErr::new(
            &types().lookup_error,
            format!(
                "unknown encoding: {name} (coro implements utf-8, utf-8-sig, ascii and latin-1)"
            ),
        );
    }
    lookup
}
