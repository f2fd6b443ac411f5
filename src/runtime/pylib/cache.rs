//! A disk cache of the compiled code of the embedded modules, so that a start-up that
//! imports `typing`, `dataclasses`, `re`, ... does not lex, parse and compile their
//! sources again in every process (CPython's `__pycache__`, for coro's frozen modules).
//!
//! One file per module under `$XDG_CACHE_HOME/coro/pylib/<executable>` (else
//! `~/.cache/coro/...`; one folder per executable path), named by the module and a hash of
//! its source and of this executable (its size and modification time), so a rebuilt coro
//! never reads another build's bytecode; a rebuild's files replace the previous ones. The files
//! hold the `Code` tree in bincode; the source file, left out, is attached on load. Any
//! failure (no home, unreadable, stale or corrupt file) falls back to compiling, and a
//! file that cannot be written is simply not cached. Like CPython's frozen modules (and
//! unlike `__pycache__`) it ignores `PYTHONDONTWRITEBYTECODE`; `CORO_PYLIB_CACHE=0` turns
//! it off. Not a cache of the script's own modules.

use crate::compiler::bytecode::{Code, Constant, SourceFile};
use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::rc::Rc;

/// The folder of the cache, if there is a place for it.
fn cache_dir() -> Option<PathBuf> {
    if std::env::var_os("CORO_PYLIB_CACHE").is_some_and(|v| v == "0") {
        return None;
    }
    let base = match std::env::var_os("XDG_CACHE_HOME") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache"),
    };
    // One folder per executable, so that builds in different places (debug, release)
    // do not remove each other's files as stale.
    let exe = std::env::current_exe().ok()?;
    let digest = Sha256::digest(exe.as_os_str().as_encoded_bytes());
    let folder: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    Some(base.join("coro").join("pylib").join(folder))
}

/// The cache file in `dir` of a module with this source.
fn path_for(dir: &std::path::Path, name: &str, text: &str) -> Option<PathBuf> {
    let mut h = Sha256::new();
    h.update(build_stamp()?.as_bytes());
    h.update(text.as_bytes());
    let digest = h.finalize();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    Some(dir.join(format!("{name}-{hex}.bin")))
}

/// What identifies this build: the executable's size and modification time.
fn build_stamp() -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    let md = std::fs::metadata(exe).ok()?;
    let modified = md
        .modified()
        .ok()?
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    Some(format!(
        "{}:{}:{}:{}",
        env!("CARGO_PKG_VERSION"),
        md.len(),
        modified.as_secs(),
        modified.subsec_nanos()
    ))
}

/// The cached code of module `name` compiled from `source`, if a valid file is there.
pub fn load(name: &str, source: &Rc<SourceFile>) -> Option<Code> {
    load_from(&cache_dir()?, name, source)
}

fn load_from(dir: &std::path::Path, name: &str, source: &Rc<SourceFile>) -> Option<Code> {
    let path = path_for(dir, name, &source.text)?;
    let bytes = std::fs::read(path).ok()?;
    let mut code: Code = bincode::deserialize(&bytes).ok()?;
    attach_source(&mut code, source);
    Some(code)
}

/// Write the compiled code of module `name` for the next start.
pub fn store(name: &str, code: &Code) {
    if let Some(dir) = cache_dir() {
        store_in(&dir, name, code);
    }
}

fn store_in(dir: &std::path::Path, name: &str, code: &Code) {
    let Some(path) = path_for(dir, name, &code.source.text) else {
        return;
    };
    let Ok(bytes) = bincode::serialize(code) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    remove_stale(dir, name);
    // Written aside and renamed, so a process reading concurrently sees all or nothing.
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// Remove the files an earlier build (or an earlier source) left for module `name`.
fn remove_stale(dir: &std::path::Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!("{name}-");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(file) = file.to_str() else { continue };
        let hash = file
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".bin"));
        // `name-` followed by a bare hash: not another module whose name extends this one.
        if hash.is_some_and(|h| h.len() == 24 && h.bytes().all(|b| b.is_ascii_hexdigit())) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// Point every code object of the tree at the module's source (freshly loaded code
/// objects are not shared yet, so each can be changed in place).
fn attach_source(code: &mut Code, source: &Rc<SourceFile>) {
    code.source = source.clone();
    for c in code.consts.iter_mut() {
        attach_in_constant(c, source);
    }
}

fn attach_in_constant(c: &mut Constant, source: &Rc<SourceFile>) {
    match c {
        Constant::Code(inner) => {
            if let Some(inner) = Rc::get_mut(inner) {
                attach_source(inner, source);
            }
        }
        Constant::Tuple(items) => {
            if let Some(items) = Rc::get_mut(items) {
                for item in items.iter_mut() {
                    attach_in_constant(item, source);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
#[path = "cache_tests.rs"]
mod tests;
