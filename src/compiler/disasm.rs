//! Human-readable listing of code objects, for tests and debugging: one instruction per
//! line with its resolved operand (constant, name, variable, jump target), then every
//! nested code object. It is a view only; nothing parses it back.

use super::bytecode::{Code, Constant, Instr};
use std::fmt::Write;

/// The listing of `code` and, after it, of every code object among its constants.
pub fn dump(code: &Code) -> String {
    let mut out = String::new();
    dump_into(code, &mut out);
    out
}

fn dump_into(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "code {} ({:?}, {:?}) args={} posonly={} kwonly={}{}{}",
        code.qualname,
        code.scope,
        code.kind,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        if code.has_varargs { " *args" } else { "" },
        if code.has_varkw { " **kwargs" } else { "" },
    );
    let list = |names: &[crate::ast::Name]| {
        names
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !code.varnames.is_empty() {
        let _ = writeln!(out, "  varnames: {}", list(&code.varnames));
    }
    if !code.cellvars.is_empty() {
        let _ = writeln!(out, "  cellvars: {}", list(&code.cellvars));
    }
    if !code.freevars.is_empty() {
        let _ = writeln!(out, "  freevars: {}", list(&code.freevars));
    }
    for (ip, instr) in code.instrs.iter().enumerate() {
        let op = format!("{instr:?}");
        let note = operand_note(code, *instr);
        if note.is_empty() {
            let _ = writeln!(out, "  {ip:4} {op}");
        } else {
            let _ = writeln!(out, "  {ip:4} {op:<24} {note}");
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            dump_into(inner, out);
        }
    }
}

/// What an instruction's operand refers to.
fn operand_note(code: &Code, instr: Instr) -> String {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|n| n.to_string())
            .unwrap_or_else(|| format!("<bad name {i}>"))
    };
    let var = |i: u32| {
        code.varnames
            .get(i as usize)
            .map(|n| n.to_string())
            .unwrap_or_else(|| format!("<bad local {i}>"))
    };
    let deref = |i: u32| {
        let i = i as usize;
        code.cellvars
            .get(i)
            .or_else(|| code.freevars.get(i.wrapping_sub(code.cellvars.len())))
            .map(|n| n.to_string())
            .unwrap_or_else(|| format!("<bad cell {i}>"))
    };
    match instr {
        Instr::LoadConst(i) => match code.consts.get(i as usize) {
            Some(c) => format!("({})", const_repr(c)),
            None => format!("<bad const {i}>"),
        },
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => format!("({})", var(i)),
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => format!("({})", deref(i)),
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i) => format!("({})", name(i)),
        Instr::UnpackEx(v) => format!("(before={}, after={})", v & 0xff, v >> 8),
        _ => String::new(),
    }
}

/// A Python-like repr of a constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Imaginary(im) => format!("{}j", crate::numeric::float::repr(*im)),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::FrozenSet(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            format!("frozenset({{{}}})", inner.join(", "))
        }
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(const_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::Code(code) => format!("<code {}>", code.qualname),
    }
}
