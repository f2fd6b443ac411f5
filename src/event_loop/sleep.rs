//! `asyncio.sleep(delay, result=None)`: a coroutine with a native body instead of a frame.
//!
//! CPython's `sleep` is a Python coroutine that makes a Future, schedules a TimerHandle to
//! set its result, and awaits it; `sleep(0)` yields once. This body keeps that order
//! with none of those objects: on its first step it yields itself to the task driving
//! it, and the task arms one timer whose firing schedules the task's next step with
//! `call_soon` (the same two hops as the Future's done callback). Cancelling the task
//! marks the timer dead (the task's waiter names it) and schedules a step that throws
//! CancelledError, as cancelling the Future does. A sleeping task then costs a heap
//! entry, not a frame, a Future, a FutureIter and a TimerHandle.
//!
//! Not the timer heap or the task (see `clock`, `task`).

use super::clock::seconds_to_ns;
use super::future::FutRef;
use super::run_loop::{require_running_loop, to_seconds};
use crate::ast::CmpOp;
use crate::runtime::error::{type_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::generator::NativeBody;
use crate::vm::resume::{GenStep, Resume};
use crate::vm::{Generator, Vm};
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// How far a sleep has got.
#[derive(Default)]
enum Phase {
    /// Not stepped yet: the delay.
    Fresh(Value),
    /// Yielded itself for a task to arm a timer for this deadline (loop nanoseconds).
    Unarmed(i64),
    /// Yielded once (`sleep(0)`, or a delay whose timer is armed).
    #[default]
    Yielded,
}

/// Three words: a hundred thousand tasks may be asleep at once. The result is boxed
/// because it is almost always None (then no box).
pub struct Sleep {
    result: Cell<Option<Box<Value>>>,
    phase: Cell<Phase>,
}

impl Sleep {
    /// Schedule the timer that wakes `task`, the task this sleep yielded itself to.
    /// None if there is nothing to arm (`sleep(0)`, or armed already).
    pub fn arm(&self, task: &FutRef) -> Option<u64> {
        match self.phase.take() {
            Phase::Unarmed(deadline) => Some(task.lp.sleep_until_ns(deadline, task.clone())),
            other => {
                self.phase.set(other);
                None
            }
        }
    }

    fn first_step(&self, vm: &mut Vm, gen: &Rc<Generator>, delay: Value) -> PyResult<GenStep> {
        let non_positive = vm.compare(CmpOp::LtE, &delay, &Value::Int(0))?;
        if vm.truthy(&non_positive)? {
            return Ok(GenStep::Yield(Value::None));
        }
        let lp = require_running_loop(vm)?;
        let seconds = to_seconds(vm, &delay, "delay")?;
        let deadline = lp.now_ns().saturating_add(seconds_to_ns(seconds));
        self.phase.set(Phase::Unarmed(deadline));
        Ok(GenStep::Yield(Value::Generator(gen.clone())))
    }
}

impl NativeBody for Sleep {
    fn resume(&self, vm: &mut Vm, gen: &Rc<Generator>, how: Resume) -> PyResult<GenStep> {
        match how {
            // A task's cancel() kills the timer itself; a timer left behind by a throw
            // by hand finds the task waiting for something else and does nothing.
            Resume::Throw(e) => Err(e),
            // `take` leaves Yielded, which is where every step but the first ends.
            Resume::Send(_) => match self.phase.take() {
                Phase::Fresh(delay) => self.first_step(vm, gen, delay),
                Phase::Unarmed(_) | Phase::Yielded => Ok(GenStep::Return(
                    self.result.take().map_or(Value::None, |r| *r),
                )),
            },
        }
    }

    fn name(&self) -> &'static str {
        "sleep"
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `asyncio.sleep(delay, result=None)`: the coroutine; nothing runs until it is awaited.
pub fn sleep(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "sleep() takes from 1 to 2 positional arguments but {} were given",
            pos.len()
        )));
    }
    let mut params = [pos.first().cloned(), pos.get(1).cloned()];
    for (k, v) in args.kw() {
        let i = match k {
            "delay" => 0,
            "result" => 1,
            _ => {
                return Err(type_error(format!(
                    "sleep() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        if params[i].is_some() {
            return Err(type_error(format!(
                "sleep() got multiple values for argument '{k}'"
            )));
        }
        params[i] = Some(v.clone());
    }
    let [delay, result] = params;
    let Some(delay) = delay else {
        return Err(type_error(
            "sleep() missing 1 required positional argument: 'delay'",
        ));
    };
    let body = Sleep {
        result: Cell::new(result.filter(|r| !r.is_none()).map(Box::new)),
        phase: Cell::new(Phase::Fresh(delay)),
    };
    Ok(Value::Generator(Rc::new(Generator::native_coroutine(
        vm,
        Box::new(body),
    ))))
}
