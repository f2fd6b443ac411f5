//! coro: a small Python with built-in async.
//!
//! The pipeline, one direction only:
//! lexer -> parser -> ast -> compiler -> vm -> runtime -> event loop,
//! with the CLI and the REPL on top of one interpreter API.

pub mod ast;
pub mod cli;
pub mod compiler;
pub mod event_loop;
pub mod golden;
pub mod interpreter;
pub mod lexer;
pub mod numeric;
pub mod parser;
pub mod repl;
pub mod report;
pub mod report_markers;
pub mod report_suggestions;
pub mod runtime;
pub mod syntax_error;
pub mod threads;
pub mod timeline;
pub mod unicode_data;
pub mod vm;
