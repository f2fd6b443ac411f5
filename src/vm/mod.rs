//! The virtual machine: frames, the dispatch loop, calls, and the operations on values
//! that may run Python code (attribute lookup, operators, comparisons, repr, iteration).
//!
//! [`Vm`] is the interpreter state of one thread. Python-to-Python calls and generator
//! resumption push frames on an explicit stack inside [`Vm::run`]; native code that calls
//! back into Python (a `key=` function, `__repr__`, ...) runs a nested loop, counted
//! against the same recursion limit.

pub mod frame;
pub mod generator;

pub use frame::Frame;
pub use generator::{GenState, Generator};

/// The interpreter state. (Filled in by the dispatch loop commit.)
pub struct Vm {}
