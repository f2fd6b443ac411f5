//! Temporary minimal builtins (print, range, len) so the VM can be exercised before the
//! full builtins module lands. Replaced by `runtime::builtins`.

use super::error::PyResult;
use super::function::{Args, Builtin};
use super::native::{NativeData, NativeObj};
use super::types::types;
use super::value::Value;
use crate::vm::Vm;

fn print(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    for (k, v) in args.kw() {
        match (k, v) {
            ("sep", Value::Str(s)) => sep = s.as_str().to_string(),
            ("end", Value::Str(s)) => end = s.as_str().to_string(),
            _ => {}
        }
    }
    let mut out = String::new();
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(a)?);
    }
    out.push_str(&end);
    vm.out.write(&out);
    Ok(Value::None)
}

fn range(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n: Vec<i64> = args
        .pos()
        .iter()
        .map(|v| match v {
            Value::Int(i) => *i,
            _ => 0,
        })
        .collect();
    let (start, stop, step) = match n.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    Ok(NativeObj::value(
        types().range.clone(),
        NativeData::Range { start, stop, step },
    ))
}

fn len(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&args.pos()[0])? as i64))
}

pub fn install(vm: &mut Vm) {
    vm.builtins
        .set_by_str("print", Builtin::value("print", print));
    vm.builtins
        .set_by_str("range", Builtin::value("range", range));
    vm.builtins.set_by_str("len", Builtin::value("len", len));
    for c in types().exceptions() {
        vm.builtins.set_by_str(&c.name(), Value::Class(c.clone()));
    }
}
