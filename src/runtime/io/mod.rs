//! Files and streams, as CPython's `io` module: `open()`, the file objects it returns,
//! `io.StringIO`/`io.BytesIO`, the IOBase class family for `isinstance`, and the standard
//! streams `sys.stdin`/`sys.stdout`/`sys.stderr`. This file holds the classes and the
//! `io` module's namespace; each kind of object has its own file.

pub mod codec;
pub mod file;
pub mod iobase;
pub mod memory;
pub mod mode;
pub mod open;
mod readinto;
pub mod std_streams;
pub mod stream;
pub mod text;
pub mod wrapper;

use crate::runtime::builtins::{def, getter, method};
use crate::runtime::class::{Class, Layout};
use crate::runtime::dict::PyDict;
use crate::runtime::error::PyErr;
use crate::runtime::function::NativeFn;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use std::rc::Rc;

/// The io classes, made once per interpreter (kept in `Types`).
pub struct Classes {
    pub io_base: Rc<Class>,
    pub raw_io_base: Rc<Class>,
    pub buffered_io_base: Rc<Class>,
    pub text_io_base: Rc<Class>,
    pub file_io: Rc<Class>,
    pub buffered_reader: Rc<Class>,
    pub buffered_writer: Rc<Class>,
    pub buffered_random: Rc<Class>,
    pub text_io_wrapper: Rc<Class>,
    pub string_io: Rc<Class>,
    pub bytes_io: Rc<Class>,
    pub unsupported_operation: Rc<Class>,
}

fn class(name: &str, module: &str, base: &Rc<Class>, layout: Layout) -> Rc<Class> {
    let c = Class::new_builtin(name, vec![base.clone()], layout);
    *c.module.borrow_mut() = module.into();
    c
}

impl Classes {
    pub fn build(t: &Types) -> Classes {
        let io_base = class("IOBase", "io", &t.object, Layout::Object);
        let raw_io_base = class("RawIOBase", "io", &io_base, Layout::Object);
        let buffered_io_base = class("BufferedIOBase", "io", &io_base, Layout::Object);
        let text_io_base = class("TextIOBase", "io", &io_base, Layout::Object);
        let unsupported_operation = Class::new_builtin(
            "UnsupportedOperation",
            vec![t.os_error.clone(), t.value_error.clone()],
            Layout::Exception,
        );
        *unsupported_operation.module.borrow_mut() = "io".into();
        Classes {
            file_io: class("FileIO", "_io", &raw_io_base, Layout::Builtin),
            buffered_reader: class("BufferedReader", "_io", &buffered_io_base, Layout::Builtin),
            buffered_writer: class("BufferedWriter", "_io", &buffered_io_base, Layout::Builtin),
            buffered_random: class("BufferedRandom", "_io", &buffered_io_base, Layout::Builtin),
            text_io_wrapper: class("TextIOWrapper", "_io", &text_io_base, Layout::Builtin),
            string_io: class("StringIO", "_io", &text_io_base, Layout::Builtin),
            bytes_io: class("BytesIO", "_io", &buffered_io_base, Layout::Builtin),
            io_base,
            raw_io_base,
            buffered_io_base,
            text_io_base,
            unsupported_operation,
        }
    }

    /// Fill in the classes' methods (once, with the builtins).
    pub fn install(&self, t: &Types) {
        iobase::install(self, t);
        file::install(self, t);
        method(
            &self.text_io_wrapper.dict,
            "TextIOWrapper",
            "__new__",
            wrapper::text_io_wrapper_new,
        );
        for (cls, name, new) in [
            (
                &self.buffered_reader,
                "BufferedReader",
                wrapper::buffered_reader_new as NativeFn,
            ),
            (
                &self.buffered_writer,
                "BufferedWriter",
                wrapper::buffered_writer_new,
            ),
            (
                &self.buffered_random,
                "BufferedRandom",
                wrapper::buffered_random_new,
            ),
        ] {
            method(&cls.dict, name, "__new__", new);
        }
        memory::install(self, t);
        readinto::install(self, t);
    }
}

/// The io classes of this interpreter.
pub fn classes(t: &Types) -> &Classes {
    t.io_classes()
}

/// Register methods and read-only attributes on a class.
pub(crate) fn install_methods(
    t: &Types,
    cls: &Class,
    owner: &'static str,
    methods: &[(&'static str, NativeFn)],
    getters: &[(&'static str, NativeFn)],
) {
    for (name, f) in methods {
        method(&cls.dict, owner, name, *f);
    }
    for (name, f) in getters {
        getter(t, &cls.dict, owner, name, *f);
    }
}

/// `io.UnsupportedOperation(msg)`.
#[cold]
pub fn unsupported(t: &Types, msg: &str) -> PyErr {
    PyErr::new(&classes(t).unsupported_operation, msg)
}

/// The `io` module.
pub fn module(t: &Types) -> Rc<PyDict> {
    let c = classes(t);
    let m = Rc::new(PyDict::new());
    for cls in [
        &c.io_base,
        &c.raw_io_base,
        &c.buffered_io_base,
        &c.text_io_base,
        &c.file_io,
        &c.buffered_reader,
        &c.buffered_writer,
        &c.buffered_random,
        &c.text_io_wrapper,
        &c.string_io,
        &c.bytes_io,
        &c.unsupported_operation,
    ] {
        m.set_by_str(&cls.name(), Value::Class(cls.clone()));
    }
    m.set_by_str("DEFAULT_BUFFER_SIZE", Value::Int(stream::CHUNK as i64));
    m.set_by_str("SEEK_SET", Value::Int(0));
    m.set_by_str("SEEK_CUR", Value::Int(1));
    m.set_by_str("SEEK_END", Value::Int(2));
    def(&m, "open", open::open);
    m
}
