//! The compiler: AST to bytecode. Scope analysis decides where each name lives
//! (fast local, cell, free, global, class/module namespace); code generation emits
//! [`bytecode::Code`] objects. It knows nothing of runtime objects or the VM.

pub mod bytecode;
mod codegen;
pub mod disasm;
pub mod fuse;
#[cfg(test)]
mod fuse_tests;
pub mod future;
pub mod mangle;
pub mod symtable;
pub mod unparse;
pub mod verify;

use crate::ast;
use crate::syntax_error::SyntaxError;
use bytecode::{Code, SourceFile};
use future::FutureFeatures;
use std::rc::Rc;

/// What the source is compiled as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    /// A script or imported module.
    Module,
    /// One REPL input: expression statements echo their value (`PrintExpr`), and
    /// top-level `await`/`async for`/`async with` are allowed, making the module code a
    /// coroutine.
    Interactive,
    /// `eval()`: one expression whose value the code returns.
    Eval,
}

/// Compile a parsed module into its code object (nested code objects are constants).
pub fn compile(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: CompileMode,
) -> Result<Rc<Code>, SyntaxError> {
    compile_with_future(module, source, mode, FutureFeatures::default()).map(|(code, _)| code)
}

/// [`compile`] with future features already in force (an interactive session keeps
/// those of its earlier inputs); also returns the features in force afterwards.
pub fn compile_with_future(
    module: &ast::Module,
    source: Rc<SourceFile>,
    mode: CompileMode,
    inherited: FutureFeatures,
) -> Result<(Rc<Code>, FutureFeatures), SyntaxError> {
    let mut future = future::scan(module, &source)?;
    future.annotations |= inherited.annotations;
    let table = symtable::analyze(module, mode == CompileMode::Interactive, future)?;
    let code = codegen::compile_module(module, &table, source, mode, future)?;
    debug_assert!(
        verify::verify(&code).is_ok(),
        "compiler emitted inconsistent bytecode: {:?}",
        verify::verify(&code)
    );
    Ok((code, future))
}
