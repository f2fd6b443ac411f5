//! `re.Match`, native: the object a successful match/search/fullmatch/finditer returns,
//! with CPython's attributes (`re`, `string`, `pos`, `endpos`, `lastindex`, `lastgroup`,
//! `regs`), methods and messages. Native because programs call `group`/`start`/`span` in
//! their inner loops. Not the matching (`matcher`) and not templates: `expand` calls
//! back into re.py, which owns template parsing.

use super::matcher::Captures;
use super::{slice_of, Compiled};
use crate::runtime::builtins::{
    class_method, getter, index_i64, method, method_args, method_value, this,
};
use crate::runtime::class::{Class, Layout};
use crate::runtime::error::builtin_error;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::{NativeData, NativeObj};
use crate::runtime::signature::Signature;
use crate::runtime::str::PyStr;
use crate::runtime::types::ExcKind;
use crate::runtime::types::Types;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

const UNSET: usize = usize::MAX;

/// One match: where each group matched, over which subject, by which pattern.
pub struct MatchData {
    compiled: Rc<Compiled>,
    /// The Python `Pattern` (`m.re`).
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    /// Start and end per group, group 0 first; `UNSET` where a group did not take part.
    slots: Vec<usize>,
    lastindex: Option<usize>,
}

/// A new `re.Match` for `caps`.
pub(super) fn new_match(
    compiled: &Rc<Compiled>,
    pattern: &Value,
    string: &Value,
    pos: usize,
    endpos: usize,
    caps: Captures,
) -> Value {
    let data = MatchData {
        compiled: compiled.clone(),
        pattern: pattern.clone(),
        string: string.clone(),
        pos,
        endpos,
        slots: caps.slots,
        lastindex: caps.lastindex,
    };
    NativeObj::value(
        compiled.match_class.clone(),
        NativeData::Extension(Rc::new(data)),
    )
}

/// The `re.Match` class (made once per `_sre` module).
pub fn match_class(t: &Types) -> Rc<Class> {
    let cls = Class::new_builtin("Match", vec![t.object.clone()], Layout::Object);
    *cls.module.borrow_mut() = Rc::from("re");
    let d = &cls.dict;
    d.set_by_str(
        "__doc__",
        Value::str(
            "The result of re.match() and re.search().\n\
             Match objects always have a boolean value of True.",
        ),
    );
    d.set_by_str("__module__", Value::str("re"));
    d.set_by_str(
        "__new__",
        method_value("Match", "__new__", |_, _| {
            Err(type_error("cannot create 're.Match' instances"))
        }),
    );
    for name in ["__reduce__", "__reduce_ex__"] {
        method(d, "Match", name, |_, _| {
            Err(type_error("cannot pickle 're.Match' object"))
        });
    }
    method(d, "Match", "group", group);
    method(d, "Match", "__getitem__", getitem);
    method(d, "Match", "start", start);
    method(d, "Match", "end", end);
    method(d, "Match", "span", span);
    method(d, "Match", "groups", groups);
    method(d, "Match", "groupdict", groupdict);
    method(d, "Match", "expand", expand);
    method(d, "Match", "__repr__", repr);
    method(d, "Match", "__copy__", copy);
    method(d, "Match", "__deepcopy__", deepcopy);
    class_method(t, d, "Match", "__class_getitem__", |vm, args| {
        let key = Signature::one_arg("Match.__class_getitem__").positional_method(&args)?;
        crate::vm::metaclass::generic_alias(vm, &args.pos()[0], &key[0])
    });
    getter(t, d, "Match", "re", |_, a| Ok(data(&a)?.pattern.clone()));
    getter(t, d, "Match", "string", |_, a| Ok(data(&a)?.string.clone()));
    getter(t, d, "Match", "pos", |_, a| {
        Ok(Value::Int(data(&a)?.pos as i64))
    });
    getter(t, d, "Match", "endpos", |_, a| {
        Ok(Value::Int(data(&a)?.endpos as i64))
    });
    getter(t, d, "Match", "lastindex", |_, a| {
        Ok(data(&a)?
            .lastindex
            .map_or(Value::None, |g| Value::Int(g as i64)))
    });
    getter(t, d, "Match", "lastgroup", |_, a| {
        let m = data(&a)?;
        let name = m.lastindex.and_then(|last| {
            m.compiled
                .names
                .iter()
                .find(|(_, g)| *g == last)
                .map(|(n, _)| Value::str(n))
        });
        Ok(name.unwrap_or(Value::None))
    });
    getter(t, d, "Match", "regs", |_, a| {
        let m = data(&a)?;
        let spans = (0..m.slots.len() / 2).map(|g| m.span_value(g)).collect();
        Ok(Value::tuple(spans))
    });
    cls
}

fn data(args: &Args<'_>) -> PyResult<Rc<MatchData>> {
    if let Value::Native(n) = this(args, "Match")? {
        if let NativeData::Extension(e) = &n.data {
            if let Ok(m) = e.clone().downcast::<MatchData>() {
                return Ok(m);
            }
        }
    }
    Err(type_error("descriptor requires a 're.Match' object"))
}

impl MatchData {
    fn groups(&self) -> usize {
        self.slots.len() / 2
    }

    /// A group given as a number, something with `__index__`, or a name.
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let i = match g {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::Str(name) => {
                return self
                    .compiled
                    .names
                    .iter()
                    .find(|(n, _)| n == name.as_str())
                    .map(|(_, i)| *i)
                    .ok_or_else(no_such_group);
            }
            Value::BigInt(_) => None,
            other if vm.type_of(other).lookup_str("__index__").is_some() => {
                index_i64(vm, other).ok()
            }
            other => {
                // Looked up in the group-name mapping: an unhashable key fails there.
                vm.hash(other)?;
                None
            }
        };
        match i {
            Some(i) if i >= 0 && (i as usize) < self.groups() => Ok(i as usize),
            _ => Err(no_such_group()),
        }
    }

    /// Group `g`'s text, or `default` when it did not take part.
    fn text(&self, t: &crate::runtime::types::Types, g: usize, default: &Value) -> PyResult<Value> {
        let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
        if s == UNSET {
            return Ok(default.clone());
        }
        slice_of(t, &self.compiled, &self.string, s, e)
    }

    fn bound(&self, slot: usize) -> i64 {
        match self.slots[slot] {
            UNSET => -1,
            p => p as i64,
        }
    }

    fn span_value(&self, g: usize) -> Value {
        Value::tuple(vec![
            Value::Int(self.bound(2 * g)),
            Value::Int(self.bound(2 * g + 1)),
        ])
    }
}

#[cold]
fn no_such_group() -> PyErr {
    builtin_error(ExcKind::IndexError, "no such group")
}

fn group(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = data(&args)?;
    args.no_kw("Match.group")?;
    match &args.pos()[1..] {
        [] => m.text(vm.types(), 0, &Value::None),
        [g] => {
            let g = m.index(vm, g)?;
            m.text(vm.types(), g, &Value::None)
        }
        many => {
            let mut out = Vec::with_capacity(many.len());
            for g in many {
                let g = m.index(vm, g)?;
                out.push(m.text(vm.types(), g, &Value::None)?);
            }
            Ok(Value::tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = data(&args)?;
    let g = Signature::one_arg("Match.__getitem__").positional_method(&args)?;
    let g = m.index(vm, &g[0])?;
    m.text(vm.types(), g, &Value::None)
}

/// The group a start/end/span call names (group 0 when none is given).
fn group_arg(vm: &mut Vm, args: &Args<'_>, name: &str) -> PyResult<(Rc<MatchData>, usize)> {
    let m = data(args)?;
    args.no_kw(&format!("Match.{name}"))?;
    let g = match method_args(args, "Match", name, 0, 1)? {
        [] => 0,
        [g] => m.index(vm, g)?,
        _ => unreachable!("method_args checked the count"),
    };
    Ok((m, g))
}

fn start(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, g) = group_arg(vm, &args, "start")?;
    Ok(Value::Int(m.bound(2 * g)))
}

fn end(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, g) = group_arg(vm, &args, "end")?;
    Ok(Value::Int(m.bound(2 * g + 1)))
}

fn span(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (m, g) = group_arg(vm, &args, "span")?;
    Ok(m.span_value(g))
}

const GROUPS: Signature = Signature::new("groups", &["default"]).required(0);
const GROUPDICT: Signature = Signature::new("groupdict", &["default"]).required(0);
const EXPAND: Signature = Signature::new("expand", &["template"]);

fn groups(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = data(&args)?;
    let b = GROUPS.bind_method(&args)?;
    let default = b.get(0).cloned().unwrap_or(Value::None);
    let items = (1..m.groups())
        .map(|g| m.text(vm.types(), g, &default))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(Value::tuple(items))
}

fn groupdict(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = data(&args)?;
    let b = GROUPDICT.bind_method(&args)?;
    let default = b.get(0).cloned().unwrap_or(Value::None);
    let out = crate::runtime::dict::PyDict::new();
    for (name, g) in &m.compiled.names {
        let text = m.text(vm.types(), *g, &default)?;
        out.set_str(PyStr::new(name), text);
    }
    Ok(Value::Dict(Rc::new(out)))
}

fn expand(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    data(&args)?;
    let b = EXPAND.bind_method(&args)?;
    let re = vm.import_absolute("re")?;
    let f = vm.getattr(&re, "_match_expand")?;
    vm.call_args(&f, vec![args.pos()[0].clone(), b.req(0).clone()])
}

fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let m = data(&args)?;
    let whole = m.text(vm.types(), 0, &Value::None)?;
    let text: String = vm.repr(&whole)?.chars().take(50).collect();
    Ok(Value::from_string(format!(
        "<re.Match object; span=({}, {}), match={text}>",
        m.bound(0),
        m.bound(1)
    )))
}

fn copy(_: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::no_args("Match.__copy__").none_method(&args)?;
    Ok(this(&args, "Match")?.clone())
}

fn deepcopy(_: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Signature::one_arg("Match.__deepcopy__").positional_method(&args)?;
    Ok(this(&args, "Match")?.clone())
}
