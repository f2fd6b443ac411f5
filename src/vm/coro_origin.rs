//! Where coroutines were created, for debug mode's "coroutine ... was never awaited"
//! report ("Coroutine created at (most recent call last)"), as CPython's
//! `sys.set_coroutine_origin_tracking_depth`, which asyncio turns on while a loop in
//! debug mode runs.
//!
//! `Vm::coro_origins` is None until a debug-mode loop first runs; then each coroutine
//! created while `recording` gets its creation stack (the creating frame and the caller
//! trail, at most [`DEPTH`] frames) formatted and kept by the coroutine's address until
//! its never-awaited report takes it. Not a `warnings` filter, not `tracemalloc`.

use super::callers::Caller;
use super::frame::Frame;
use super::{Generator, Vm};
use crate::runtime::error::PyResult;
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use std::collections::HashMap;
use std::fmt::Write;

/// CPython asyncio's `DEBUG_STACK_DEPTH`.
pub const DEPTH: usize = 10;

#[derive(Default)]
pub struct Origins {
    /// Whether coroutines created now are tracked (a debug-mode loop is running).
    pub recording: bool,
    /// Coroutine address to its formatted creation stack.
    by_gen: HashMap<usize, String>,
    /// The frame calling the native function now running, which the caller trail does
    /// not hold: the innermost frame of a future's, task's or handle's creation stack.
    native_site: Option<Caller>,
}

fn entry(out: &mut String, file: &str, line: usize, name: &str, source: &str) {
    let _ = writeln!(out, "  File \"{file}\", line {line}, in {name}");
    let text = source.trim();
    if !text.is_empty() && !file.starts_with('<') {
        let _ = writeln!(out, "    {text}");
    }
}

impl Vm {
    /// Start (or stop) recording creation stacks; returns whether it was recording.
    pub fn track_coroutine_origins(&mut self, on: bool) -> bool {
        let origins = self.coro_origins.get_or_insert_with(Default::default);
        std::mem::replace(&mut origins.recording, on)
    }

    /// A coroutine was just created by `creator`: remember where (or forget a stale
    /// record at its address when not recording).
    #[cold]
    pub(crate) fn note_coroutine_origin(&mut self, gen: &Generator, creator: &Frame) {
        let key = gen as *const Generator as usize;
        let Some(origins) = self.coro_origins.as_mut() else {
            return;
        };
        if !origins.recording {
            origins.by_gen.remove(&key);
            return;
        }
        let mut frames = Vec::with_capacity(DEPTH);
        let code = &creator.code.code;
        let line = creator.current_line();
        frames.push((
            code.source.name.clone(),
            line,
            code.name.clone(),
            code.source.line_text(line),
        ));
        for c in self.callers.iter().rev().take(DEPTH - 1) {
            let code = &c.code().code;
            let line = c.line();
            frames.push((
                code.source.name.clone(),
                line,
                code.name.clone(),
                code.source.line_text(line),
            ));
        }
        let mut text = String::from("Coroutine created at (most recent call last)\n");
        for (file, line, name, source) in frames.iter().rev() {
            entry(&mut text, file, *line, name, source);
        }
        if let Some(origins) = self.coro_origins.as_mut() {
            origins.by_gen.insert(key, text.trim_end().to_string());
        }
    }

    /// Call a native function from frame `f` once debug mode was used, noting `f` as the
    /// native call site for the duration (see [`Vm::native_call_site`]).
    #[inline(never)]
    pub(crate) fn call_noting_site(
        &mut self,
        callee: &Value,
        args: Args<'_>,
        f: &Frame,
    ) -> PyResult<Value> {
        let site = Caller::new(f);
        let outer = self
            .coro_origins
            .as_mut()
            .and_then(|o| o.native_site.replace(site));
        let result = self.call(callee, args);
        if let Some(o) = self.coro_origins.as_mut() {
            o.native_site = outer;
        }
        result
    }

    /// The frame that called the native function running now, when debug mode was used
    /// (a debug-mode future, task or handle names it as where it was created).
    pub(crate) fn native_call_site(&self) -> Option<&Caller> {
        self.coro_origins.as_ref()?.native_site.as_ref()
    }

    /// The creation stack of the coroutine that was at `key`, taken.
    pub(crate) fn take_coroutine_origin(&mut self, key: usize) -> Option<String> {
        self.coro_origins.as_mut()?.by_gen.remove(&key)
    }
}
