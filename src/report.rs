//! What a person sees when something goes wrong: syntax errors as miette diagnostics on a
//! color terminal (as CPython prints them otherwise) and uncaught exceptions as
//! CPython-style tracebacks (with chained causes and contexts). Plain text when stderr is
//! not a terminal or NO_COLOR is set.

use crate::compiler::bytecode::SourceFile;
use crate::runtime::error::PyErr;
use crate::runtime::types::types;
use crate::runtime::value::Value;
use crate::syntax_error::SyntaxError;
use crate::vm::Vm;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource};
use std::fmt;
use std::io::IsTerminal;
use std::rc::Rc;

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
    let mut out = traceback_text(vm, e);
    if color_enabled() {
        if let Some(snippet) = syntax_error_snippet(e).or_else(|| failing_span_snippet(vm, e)) {
            out.push('\n');
            out.push_str(&snippet);
        }
    }
    out
}

/// A SyntaxError raised for another file (an import, `compile`) as a miette snippet of
/// that file, when the file can be read.
fn syntax_error_snippet(e: &PyErr) -> Option<String> {
    if !e.is_instance(&types().syntax_error) {
        return None;
    }
    let dict = e.0.dict();
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
    let mut out = String::new();
    let mut seen: Vec<*const ()> = Vec::new();
    render_chain(vm, e, &mut out, &mut seen);
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
    let code = &entry.code;
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

fn render_chain(vm: &mut Vm, e: &PyErr, out: &mut String, seen: &mut Vec<*const ()>) {
    seen.push(Rc::as_ptr(&e.0) as *const ());
    let (cause, context, suppress) = {
        let d = e.data();
        (d.cause.clone(), d.context.clone(), d.suppress_context)
    };
    let as_err = |v: &Value| match v {
        Value::Instance(i) if i.exc_data().is_some() => Some(PyErr(i.clone())),
        _ => None,
    };
    if let Some(c) = cause.as_ref().and_then(as_err) {
        if !seen.contains(&(Rc::as_ptr(&c.0) as *const ())) {
            render_chain(vm, &c, out, seen);
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        }
    } else if let (Some(c), false) = (context.as_ref().and_then(as_err), suppress) {
        if !seen.contains(&(Rc::as_ptr(&c.0) as *const ())) {
            render_chain(vm, &c, out, seen);
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
    }
    let entries = e.data().traceback.clone();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for entry in entries.iter().rev() {
            let code = &entry.code;
            let line = code.line_of(entry.ip);
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.source.name, line, code.name
            ));
            let text = code.source.line_text(line).trim();
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    match syntax_error_location(e) {
        Some(location) => out.push_str(&location),
        None => {
            out.push_str(&exception_line(vm, e));
            out.push('\n');
        }
    }
    for note in e.data().notes.clone() {
        if let Value::Str(s) = note {
            out.push_str(s.as_str());
            out.push('\n');
        }
    }
}

/// A SyntaxError that knows where it is (raised by an import or `compile`): CPython's
/// `  File "f.py", line 3`, the stripped source line, carets under the error, and the bare
/// message as its last line.
fn syntax_error_location(e: &PyErr) -> Option<String> {
    if !e.is_instance(&types().syntax_error) {
        return None;
    }
    let dict = e.0.dict();
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
    let class_name = e.class().name().to_string();
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
    let cls = e.class().clone();
    let module = cls.module.borrow().clone();
    let name = if &*module == "builtins" || &*module == "__main__" {
        cls.qualname.borrow().to_string()
    } else {
        format!("{}.{}", module, cls.qualname.borrow())
    };
    let msg = match vm.str(&e.value()) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let _ = types();
    if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    }
}
