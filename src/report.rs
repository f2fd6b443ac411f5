//! What a person sees when something goes wrong: syntax errors as miette diagnostics and
//! uncaught exceptions as CPython-style tracebacks (with chained causes and contexts).
//! Plain text when stderr is not a terminal or NO_COLOR is set.

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

/// Render a syntax error as a miette diagnostic.
pub fn render_syntax_error(err: &SyntaxError, source: &SourceFile) -> String {
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

/// CPython's traceback text for an uncaught exception, chained exceptions first. On a
/// color terminal the failing expression of the innermost frame is then shown as a miette
/// snippet with the exception as its label.
pub fn render_traceback(vm: &mut Vm, e: &PyErr) -> String {
    let mut out = String::new();
    let mut seen: Vec<*const ()> = Vec::new();
    render_chain(vm, e, &mut out, &mut seen);
    if color_enabled() {
        if let Some(snippet) = failing_span_snippet(vm, e) {
            out.push('\n');
            out.push_str(&snippet);
        }
    }
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
        Some(location) => {
            out.push_str(&location);
            out.push_str(&e.class().name());
            if let Some(Value::Str(msg)) = e.0.dict.get_by_str("msg") {
                out.push_str(": ");
                out.push_str(msg.as_str());
            }
        }
        None => out.push_str(&exception_line(vm, e)),
    }
    out.push('\n');
    for note in e.data().notes.clone() {
        if let Value::Str(s) = note {
            out.push_str(s.as_str());
            out.push('\n');
        }
    }
}

/// For a SyntaxError raised by compile/eval/exec: the `File ..., line N` entry, the
/// offending line and a caret under the offset, as CPython prints them before
/// `SyntaxError: msg`.
fn syntax_error_location(e: &PyErr) -> Option<String> {
    if !e.class().is_subclass(&types().syntax_error) {
        return None;
    }
    let d = &e.0.dict;
    let (Some(Value::Str(file)), Some(Value::Int(lineno))) =
        (d.get_by_str("filename"), d.get_by_str("lineno"))
    else {
        return None;
    };
    let mut out = format!("  File \"{}\", line {lineno}\n", file.as_str());
    if let Some(Value::Str(text)) = d.get_by_str("text") {
        let rtext = text.as_str().trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str(&format!("    {ltext}\n"));
        if let Some(Value::Int(offset)) = d.get_by_str("offset") {
            let col = offset - 1 - spaces as i64;
            if col >= 0 && (col as usize) < ltext.chars().count() {
                let pad: String = ltext
                    .chars()
                    .take(col as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                out.push_str(&format!("    {pad}^\n"));
            }
        }
    }
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
