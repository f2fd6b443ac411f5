//! The runtime: Python's object model (values, classes, containers, exceptions) and
//! the builtin functions, types and modules. The VM executes bytecode over these objects;
//! the event loop drives coroutines built from them.

pub mod alloc;
pub mod atexit;
pub mod attr_cache;
pub mod builtin_modules;
pub mod builtins;
pub mod bytes;
pub mod class;
pub mod codec_tables;
pub mod codecs;
pub mod combinatorics;
pub mod complex;
pub mod contextvars;
pub mod deque;
#[cfg(test)]
mod deque_tests;
pub mod dict;
#[cfg(test)]
mod dict_tests;
pub mod drop;
pub mod dunder_site;
pub mod error;
#[cfg(test)]
mod error_tests;
pub mod format;
pub mod function;
pub mod gc_header;
pub mod hashing;
pub mod init_memo;
pub mod instance_attrs;
#[cfg(test)]
mod instance_attrs_tests;
pub mod instance_ref;
pub mod io;
pub mod iter;
pub mod itertools_tools;
#[cfg(test)]
mod itertools_tools_tests;
pub mod list;
pub mod memoryview;
#[cfg(test)]
mod memoryview_tests;
pub mod method_cache;
pub mod native;
pub mod os;
pub mod pylib;
pub mod re;
pub mod set;
#[cfg(test)]
mod set_tests;
pub mod shape;
pub mod signal;
pub mod signature;
pub mod socket;
pub mod sqlite;
pub mod str;
pub mod str_build;
pub mod str_chars;
pub mod str_index;
pub mod string_hash;
pub mod subprocess;
pub mod traverse;
pub mod tuple;
pub mod types;
pub mod unix;
pub mod value;
pub mod value_array;
#[cfg(test)]
mod value_array_tests;
#[cfg(test)]
mod value_tests;
pub mod weakref;
pub mod xml;

pub use error::{PyErr, PyResult};
pub use value::Value;
