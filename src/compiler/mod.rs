//! The compiler: AST to bytecode. Scope analysis decides where each name lives
//! (fast local, cell, free, global, class/module namespace); code generation emits
//! [`bytecode::Code`] objects. It knows nothing of runtime objects or the VM.

pub mod bytecode;
