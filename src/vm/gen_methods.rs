//! The Python-visible methods of generators, coroutines and native iterators:
//! `send`, `throw`, `close`, `__next__`, `__iter__` (`__await__` for coroutines).
//! They drive the generator through [`Vm::gen_resume`].

use super::generator::{GenState, Generator};
use super::resume::{GenStep, Resume};
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::error::{runtime_error, stop_iteration, type_error, PyResult};
use crate::runtime::function::{Args, Builtin};
use crate::runtime::value::Value;
use std::rc::Rc;

fn this_gen(args: &Args<'_>, what: &str) -> PyResult<Rc<Generator>> {
    match args.pos().first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(type_error(format!(
            "descriptor '{what}' requires a generator object"
        ))),
    }
}

fn finish(step: GenStep) -> PyResult<Value> {
    match step {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => Err(stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(&args, "send")?;
    let v = args.pos().get(1).cloned().unwrap_or(Value::None);
    let step = vm.gen_resume(&g, Resume::Send(v))?;
    finish(step)
}

fn gen_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(&args, "__next__")?;
    let step = vm.gen_resume(&g, Resume::Send(Value::None))?;
    finish(step)
}

fn gen_throw(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(&args, "throw")?;
    let pos = args.pos();
    let typ = pos.get(1).cloned().unwrap_or(Value::None);
    let val = pos.get(2).cloned().unwrap_or(Value::None);
    let exc = match &typ {
        Value::Class(_) => {
            let a = if val.is_none() { vec![] } else { vec![val] };
            vm.call_args(&typ, a)?
        }
        _ => typ.clone(),
    };
    let e = vm.as_exception(exc).map_err(|_| {
        type_error("exceptions must be classes or instances deriving from BaseException, not str")
    })?;
    let step = vm.gen_resume(&g, Resume::Throw(e))?;
    finish(step)
}

fn gen_close(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let g = this_gen(&args, "close")?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn gen_iter(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos().first().cloned().unwrap_or(Value::None))
}

fn iter_next(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let it = args.pos().first().cloned().unwrap_or(Value::None);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let v = vm.take_stop_value();
            Err(stop_iteration(v))
        }
    }
}

/// `object.__getattribute__(obj, name)`: the lookup with no hook.
fn object_getattribute(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let (obj, name) = match args.pos() {
        [o, Value::Str(n)] => (o.clone(), n.clone()),
        _ => {
            return Err(type_error(
                "__getattribute__ expected a string attribute name",
            ))
        }
    };
    match &obj {
        Value::Instance(inst) => vm.instance_getattr(&obj, inst, &name),
        other => vm.getattr_str(other, &name),
    }
}

impl Vm {
    /// `gen.close()`: throw GeneratorExit in; it must not yield again.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        match g.state.get() {
            GenState::Created | GenState::Done => {
                g.state.set(GenState::Done);
                g.frame.take();
                return Ok(());
            }
            _ => {}
        }
        let exit = crate::runtime::error::builtin_error_args(
            crate::runtime::types::ExcKind::GeneratorExit,
            vec![],
        );
        match self.gen_resume(g, Resume::Throw(exit)) {
            Ok(GenStep::Yield(_)) => {
                Err(runtime_error(format!("{} ignored GeneratorExit", g.noun())))
            }
            Ok(GenStep::Return(_)) => Ok(()),
            Err(e)
                if e.is_instance(&self.types().generator_exit)
                    || e.is_instance(&self.types().stop_iteration) =>
            {
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Install the generator and iterator methods on their classes.
    pub(crate) fn install_gen_methods(&mut self) {
        let t = self.types();
        for cls in [&t.generator, &t.coroutine] {
            cls.dict
                .set_by_str("send", Builtin::value("send", gen_send));
            cls.dict
                .set_by_str("throw", Builtin::value("throw", gen_throw));
            cls.dict
                .set_by_str("close", Builtin::value("close", gen_close));
        }
        t.generator
            .dict
            .set_by_str("__next__", Builtin::value("__next__", gen_next));
        t.generator
            .dict
            .set_by_str("__iter__", Builtin::value("__iter__", gen_iter));
        t.object.dict.set_by_str(
            "__getattribute__",
            Builtin::value("__getattribute__", object_getattribute),
        );
        // Async generators step without an event loop too (PEP 525's hooks, a
        // coroutine driven by hand).
        crate::event_loop::async_gen::install_methods(t);
        let _ = CodeKind::Generator;
    }
}

/// `__next__`/`__iter__` of native iterators, whose classes are made on demand.
pub(crate) fn iterator_method(name: &str) -> Option<Value> {
    match name {
        "__next__" => Some(Builtin::value("__next__", iter_next)),
        "__iter__" => Some(Builtin::value("__iter__", gen_iter)),
        _ => None,
    }
}
