//! The exception classes in the builtins namespace and the methods of BaseException:
//! `__new__`/`__init__` (args), `__str__`, `__repr__`, `with_traceback`, `add_note`,
//! KeyError's repr-style message, `StopIteration.value` and `SystemExit.code`.
//! Raising, tracebacks and chaining are the VM's.

use super::{getter, method, type_name};
use crate::runtime::class::Instance;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;

pub(super) fn install(t: &Types, b: &PyDict) {
    for cls in t.exceptions() {
        b.set_by_str(&cls.name(), Value::Class(cls.clone()));
    }
    let d = &t.base_exception.dict;
    method(d, "BaseException", "__new__", exc_new);
    method(d, "BaseException", "__init__", exc_init);
    method(d, "BaseException", "__str__", exc_str_method);
    method(d, "BaseException", "__repr__", exc_repr);
    method(d, "BaseException", "with_traceback", with_traceback);
    method(d, "BaseException", "add_note", add_note);
    method(&t.key_error.dict, "KeyError", "__str__", exc_str_method);
    method(
        &t.syntax_error.dict,
        "SyntaxError",
        "__init__",
        syntax_error_init,
    );
    getter(
        t,
        &t.stop_iteration.dict,
        "StopIteration",
        "value",
        stop_value,
    );
    getter(t, &t.system_exit.dict, "SystemExit", "code", exit_code);
    // Aliases CPython keeps for old names.
    b.set_by_str("EnvironmentError", Value::Class(t.os_error.clone()));
    b.set_by_str("IOError", Value::Class(t.os_error.clone()));
}

/// The args tuple of an exception instance.
fn exc_args(v: &Value) -> Vec<Value> {
    if let Value::Instance(inst) = v {
        if let Some(d) = inst.exc_data() {
            if let Value::Tuple(t) = &d.borrow().args {
                return t.items.to_vec();
            }
        }
    }
    Vec::new()
}

/// `str(exc)`: '' with no args, str(arg) with one (repr(key) for KeyError), else the
/// str of the args tuple.
pub fn exception_str(vm: &mut Vm, exc: &Value) -> PyResult<String> {
    if let Value::Instance(i) = exc {
        if i.class.is_subclass(&vm.types().syntax_error) {
            if let Some(msg) = i.get_attr_by_str("msg") {
                return syntax_error_str(vm, &msg, &i.dict());
            }
        }
    }
    let args = exc_args(exc);
    let is_key_error = match exc {
        Value::Instance(i) => i.class.is_subclass(&vm.types().key_error),
        _ => false,
    };
    match args.as_slice() {
        [] => Ok(String::new()),
        [one] if is_key_error => vm.repr(one),
        [one] => vm.str(one),
        _ => vm.str(&Value::tuple(args)),
    }
}

/// CPython's `SyntaxError.__str__`: `msg (file.py, line 3)`, naming the file by its
/// base name.
fn syntax_error_str(vm: &mut Vm, msg: &Value, dict: &PyDict) -> PyResult<String> {
    let msg = vm.str(msg)?;
    let file = match dict.get_by_str("filename") {
        Some(Value::Str(s)) => Some(
            s.as_str()
                .rsplit('/')
                .next()
                .unwrap_or(s.as_str())
                .to_string(),
        ),
        _ => None,
    };
    let line = match dict.get_by_str("lineno") {
        Some(Value::Int(n)) => Some(n),
        _ => None,
    };
    Ok(match (file, line) {
        (Some(f), Some(l)) => format!("{msg} ({f}, line {l})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(l)) => format!("{msg} (line {l})"),
        (None, None) => msg,
    })
}

fn this<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error("descriptor needs a BaseException argument"))
}

fn exc_new(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Class(cls)) = pos.first() else {
        return Err(type_error(
            "BaseException.__new__(X): X is not a type object",
        ));
    };
    if !cls.is_subclass(&vm.types().base_exception) {
        return Err(type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            cls.name(),
            cls.name()
        )));
    }
    let _ = vm;
    Ok(Value::Instance(Instance::new_exception(
        cls.clone(),
        Value::tuple(pos[1..].to_vec()),
    )))
}

fn exc_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    if args.has_kw() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            type_name(vm, this)
        )));
    }
    if let Value::Instance(inst) = this {
        if let Some(d) = inst.exc_data() {
            d.borrow_mut().args = Value::tuple(args.pos()[1..].to_vec());
        }
    }
    Ok(Value::None)
}

/// The attributes a SyntaxError carries besides its args, in the order of the details
/// tuple (`msg` comes first, from args[0]).
const SYNTAX_DETAILS: [&str; 6] = [
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
];

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`: the
/// args, and each part as an attribute (None when not given), as CPython's.
fn syntax_error_init(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    exc_init(vm, args)?;
    let Value::Instance(inst) = this(&args)? else {
        return Ok(Value::None);
    };
    let given = &args.pos()[1..];
    let mut details = vec![Value::None; SYNTAX_DETAILS.len()];
    if given.len() == 2 {
        let info = vm.collect(&given[1])?;
        if !(4..=6).contains(&info.len()) {
            let (bound, n) = if info.len() < 4 {
                ("least 4", info.len())
            } else {
                ("most 6", info.len())
            };
            return Err(type_error(format!(
                "function takes at {bound} arguments ({n} given)"
            )));
        }
        for (slot, v) in details.iter_mut().zip(info) {
            *slot = v;
        }
    }
    inst.set_attr_by_str("msg", given.first().cloned().unwrap_or(Value::None));
    for (name, v) in SYNTAX_DETAILS.iter().zip(details) {
        inst.set_attr_by_str(name, v);
    }
    inst.set_attr_by_str("print_file_and_line", Value::None);
    Ok(Value::None)
}

fn exc_str_method(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    Ok(Value::from_string(exception_str(vm, this)?))
}

fn exc_repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let name = type_name(vm, this);
    let a = exc_args(this);
    let inner = match a.as_slice() {
        [] => String::new(),
        [one] => vm.repr(one)?,
        _ => {
            let r = vm.repr(&Value::tuple(a))?;
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(Value::from_string(format!("{name}({inner})")))
}

fn with_traceback(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let tb = crate::runtime::signature::Signature::one_arg("BaseException.with_traceback")
        .one_method(&args)?
        .clone();
    let this = args.args[0].clone();
    if let Value::Instance(exc) = &this {
        if exc.exc_data().is_some() {
            vm.set_traceback(
                &crate::runtime::error::PyErr::from_instance(exc.clone()),
                tb,
            )?;
        }
    }
    Ok(this)
}

/// `exc.add_note(note)`: appends to the `__notes__` list, making it on first use.
fn add_note(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    if args.has_kw() {
        return Err(type_error(
            "BaseException.add_note() takes no keyword arguments",
        ));
    }
    let p = args.pos();
    if p.len() != 2 {
        let owner = p
            .first()
            .map_or("BaseException".to_string(), |v| type_name(vm, v));
        return Err(type_error(format!(
            "{owner}.add_note() takes exactly one argument ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    if !matches!(p[1], Value::Str(_)) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name(vm, &p[1])
        )));
    }
    match vm.getattr_opt(&p[0], "__notes__")? {
        Some(Value::List(l)) => l.push(p[1].clone()),
        Some(_) => return Err(type_error("Cannot add note: __notes__ is not a list")),
        None => {
            let notes = Value::list(vec![p[1].clone()]);
            vm.setattr(&p[0], "__notes__", notes)?;
        }
    }
    Ok(Value::None)
}

/// `StopIteration.value`: the first argument, or None.
fn stop_value(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    Ok(exc_args(this).into_iter().next().unwrap_or(Value::None))
}

/// `SystemExit.code`: None, the single argument, or the args tuple.
fn exit_code(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let this = this(&args)?;
    let a = exc_args(this);
    Ok(match a.len() {
        0 => Value::None,
        1 => a[0].clone(),
        _ => Value::tuple(a),
    })
}
