//! `_operator`: the function forms of the operators (`add`, `getitem`, `not_`, `iadd`,
//! `length_hint`, `call`, ...), native as CPython's are. Being builtin functions they
//! do not bind when stored on a class (`__add__ = operator.add` is called with both
//! operands), and a call costs no Python frame. The callable classes (`attrgetter`,
//! `itemgetter`, `methodcaller`) and the dunder aliases stay in `operator.py`, which
//! imports everything here; their calls are `operator_getters`.

use super::{as_int, def, int_value};
use crate::ast::{BinOp, CmpOp};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::iter::IterState;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_operator` module.
pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_operator"));
    for (name, class, func) in [
        (
            "_itemgetter_call",
            "operator.itemgetter",
            super::operator_getters::itemgetter_call as crate::runtime::function::NativeFn,
        ),
        (
            "_attrgetter_call",
            "operator.attrgetter",
            super::operator_getters::attrgetter_call,
        ),
        (
            "_methodcaller_call",
            "operator.methodcaller",
            super::operator_getters::methodcaller_call,
        ),
    ] {
        m.set_by_str(name, super::method_value(class, "__call__", func));
    }
    binary_functions(&m);
    inplace_functions(&m);
    comparisons(&m);
    def(&m, "not_", |vm, a| {
        let v = one(&a, "not_")?;
        Ok(Value::Bool(!vm.truthy(v)?))
    });
    def(&m, "truth", |vm, a| {
        let v = one(&a, "truth")?;
        Ok(Value::Bool(vm.truthy(v)?))
    });
    def(&m, "is_", |_, a| {
        let [x, y] = exactly(&a, "is_")?;
        Ok(Value::Bool(x.is(y)))
    });
    def(&m, "is_not", |_, a| {
        let [x, y] = exactly(&a, "is_not")?;
        Ok(Value::Bool(!x.is(y)))
    });
    def(&m, "abs", |vm, a| {
        one(&a, "abs")?;
        super::functions::abs(vm, a)
    });
    def(&m, "index", |vm, a| {
        let v = one(&a, "index")?;
        Ok(int_value(super::index_int(vm, v)?))
    });
    def(&m, "neg", |vm, a| vm.unary_neg(one(&a, "neg")?));
    def(&m, "pos", |vm, a| vm.unary_pos(one(&a, "pos")?));
    def(&m, "inv", |vm, a| vm.unary_invert(one(&a, "inv")?));
    def(&m, "invert", |vm, a| vm.unary_invert(one(&a, "invert")?));
    sequence_functions(&m);
    def(&m, "length_hint", length_hint);
    def(&m, "call", |vm, a| match a.pos().split_first() {
        Some((f, _)) => vm.call(
            f,
            Args {
                args: &a.args[1..],
                kwnames: a.kwnames,
            },
        ),
        None => Err(type_error("call expected at least 1 argument, got 0")),
    });
    m
}

macro_rules! operator_fns {
    ($m:expr, $method:ident, $($name:literal => $op:expr),* $(,)?) => {
        $(
            def($m, $name, |vm, a| {
                let [x, y] = exactly(&a, $name)?;
                vm.$method($op, x, y)
            });
        )*
    };
}

fn binary_functions(m: &PyDict) {
    operator_fns!(m, binary_op,
        "add" => BinOp::Add, "sub" => BinOp::Sub, "mul" => BinOp::Mult,
        "matmul" => BinOp::MatMult, "truediv" => BinOp::Div, "floordiv" => BinOp::FloorDiv,
        "mod" => BinOp::Mod, "pow" => BinOp::Pow, "lshift" => BinOp::LShift,
        "rshift" => BinOp::RShift, "and_" => BinOp::BitAnd, "or_" => BinOp::BitOr,
        "xor" => BinOp::BitXor,
    );
}

fn inplace_functions(m: &PyDict) {
    operator_fns!(m, inplace_op,
        "iadd" => BinOp::Add, "isub" => BinOp::Sub, "imul" => BinOp::Mult,
        "imatmul" => BinOp::MatMult, "itruediv" => BinOp::Div,
        "ifloordiv" => BinOp::FloorDiv, "imod" => BinOp::Mod, "ipow" => BinOp::Pow,
        "ilshift" => BinOp::LShift, "irshift" => BinOp::RShift, "iand" => BinOp::BitAnd,
        "ior" => BinOp::BitOr, "ixor" => BinOp::BitXor,
    );
}

fn comparisons(m: &PyDict) {
    operator_fns!(m, compare,
        "lt" => CmpOp::Lt, "le" => CmpOp::LtE, "eq" => CmpOp::Eq, "ne" => CmpOp::NotEq,
        "ge" => CmpOp::GtE, "gt" => CmpOp::Gt,
    );
}

fn sequence_functions(m: &PyDict) {
    def(m, "getitem", |vm, a| {
        let [x, k] = exactly(&a, "getitem")?;
        vm.getitem(x, k)
    });
    def(m, "setitem", |vm, a| {
        let [x, k, v] = exactly(&a, "setitem")?;
        vm.setitem(x, k, v.clone())?;
        Ok(Value::None)
    });
    def(m, "delitem", |vm, a| {
        let [x, k] = exactly(&a, "delitem")?;
        vm.delitem(x, k)?;
        Ok(Value::None)
    });
    def(m, "contains", |vm, a| {
        let [x, item] = exactly(&a, "contains")?;
        Ok(Value::Bool(vm.contains(x, item)?))
    });
    def(m, "concat", |vm, a| {
        let [x, y] = exactly(&a, "concat")?;
        concatenable(vm, x)?;
        vm.binary_op(BinOp::Add, x, y)
    });
    def(m, "iconcat", |vm, a| {
        let [x, y] = exactly(&a, "iconcat")?;
        concatenable(vm, x)?;
        vm.inplace_op(BinOp::Add, x, y)
    });
    def(m, "countOf", |vm, a| {
        let [seq, x] = exactly(&a, "countOf")?;
        let mut n = 0;
        search(vm, seq, x, |_| {
            n += 1;
            false
        })?;
        Ok(Value::Int(n))
    });
    def(m, "indexOf", |vm, a| {
        let [seq, x] = exactly(&a, "indexOf")?;
        match search(vm, seq, x, |_| true)? {
            Some(i) => Ok(Value::Int(i)),
            None => Err(value_error("sequence.index(x): x not in sequence")),
        }
    });
}

/// Walk `seq` for items that are or equal `x`, calling `found` with each one's position
/// until it answers true; that position, or None at the end.
fn search(
    vm: &mut Vm,
    seq: &Value,
    x: &Value,
    mut found: impl FnMut(i64) -> bool,
) -> PyResult<Option<i64>> {
    let it = match vm.get_iter(seq) {
        Ok(it) => it,
        Err(e) if e.is_instance(&vm.types().type_error) => {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                vm.type_of(seq).name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if (item.is(x) || vm.eq(&item, x)?) && found(i) {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// `concat` and `iconcat` take sequences only (not numbers, not mappings).
fn concatenable(vm: &Vm, x: &Value) -> PyResult<()> {
    if super::exception_group::is_sequence(vm.types(), x) {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object can't be concatenated",
        vm.type_of(x).name()
    )))
}

/// `length_hint(obj, default=0)`: `len(obj)` when it has one, else its type's
/// `__length_hint__`, else `default`.
fn length_hint(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    no_keywords(&args, "length_hint")?;
    let (obj, default) = match args.pos() {
        [obj] => (obj, Value::Int(0)),
        [obj, default] => (obj, default.clone()),
        other => {
            return Err(type_error(format!(
                "length_hint expected at {} {}, got {}",
                if other.is_empty() { "least" } else { "most" },
                if other.is_empty() {
                    "1 argument"
                } else {
                    "2 arguments"
                },
                other.len()
            )))
        }
    };
    if as_int(&default).is_none() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_of(&default).name()
        )));
    }
    match vm.len(obj) {
        Ok(n) => return Ok(Value::Int(n as i64)),
        Err(e) if e.is_instance(&vm.types().type_error) => {}
        Err(e) => return Err(e),
    }
    if let Some(n) = native_iterator_left(obj) {
        return Ok(Value::Int(n as i64));
    }
    let cls = vm.type_of(obj);
    let Some(hint) = cls.lookup_str("__length_hint__") else {
        return Ok(default);
    };
    // A TypeError from the hint means "no hint" (an endless `repeat`'s).
    let r = match vm.call_special(&hint, &cls, [obj.clone()]) {
        Err(e) if e.is_instance(&vm.types().type_error) => return Ok(default),
        r => r?,
    };
    if r.is(&vm.types().not_implemented) {
        return Ok(default);
    }
    match as_int(&r) {
        Some(i) if i.is_negative() => Err(value_error("__length_hint__() should return >= 0")),
        Some(_) => Ok(r),
        None => Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_of(&r).name()
        ))),
    }
}

/// How many items a builtin iterator over a sequence has left (CPython's iterators
/// answer `__length_hint__`), where that is known without running Python code.
fn native_iterator_left(v: &Value) -> Option<usize> {
    let Value::Iter(it) = v else {
        return None;
    };
    match &*it.state.borrow() {
        IterState::Range(r) => usize::try_from(r.remaining()).ok(),
        IterState::List { list, index } => Some(list.len().saturating_sub(*index)),
        IterState::Tuple { tuple, index } => Some(tuple.items.len().saturating_sub(*index)),
        IterState::TupleReversed { left, .. } => Some(*left),
        IterState::StrReversed { s, end } => Some(match s.is_ascii() {
            true => *end,
            false => s.as_str()[..*end].chars().count(),
        }),
        IterState::Bytes { bytes, index, .. } => {
            crate::runtime::bytes::with_bytes(bytes, |b| b.len().saturating_sub(*index))
        }
        IterState::Values { items, index } => Some(items.len().saturating_sub(*index)),
        IterState::Exhausted => Some(0),
        _ => None,
    }
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    no_keywords(args, name)?;
    match args.pos() {
        [v] => Ok(v),
        other => Err(type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            other.len()
        ))),
    }
}

/// Exactly `N` positional arguments, as CPython's `_PyArg_CheckPositional` words it.
fn exactly<'a, const N: usize>(args: &Args<'a>, name: &str) -> PyResult<[&'a Value; N]> {
    no_keywords(args, name)?;
    let pos = args.pos();
    match <&[Value; N]>::try_from(pos) {
        Ok(all) => Ok(all.each_ref()),
        Err(_) => Err(wrong_count(name, N, pos.len())),
    }
}

#[cold]
fn wrong_count(name: &str, want: usize, got: usize) -> PyErr {
    type_error(format!("{name} expected {want} arguments, got {got}"))
}

fn no_keywords(args: &Args<'_>, name: &str) -> PyResult<()> {
    if args.has_kw() {
        return Err(keywords_refused(name));
    }
    Ok(())
}

#[cold]
fn keywords_refused(name: &str) -> PyErr {
    type_error(format!("_operator.{name}() takes no keyword arguments"))
}
