//! The builtin `open(file, mode='r', buffering=-1, encoding=None, errors=None,
//! newline=None, closefd=True, opener=None)`: checks its arguments as CPython does, opens
//! the path (or adopts the fd) and builds the file object the mode asks for. Not the file
//! object's behaviour (see `file`).

use super::codec::TextCodec;
use super::file::{FileObj, Kind};
use super::mode::OpenMode;
use super::stream::{Refusals, Sink, Stream};
use super::text::{Newline, TextLayer};
use crate::runtime::builtins::{as_str, index_i64, params, type_name};
use crate::runtime::bytes::with_bytes;
use crate::runtime::error::{from_errno, os_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::fs::File;
use std::os::fd::FromRawFd;

const PARAMS: [&str; 8] = [
    "file",
    "mode",
    "buffering",
    "encoding",
    "errors",
    "newline",
    "closefd",
    "opener",
];

/// What the `file` argument names.
enum Target {
    Path(std::path::PathBuf),
    Fd(i32),
}

/// `str`, `bytes`, an object with `__fspath__`, or an int fd.
fn target(vm: &mut Vm, file: &Value) -> PyResult<(Target, Value)> {
    if let Value::Int(fd) = file {
        return Ok((Target::Fd(*fd as i32), file.clone()));
    }
    if let Some(s) = as_str(file) {
        return Ok((Target::Path(s.as_str().into()), file.clone()));
    }
    if let Some(b) = with_bytes(file, |b| b.to_vec()) {
        use std::os::unix::ffi::OsStringExt;
        let p = std::ffi::OsString::from_vec(b);
        return Ok((Target::Path(p.into()), file.clone()));
    }
    if let Value::Instance(_) = file {
        if let Some(fspath) = vm.getattr_opt(file, "__fspath__")? {
            let p = vm.call_args(&fspath, vec![])?;
            if as_str(&p).is_some() || with_bytes(&p, |_| ()).is_some() {
                return target(vm, &p);
            }
            return Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                type_name(vm, file),
                type_name(vm, &p)
            )));
        }
    }
    Err(type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name(vm, file)
    )))
}

/// A `str or None` argument `what` of `fname()`.
pub(super) fn opt_str(
    vm: &Vm,
    v: Option<&Value>,
    fname: &str,
    what: &str,
) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match as_str(v) {
            Some(s) => Ok(Some(s.as_str().to_string())),
            None => Err(type_error(format!(
                "{fname}() argument '{what}' must be str or None, not {}",
                crate::runtime::builtins::arg_type_name(vm, v)
            ))),
        },
    }
}

/// The `flags` an `opener` receives (os.open's).
fn os_flags(m: &OpenMode) -> i64 {
    let mut flags = match (m.readable(), m.writable()) {
        (true, true) => libc::O_RDWR,
        (true, false) => libc::O_RDONLY,
        _ => libc::O_WRONLY,
    };
    if m.writing {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    }
    if m.appending {
        flags |= libc::O_CREAT | libc::O_APPEND;
    }
    if m.creating {
        flags |= libc::O_CREAT | libc::O_EXCL;
    }
    (flags | libc::O_CLOEXEC) as i64
}

pub fn open(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let all = Args {
        args: &[&[Value::None][..], args.args].concat(),
        kwnames: args.kwnames,
    };
    let p = params(&all, "open", &PARAMS)?;
    let Some(file) = p[0] else {
        return Err(type_error(
            "open() missing required argument 'file' (pos 1)",
        ));
    };
    let mode_text = match p[1] {
        None => "r".to_string(),
        Some(v) => match as_str(v) {
            Some(s) => s.as_str().to_string(),
            None => {
                return Err(type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    crate::runtime::builtins::arg_type_name(vm, v)
                )))
            }
        },
    };
    let mode = OpenMode::parse(&mode_text)?;
    let buffering = match p[2] {
        None => -1,
        Some(v) => index_i64(vm, v)?,
    };
    let encoding = opt_str(vm, p[3], "open", "encoding")?;
    let errors = opt_str(vm, p[4], "open", "errors")?;
    let newline = opt_str(vm, p[5], "open", "newline")?;
    let closefd = match p[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = p[7].filter(|o| !o.is_none());
    if mode.binary {
        for (given, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if given.is_some() {
                return Err(value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    }
    if !mode.binary && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let text = if mode.binary {
        None
    } else {
        let newline = Newline::parse(newline.as_deref())?;
        Some(TextLayer::new(
            TextCodec::new(encoding.as_deref(), errors.as_deref())?,
            newline,
        ))
    };
    let (target, name) = target(vm, file)?;
    if !closefd && matches!(target, Target::Path(_)) {
        return Err(value_error("Cannot use closefd=False with file name"));
    }
    let file = match (target, opener) {
        (Target::Fd(fd), _) => {
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            // SAFETY: the caller hands this fd to the file object (closefd says whether it
            // closes it); an invalid fd fails the fstat below, before any other use.
            unsafe { File::from_raw_fd(fd) }
        }
        (Target::Path(path), Some(opener)) => {
            let path_value = name.clone();
            let fd = vm.call_args(opener, vec![path_value, Value::Int(os_flags(&mode))])?;
            let fd = index_i64(vm, &fd)?;
            if fd < 0 {
                return Err(value_error(format!("opener returned {fd}")));
            }
            let _ = path;
            // SAFETY: the opener returned a new fd for this file to own.
            unsafe { File::from_raw_fd(fd as i32) }
        }
        (Target::Path(path), None) => mode
            .open_options()
            .open(&path)
            .map_err(|e| os_error(&e, Some(name.clone()), None))?,
    };
    let is_dir = match file.metadata() {
        Ok(meta) => meta.is_dir(),
        Err(e) => {
            if !closefd {
                use std::os::fd::IntoRawFd;
                let _ = file.into_raw_fd();
            }
            return Err(os_error(&e, None, None));
        }
    };
    if is_dir {
        return Err(from_errno(libc::EISDIR, Some(name), None));
    }
    let mut stream = Stream::new(Sink::File(file), mode.readable(), mode.writable());
    stream.closefd = closefd;
    stream.unbuffered = buffering == 0;
    stream.line_buffering = buffering == 1 || (buffering < 0 && stream.isatty().unwrap_or(false));
    if mode.appending {
        use std::io::Seek;
        if let Sink::File(f) = &mut stream.sink {
            let _ = f.seek(std::io::SeekFrom::End(0));
        }
    }
    let kind = match (&text, buffering, mode.readable(), mode.writable()) {
        (Some(_), ..) => Kind::Text,
        (None, 0, ..) => Kind::Raw,
        (None, _, true, true) => Kind::Random,
        (None, _, true, false) => Kind::Reader,
        (None, ..) => Kind::Writer,
    };
    stream.refusals = match kind {
        Kind::Text => Refusals::TEXT,
        Kind::Raw => Refusals::RAW,
        _ => Refusals::BUFFERED,
    };
    let shown_mode = if mode.binary {
        mode.raw_mode()
    } else {
        &mode_text
    };
    Ok(FileObj::new(kind, stream, text, name, shown_mode).into_value(vm.types()))
}
