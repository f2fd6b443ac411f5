//! coro: a small Python with built-in async.
//!
//! The pipeline, one direction only:
//! lexer -> parser -> ast -> compiler -> vm -> runtime -> event loop,
//! with the CLI and the REPL on top of one [`interpreter`] API.

pub mod ast;
pub mod compiler;
pub mod numeric;
pub mod syntax_error;
