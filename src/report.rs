//! What a person sees when something goes wrong: syntax errors as miette diagnostics on a
//! color terminal (as CPython prints them otherwise) and uncaught exceptions as
//! CPython-style tracebacks (with chained causes and contexts). Plain text when stderr is
//! not a terminal or NO_COLOR is set.

use crate::compiler::bytecode::SourceFile;
use crate::runtime::error::PyErr;
use crate::runtime::instance_ref::InstanceRef;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::syntax_error::SyntaxError;
use crate::vm::Vm;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use std::fmt;
use std::io::IsTerminal;

/// Whether stderr gets colors.
pub fn color_enabled() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

#[derive(Debug)]
struct SyntaxDiagnostic {
    err: SyntaxError,
    src: NamedSource<String>,
    line: usize,
    column: usize,
}

impl fmt::Display for SyntaxDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.err.kind.class_name(), self.err.message)
    }
}

impl std::error::Error for SyntaxDiagnostic {}

impl Diagnostic for SyntaxDiagnostic {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let start = self.err.span.start as usize;
        let len = (self.err.span.end.saturating_sub(self.err.span.start)) as usize;
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some(self.err.label.clone()),
            start,
            len,
        ))))
    }

    fn help(&self) -> Option<Box<dyn fmt::Display + '_>> {
        let loc = format!("  --> {}:{}:{}", self.src.name(), self.line, self.column);
        match &self.err.help {
            Some(h) => Some(Box::new(format!("{h}\n{loc}"))),
            None => Some(Box::new(loc)),
        }
    }
}

/// Render a syntax error: as a miette diagnostic on a color terminal, otherwise as the
/// text CPython prints (so that redirected output matches CPython's byte for byte).
pub fn render_syntax_error(err: &SyntaxError, source: &SourceFile) -> String {
    if !color_enabled() {
        return cpython_syntax_error_text(err, source);
    }
    let text = source.text.to_string();
    let offset = (err.span.start as usize).min(text.len());
    let line = source.line_of(offset as u32);
    let line_start = text[..offset].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let column = text[line_start..offset].chars().count() + 1;
    let diag = SyntaxDiagnostic {
        err: err.clone(),
        src: NamedSource::new(&*source.name, text),
        line,
        column,
    };
    let theme = if color_enabled() {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let mut out = String::new();
    let handler = GraphicalReportHandler::new_themed(theme);
    if handler.render_report(&mut out, &diag).is_err() {
        out = format!("{diag}\n");
    }
    out
}

/// CPython's report of a syntax error: the file and line, the offending line without
/// its indentation, carets under the error's columns (to the end of the line when the
/// error spans several lines; one caret when it is empty), then `SyntaxError: message`.
fn cpython_syntax_error_text(err: &SyntaxError, source: &SourceFile) -> String {
    let text = &*source.text;
    let start = (err.span.start as usize).min(text.len());
    let end = (err.span.end as usize).clamp(start, text.len());
    let line = source.line_of(start as u32);
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let content = &text[line_start..line_end];
    let column = text[line_start..start].chars().count();
    let end_column = text[line_start..end.min(line_end)].chars().count();
    let carets = end_column.saturating_sub(column).max(1);
    let body = content.trim_start_matches([' ', '\t', '\x0c']);
    let indent = content.chars().count() - body.chars().count();
    let mut out = format!("  File \"{}\", line {line}\n", source.name);
    if !body.is_empty() || column >= indent {
        out.push_str(&format!("    {body}\n"));
        if column >= indent {
            let pad = " ".repeat(column - indent);
            out.push_str(&format!("    {pad}{}\n", "^".repeat(carets)));
        }
    }
    out.push_str(&format!("{}: {}\n", err.kind.class_name(), err.message));
    out
}

/// CPython's traceback text for an uncaught exception, chained exceptions first. On a
/// color terminal the failing expression of the innermost frame is then shown as a miette
/// snippet with the exception as its label.
pub fn render_traceback(vm: &mut Vm, e: &PyErr) -> String {
    render(vm, e, false)
}

/// [`render_traceback`] for an exception nobody caught, as `sys.excepthook` prints it:
/// NameError and AttributeError lines get CPython's "Did you mean" suggestion.
pub fn render_uncaught(vm: &mut Vm, e: &PyErr) -> String {
    render(vm, e, true)
}

fn render(vm: &mut Vm, e: &PyErr, suggest: bool) -> String {
    let mut ctx = PrintContext {
        suggest,
        ..PrintContext::default()
    };
    let mut out = String::new();
    render_chain(vm, e, &mut ctx, &mut out);
    if color_enabled() {
        if let Some(snippet) =
            syntax_error_snippet(e, vm.types()).or_else(|| failing_span_snippet(vm, e))
        {
            out.push('\n');
            out.push_str(&snippet);
        }
    }
    out
}

/// A SyntaxError raised for another file (an import, `compile`) as a miette snippet of
/// that file, when the file can be read.
fn syntax_error_snippet(e: &PyErr, t: &Types) -> Option<String> {
    if !e.is_instance(&t.syntax_error) {
        return None;
    }
    let dict = e.instance(t).dict();
    let (Some(Value::Str(file)), Some(Value::Int(line)), Some(Value::Int(offset))) = (
        dict.get_by_str("filename"),
        dict.get_by_str("lineno"),
        dict.get_by_str("offset"),
    ) else {
        return None;
    };
    let text = std::fs::read_to_string(file.as_str()).ok()?;
    let line_start: usize = text
        .split_inclusive('\n')
        .take((line.max(1) - 1) as usize)
        .map(str::len)
        .sum();
    let line_text = text[line_start..].lines().next().unwrap_or("");
    let column: usize = line_text
        .chars()
        .take((offset.max(1) - 1) as usize)
        .map(char::len_utf8)
        .sum();
    let start = (line_start + column) as u32;
    let message = match dict.get_by_str("msg") {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => String::new(),
    };
    let err = SyntaxError::syntax(
        message,
        crate::ast::Span {
            start,
            end: start + 1,
        },
    );
    let source = SourceFile {
        name: file.as_str().into(),
        text: text.into(),
    };
    Some(render_syntax_error(&err, &source))
}

/// The plain text of [`render_traceback`], never with a snippet: what Python code that
/// formats an exception (doctest, `traceback`) gets.
pub fn traceback_text(vm: &mut Vm, e: &PyErr) -> String {
    let mut ctx = PrintContext::default();
    let mut out = String::new();
    render_chain(vm, e, &mut ctx, &mut out);
    out
}
#[derive(Debug)]
struct RuntimeDiagnostic {
    message: String,
    src: NamedSource<String>,
    start: usize,
    len: usize,
}

impl fmt::Display for RuntimeDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RuntimeDiagnostic {}

impl Diagnostic for RuntimeDiagnostic {
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.src)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new(
            Some("raised here".into()),
            self.start,
            self.len,
        ))))
    }
}

/// The innermost traceback entry's span, labelled, through miette.
fn failing_span_snippet(vm: &mut Vm, e: &PyErr) -> Option<String> {
    let entry = e.data().traceback.first().cloned()?;
    let code = &entry.code.code;
    let span = *code.spans.get(entry.ip)?;
    let text = code.source.text.to_string();
    if (span.end as usize) > text.len() || span.start > span.end {
        return None;
    }
    let diag = RuntimeDiagnostic {
        message: exception_line(vm, e),
        src: NamedSource::new(&*code.source.name, text),
        start: span.start as usize,
        len: (span.end - span.start) as usize,
    };
    let mut out = String::new();
    GraphicalReportHandler::new_themed(GraphicalTheme::unicode())
        .render_report(&mut out, &diag)
        .ok()?;
    Some(out)
}

/// Where the report of an exception tree is: the exceptions already shown (a chain is
/// never shown twice), how deep in groups, and whether the innermost group still owes
/// its closing line. CPython's rules, as its `traceback` module words them.
#[derive(Default)]
struct PrintContext {
    seen: Vec<*const ()>,
    depth: usize,
    need_close: bool,
    /// Append "Did you mean" to NameError/AttributeError lines (the uncaught report).
    suggest: bool,
}

/// CPython's limits on how much of a group tree is shown.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text` with every line (blank ones too) behind the group margin.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

/// An exception with its causes and contexts first.
fn render_chain(vm: &mut Vm, e: &PyErr, ctx: &mut PrintContext, out: &mut String) {
    let inst = e.instance(vm.types());
    ctx.seen.push(InstanceRef::as_ptr(&inst) as *const ());
    let (cause, context, suppress) = {
        let d = e.data();
        (d.cause.clone(), d.context.clone(), d.suppress_context)
    };
    let as_err = |v: &Value| match v {
        Value::Instance(i) if i.exc_data().is_some() => Some(PyErr::from_instance(i.clone())),
        _ => None,
    };
    let chained = match (
        cause.as_ref().and_then(as_err),
        context.as_ref().and_then(as_err),
    ) {
        (Some(c), _) => Some((
            c,
            "The above exception was the direct cause of the following exception:",
        )),
        (None, Some(c)) if !suppress => Some((
            c,
            "During handling of the above exception, another exception occurred:",
        )),
        _ => None,
    };
    if let Some((c, message)) = chained {
        let c_inst = c.instance(vm.types());
        if !ctx
            .seen
            .contains(&(InstanceRef::as_ptr(&c_inst) as *const ()))
        {
            let need_close = ctx.need_close;
            render_chain(vm, &c, ctx, out);
            ctx.need_close = need_close;
            ctx.emit(out, &format!("\n{message}\n\n"), '|');
        }
    }
    match crate::runtime::builtins::exception_group::members(&e.value(vm.types())) {
        Some(members) => render_group(vm, e, &members, ctx, out),
        None => {
            if !e.data().traceback.is_empty() {
                let text = format!("Traceback (most recent call last):\n{}", frames_text(e));
                ctx.emit(out, &text, '|');
            }
            let text = exception_only_suggesting(vm, e, ctx.suggest);
            ctx.emit(out, &text, '|');
        }
    }
}

/// A group: its own traceback and line, then each member in a numbered box.
fn render_group(
    vm: &mut Vm,
    e: &PyErr,
    members: &[Value],
    ctx: &mut PrintContext,
    out: &mut String,
) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            out,
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        );
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !e.data().traceback.is_empty() {
        let text = format!(
            "Exception Group Traceback (most recent call last):\n{}",
            frames_text(e)
        );
        let header_end = text.find('\n').map_or(text.len(), |i| i + 1);
        let margin = if ctx.depth == 1 { '+' } else { '|' };
        ctx.emit(out, &text[..header_end], margin);
        ctx.emit(out, &text[header_end..], '|');
    }
    let text = exception_only_suggesting(vm, e, ctx.suggest);
    ctx.emit(out, &text, '|');
    let shown = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, member) in members.iter().take(shown).enumerate() {
        let last = i + 1 == shown;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        let corner = if i == 0 { "+-" } else { "  " };
        out.push_str(&format!(
            "{}{corner}+---------------- {title} ----------------\n",
            ctx.indent()
        ));
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            let text = format!("and {remaining} more exception{plural}\n");
            ctx.emit(out, &text, '|');
        } else if let Value::Instance(inst) = member {
            render_chain(vm, &PyErr::from_instance(inst.clone()), ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// Identical frames in a row (same file, line and function) shown before CPython folds
/// the rest into "[Previous line repeated N more times]".
const REPEAT_SHOWN: usize = 3;

/// The `  File ..., line N, in f` lines with their source lines, outermost first; a run
/// of identical frames (runaway recursion) is cut after three, as CPython prints it.
fn frames_text(e: &PyErr) -> String {
    let mut out = String::new();
    let entries = e.data().traceback.clone();
    let mut last: Option<(String, usize, String)> = None;
    let mut count = 0;
    for entry in entries.iter().rev() {
        let code = &entry.code.code;
        let key = (
            code.source.name.to_string(),
            code.line_of(entry.ip),
            code.name.to_string(),
        );
        if last.as_ref() != Some(&key) {
            push_repeated(&mut out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= REPEAT_SHOWN {
            out.push_str(&frame_text(code, entry.ip));
        }
    }
    push_repeated(&mut out, count);
    out
}

/// The line standing for the frames of a run past the first [`REPEAT_SHOWN`].
fn push_repeated(out: &mut String, count: usize) {
    if count > REPEAT_SHOWN {
        let more = count - REPEAT_SHOWN;
        let s = if more > 1 { "s" } else { "" };
        out.push_str(&format!("  [Previous line repeated {more} more time{s}]\n"));
    }
}

/// One frame of a traceback: its `  File ..., line N, in f` line, then its source line
/// and position markers where CPython shows them.
pub fn frame_text(code: &crate::compiler::bytecode::Code, ip: usize) -> String {
    let line = code.line_of(ip);
    let mut out = format!(
        "  File \"{}\", line {}, in {}\n",
        code.source.name, line, code.name
    );
    let text = code.source.line_text(line).trim();
    if !text.is_empty() && source_is_shown(&code.source.name) {
        out.push_str(&format!("    {text}\n"));
        if let Some(markers) = crate::report_markers::marker_line(code, ip) {
            out.push_str(&markers);
        }
    }
    out
}

/// Whether CPython would find the source of a frame's file to show its line: not for
/// `<string>` (exec, eval, compile) or `<stdin>`, which `linecache` cannot read; doctest
/// registers its `<doctest ...>` examples there, so those are shown.
fn source_is_shown(name: &str) -> bool {
    !(name.starts_with('<') && name.ends_with('>')) || name.starts_with("<doctest ")
}

/// The exception's line (or a SyntaxError's location and line), then its notes.
pub fn exception_only(vm: &mut Vm, e: &PyErr) -> String {
    exception_only_suggesting(vm, e, false)
}

fn exception_only_suggesting(vm: &mut Vm, e: &PyErr, suggest: bool) -> String {
    let mut out = match syntax_error_location(e, vm.types()) {
        Some(location) => location,
        None => {
            let mut line = exception_line(vm, e);
            if suggest {
                if let Some(hint) = crate::report_suggestions::suggestion(vm, e) {
                    line.push_str(&hint);
                }
            }
            line.push('\n');
            line
        }
    };
    out.push_str(&notes_text(vm, e));
    out
}

/// `__notes__` as CPython prints them: each note's str on its own lines; a `__notes__`
/// that is not a sequence by its repr.
fn notes_text(vm: &mut Vm, e: &PyErr) -> String {
    let notes = match vm.getattr_opt(&e.value(vm.types()), "__notes__") {
        Ok(Some(n)) => n,
        _ => return String::new(),
    };
    let items = match &notes {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => vm.collect(&notes).ok(),
        _ => None,
    };
    let mut out = String::new();
    match items {
        Some(items) => {
            for note in items {
                let text = vm
                    .str(&note)
                    .unwrap_or_else(|_| "<note str() failed>".to_string());
                out.push_str(&text);
                out.push('\n');
            }
        }
        None => {
            let text = vm
                .repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
            out.push_str(&text);
            out.push('\n');
        }
    }
    out
}

/// A SyntaxError that knows where it is (raised by an import or `compile`): CPython's
/// `  File "f.py", line 3`, the stripped source line, carets under the error, and the bare
/// message as its last line.
fn syntax_error_location(e: &PyErr, t: &Types) -> Option<String> {
    if !e.is_instance(&t.syntax_error) {
        return None;
    }
    let dict = e.instance(t).dict();
    let Some(Value::Str(msg)) = dict.get_by_str("msg") else {
        return None;
    };
    let int = |key: &str| match dict.get_by_str(key) {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    let filename = match dict.get_by_str("filename") {
        Some(Value::Str(f)) => Some(f.as_str().to_string()),
        _ => None,
    };
    let mut out = String::new();
    let mut suffix = String::new();
    match (int("lineno"), &filename) {
        (Some(line), _) => out.push_str(&format!(
            "  File \"{}\", line {line}\n",
            filename.as_deref().unwrap_or("<string>")
        )),
        (None, Some(f)) => suffix = format!(" ({f})"),
        (None, None) => {}
    }
    if let Some(Value::Str(text)) = dict.get_by_str("text") {
        let rtext = text.as_str().trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        if let Some(offset) = int("offset") {
            let mut end = int("end_offset").filter(|e| *e != 0).unwrap_or(offset);
            if end == offset || end == -1 {
                end = offset + 1;
            }
            let (col, end_col) = (offset - 1 - spaces, end - 1 - spaces);
            if col >= 0 {
                let lead: String = ltext
                    .chars()
                    .take(col as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let carets = "^".repeat((end_col - col).max(0) as usize);
                out.push_str(&format!("    {lead}{carets}\n"));
            }
        }
    }
    let class_name = e.class(t).name().to_string();
    let msg = if msg.as_str().is_empty() {
        "<no detail available>"
    } else {
        msg.as_str()
    };
    out.push_str(&format!("{class_name}: {msg}{suffix}\n"));
    Some(out)
}

/// `TypeError: message` (or just the class name when the message is empty).
pub fn exception_line(vm: &mut Vm, e: &PyErr) -> String {
    let cls = e.class(vm.types());
    let module = cls.module.borrow().clone();
    let name = if &*module == "builtins" || &*module == "__main__" {
        cls.qualname.borrow().to_string()
    } else {
        format!("{}.{}", module, cls.qualname.borrow())
    };
    let msg = match vm.str(&e.value(vm.types())) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
