//! Dynamic code: `compile`, `eval` and `exec`, and the SyntaxError instance a compile
//! failure raises (with `msg`, `filename`, `lineno`, `offset`, `text` as CPython sets
//! them). Without explicit namespaces `eval`/`exec` use the calling frame's globals and
//! locals (a snapshot in functions, as CPython 3.11); the dispatch loop passes them in.
//! It is not the compiler itself, nor module import (pylib, call.rs).

use super::Vm;
use crate::ast::{Module, Stmt, StmtKind};
use crate::compiler::bytecode::SourceFile;
use crate::compiler::{compile, CompileMode};
use crate::runtime::class::Instance;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::{Args, CodeObj, Interned};
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::value::Value;
use crate::syntax_error::SyntaxError;
use std::rc::Rc;

/// The namespaces of the frame that called `eval`/`exec`.
pub struct CallerScope {
    pub globals: Rc<PyDict>,
    pub locals: Rc<PyDict>,
}

/// Compile `text` as `compile()` does in `mode` ("exec", "eval" or "single").
pub fn compile_source(
    t: &crate::runtime::types::Types,
    text: &str,
    filename: &str,
    mode: &str,
    interned: &Interned,
) -> PyResult<Rc<CodeObj>> {
    let source = Rc::new(SourceFile {
        name: filename.into(),
        text: text.into(),
    });
    let err = |e: SyntaxError| syntax_error_value(t, &source, &e, false);
    let (module, cmode) = match mode {
        "exec" => (
            crate::parser::parse_module(text).map_err(err)?,
            CompileMode::Module,
        ),
        "single" => {
            // The interactive tokenizer adds no newline to a last line that has none.
            let err = |e: SyntaxError| syntax_error_at(t, &source, &e, false, None, true);
            let module = crate::parser::parse_module(text).map_err(err)?;
            // One interactive statement: a line of simple statements (`a; b`) or one
            // compound statement; a statement starting on a later line is refused.
            let line = |at: u32| {
                text.as_bytes()[..(at as usize).min(text.len())]
                    .iter()
                    .filter(|&&c| c == b'\n')
                    .count()
            };
            if let Some(first) = module.body.first() {
                let first_line = line(first.span.end);
                let later = module.body[1..]
                    .iter()
                    .position(|st| line(st.span.start) != first_line);
                if let Some(at) = later {
                    // CPython points just past the statements of the first line.
                    let end = module.body[at].span.end;
                    return Err(err(SyntaxError::new(
                        crate::syntax_error::SyntaxErrorKind::SyntaxError,
                        "multiple statements found while compiling a single statement",
                        crate::ast::Span { start: end, end },
                    )));
                }
            }
            if let Some(at) = unfinished_one_line_suite(text, &module) {
                let e = SyntaxError::new(
                    crate::syntax_error::SyntaxErrorKind::SyntaxError,
                    "invalid syntax",
                    crate::ast::Span { start: at, end: at },
                );
                return Err(syntax_error_at(t, &source, &e, false, Some(0), true));
            }
            (module, CompileMode::Interactive)
        }
        "eval" => {
            let expr = crate::parser::parse_expression(text).map_err(err)?;
            let span = expr.span;
            let stmt = Stmt {
                span,
                kind: StmtKind::Expr(expr),
            };
            (Module { body: vec![stmt] }, CompileMode::Eval)
        }
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    // Errors found after parsing carry no source line, as CPython's compiler reports
    // them for a string that is not a file.
    let code = compile(&module, source.clone(), cmode)
        .map_err(|e| syntax_error_value(t, &source, &e, true))?;
    Ok(CodeObj::new(t, code, interned))
}

/// Where `compile(text, name, 'single')` fails for a compound statement whose last line
/// is a header with its suite on it (`if 1: pass`, `@d\ndef f(): pass`) when the text
/// has no final newline: CPython's interactive grammar wants a NEWLINE after the
/// compound statement, and at the end of such a line its tokenizer has given only one.
/// An indented last line (`if 1:\n  pass`) ends a block, which is complete.
fn unfinished_one_line_suite(text: &str, module: &Module) -> Option<u32> {
    if text.ends_with('\n') || text.ends_with('\r') {
        return None;
    }
    let last = module.body.last()?;
    let compound = last.kind.is_compound();
    let line_start = text.rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let indented = text[line_start..].starts_with([' ', '\t', '\x0c']);
    (compound && !indented).then_some(line_start as u32)
}

/// The SyntaxError (or IndentationError) instance for a compile failure.
#[cold]
fn syntax_error_value(
    t: &crate::runtime::types::Types,
    source: &SourceFile,
    e: &SyntaxError,
    compile_stage: bool,
) -> PyErr {
    syntax_error_at(t, source, e, compile_stage, None, false)
}

/// [`syntax_error_value`] with CPython's offset when it is not the span's column, and
/// for `compile(..., 'single')` (`interactive`), whose last line keeps its lack of a
/// final newline in `text`.
#[cold]
fn syntax_error_at(
    t: &crate::runtime::types::Types,
    source: &SourceFile,
    e: &SyntaxError,
    compile_stage: bool,
    offset: Option<usize>,
    interactive: bool,
) -> PyErr {
    let cls = match e.kind.class_name() {
        "IndentationError" => t.indentation_error.clone(),
        "TabError" => t.tab_error.clone(),
        _ => t.syntax_error.clone(),
    };
    let lineno = source.line_of(e.span.start);
    let line_start = source.text[..(e.span.start as usize).min(source.text.len())]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = source.line_text(lineno);
    let offset = if let Some(offset) = offset {
        offset
    } else if e.message == "unexpected indent" {
        // CPython's offset is the indentation's width (at least 1).
        line.chars()
            .take_while(|c| c.is_whitespace())
            .count()
            .max(1)
    } else {
        source.text[line_start..(e.span.start as usize).min(source.text.len())]
            .chars()
            .count()
            + 1
    };
    let text = if compile_stage || (line.is_empty() && source.text.is_empty()) {
        Value::None
    } else if interactive
        && !source.text.ends_with(['\n', '\r'])
        && !source.text[line_start..].contains(['\n', '\r'])
    {
        Value::str(line)
    } else {
        Value::str(&format!("{line}\n"))
    };
    let (end_lineno, end_offset) = syntax_error_end(source, e, lineno, offset);
    let details = Value::tuple(vec![
        Value::str(&source.name),
        Value::Int(lineno as i64),
        Value::Int(offset as i64),
        text.clone(),
        Value::Int(end_lineno as i64),
        Value::Int(end_offset),
    ]);
    let inst = Instance::new_exception(cls, Value::tuple(vec![Value::str(&e.message), details]));
    inst.set_attr_by_str("msg", Value::str(&e.message));
    inst.set_attr_by_str("filename", Value::str(&source.name));
    inst.set_attr_by_str("lineno", Value::Int(lineno as i64));
    inst.set_attr_by_str("offset", Value::Int(offset as i64));
    inst.set_attr_by_str("text", text);
    inst.set_attr_by_str("end_lineno", Value::Int(end_lineno as i64));
    inst.set_attr_by_str("end_offset", Value::Int(end_offset));
    PyErr::from_instance(inst)
}

/// Where a compile error's underlined range ends (`end_lineno`, `end_offset`): the end
/// of its span, at least one column past `offset`; -1 for an unexpected indent, whose
/// range CPython leaves open.
#[cold]
fn syntax_error_end(
    source: &SourceFile,
    e: &SyntaxError,
    lineno: usize,
    offset: usize,
) -> (usize, i64) {
    if e.message == "unexpected indent" {
        return (lineno, -1);
    }
    let end = (e.span.end.max(e.span.start) as usize).min(source.text.len());
    let end_lineno = source.line_of(end as u32);
    let end_line_start = source.text[..end].rfind('\n').map_or(0, |i| i + 1);
    let end_offset = source.text[end_line_start..end].chars().count() as i64 + 1;
    if end_lineno == lineno && end_offset <= offset as i64 {
        return (lineno, offset as i64 + 1);
    }
    (end_lineno, end_offset)
}

/// `SyntaxError.__str__`: `msg (filename, line N)` when the location is known.
pub fn syntax_error_str(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.pos().first() else {
        return Err(type_error(
            "descriptor '__str__' requires a 'SyntaxError' object",
        ));
    };
    let exc = Value::Instance(inst.clone());
    let msg = match inst.get_attr_by_str("msg") {
        Some(m) => vm.str(&m)?,
        None => {
            return Ok(Value::str(&crate::runtime::builtins::exception_str(
                vm, &exc,
            )?))
        }
    };
    let file = inst.get_attr_by_str("filename");
    let line = inst.get_attr_by_str("lineno");
    Ok(Value::str(&match (file, line) {
        (Some(Value::Str(f)), Some(Value::Int(l))) => {
            let base = f.as_str().rsplit('/').next().unwrap_or("");
            format!("{msg} ({base}, line {l})")
        }
        (_, Some(Value::Int(l))) => format!("{msg} (line {l})"),
        _ => msg,
    }))
}

fn text_arg(vm: &Vm, v: &Value, fname: &str) -> PyResult<Option<String>> {
    match v {
        Value::Str(s) => Ok(Some(s.as_str().to_string())),
        Value::Native(n) => match &n.data {
            NativeData::Bytes(b) => Ok(Some(String::from_utf8_lossy(b).into_owned())),
            NativeData::Code(_) => Ok(None),
            _ => Err(bad_source(vm, v, fname)),
        },
        _ => Err(bad_source(vm, v, fname)),
    }
}

#[cold]
fn bad_source(vm: &Vm, v: &Value, fname: &str) -> PyErr {
    let _ = (vm, v);
    let what = if fname == "compile" {
        "string, bytes or AST object"
    } else {
        "string, bytes or code object"
    };
    type_error(format!("{fname}() arg 1 must be a {what}"))
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    const NAMES: [&str; 7] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
        "_feature_version",
    ];
    const COMPILE: Signature = Signature::new("compile", &NAMES).required(3).kwonly(1);
    let p = COMPILE.bind(&args)?;
    let (source, filename, mode) = (p.req(0), p.req(1), p.req(2));
    if let Some(result) =
        crate::runtime::builtins::ast_export::compile_through_ast(vm, args, source, p.given(3))?
    {
        return Ok(result);
    }
    let Some(text) = text_arg(vm, source, "compile")? else {
        return Ok(source.clone());
    };
    let filename = match filename {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_of(other).name()
            )))
        }
    };
    let Value::Str(mode) = mode else {
        return Err(type_error(format!(
            "compile() argument 'mode' must be str, not {}",
            crate::runtime::builtins::arg_type_name(vm, mode)
        )));
    };
    let code = compile_source(vm.types(), &text, &filename, mode.as_str(), &vm.interned)?;
    Ok(NativeObj::code(vm.types(), code))
}

/// `eval(source, globals=None, locals=None, /)`, a positional-only tuple.
const EVAL: Signature = Signature::new("eval", &["source", "globals", "locals"])
    .required(1)
    .positional_only("eval");
/// `exec(source, globals=None, locals=None, /, *, closure=None)`, argument clinic; a
/// closure is not supported and is ignored.
const EXEC: Signature = Signature::new("exec", &["source", "globals", "locals", "closure"])
    .required(1)
    .posonly(3)
    .kwonly(1);

/// `eval(source, globals=None, locals=None)` / `exec(...)`, with the caller's namespaces.
pub fn eval_or_exec(
    vm: &mut Vm,
    fname: &str,
    args: Args<'_>,
    caller: Option<CallerScope>,
) -> PyResult<Value> {
    let p = if fname == "exec" {
        EXEC.bind(&args)?
    } else {
        EVAL.bind(&args)?
    };
    let source = p.req(0);
    let globals = p.given(1).cloned();
    let locals = p.given(2).cloned();
    let globals = match globals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(other) => {
            let what = if fname == "exec" {
                format!(
                    "exec() globals must be a dict, not {}",
                    vm.type_of(&other).name()
                )
            } else {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            };
            return Err(type_error(what));
        }
    };
    // A mapping that is not a dict: the code's name operations go through its methods.
    let mut mapping = None;
    let locals = match locals {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(m @ Value::Instance(_)) if vm.type_of(&m).lookup_str("__getitem__").is_some() => {
            mapping = Some(m);
            Some(Rc::new(PyDict::new()))
        }
        Some(other) => {
            return Err(type_error(if fname == "exec" {
                format!(
                    "locals must be a mapping or None, not {}",
                    vm.type_of(&other).name()
                )
            } else {
                "locals must be a mapping".to_string()
            }))
        }
    };
    let (globals, locals) = match (globals, locals, caller) {
        (Some(g), l, _) => {
            let l = l.unwrap_or_else(|| g.clone());
            (g, l)
        }
        (None, l, Some(c)) => {
            let l = l.unwrap_or(c.locals);
            (c.globals, l)
        }
        (None, _, None) => {
            return Err(crate::runtime::error::runtime_error(format!(
                "{fname}() called without a frame needs explicit globals"
            )))
        }
    };
    if globals.get_by_str("__builtins__").is_none() {
        globals.set_by_str(
            "__builtins__",
            NativeObj::module(vm.types(), "builtins", vm.builtins.clone()),
        );
    }
    let code = match text_arg(vm, source, fname)? {
        Some(text) => {
            let text = if fname == "eval" {
                text.trim_start_matches([' ', '\t'])
            } else {
                &text
            };
            compile_source(vm.types(), text, "<string>", fname, &vm.interned)?
        }
        None => match source {
            Value::Native(n) => match &n.data {
                NativeData::Code(c) => c.clone(),
                _ => return Err(bad_source(vm, source, fname)),
            },
            _ => return Err(bad_source(vm, source, fname)),
        },
    };
    let r = match mapping {
        None => vm.run_code(code, globals, Some(locals))?,
        Some(m) => {
            let frame = vm.new_frame(&code, &globals, Some(locals));
            match vm.run_frame_in_mapping(frame, m)? {
                super::Halt::Return(v) => v,
                super::Halt::Yield(_) => Value::None,
            }
        }
    };
    Ok(if fname == "exec" { Value::None } else { r })
}

/// The builtins when called from native code (no frame at hand): namespaces must be given.
pub fn builtin_eval(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    eval_or_exec(vm, "eval", args, None)
}

pub fn builtin_exec(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    eval_or_exec(vm, "exec", args, None)
}
