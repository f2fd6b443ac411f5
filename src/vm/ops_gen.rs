//! The dispatch loop's generator and coroutine instructions: `YieldValue`, `yield
//! from` / `await` (`GetYieldFromIter`, `GetAwaitable`, `YieldFrom`: a Python
//! sub-generator's frame is pushed on the loop) and the `async for` / `async with`
//! protocol. Not resuming a generator from outside (see `resume`).

use super::frame::{Block, Frame, Link};
use super::resume::{GenStep, Resume, Taken};
use super::run::{Active, Flow, Raised};
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::error::type_error;
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;

impl Vm {
    #[inline(always)]
    pub(super) fn op_yield_value(&mut self, f: &mut Frame) -> Flow {
        Flow::Yield(f.pop())
    }

    pub(super) fn op_get_yield_from_iter(
        &mut self,
        f: &mut Frame,
        code: &CodeObj,
    ) -> Result<(), Raised> {
        let v = f.pop();
        let it = match &v {
            Value::Generator(g) if g.kind == CodeKind::Coroutine => {
                if code.code.kind != CodeKind::Coroutine {
                    return Err(Raised::New(type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    )));
                }
                v.clone()
            }
            Value::Generator(_) => v.clone(),
            _ => self.get_iter(&v)?,
        };
        f.push(it);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_get_awaitable(&mut self, f: &mut Frame) -> Result<(), Raised> {
        // A Python coroutine not yet awaited (`await fib(n - 1)`) is its own awaitable:
        // left where it is, without a reference count round trip or the general call.
        if let Value::Generator(g) = f.top() {
            if g.kind == CodeKind::Coroutine && g.state.get() != super::GenState::Done {
                return Ok(());
            }
        }
        let v = f.pop();
        let it = self.get_awaitable(&v)?;
        f.push(it);
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_yield_from(&mut self, f: &mut Frame) -> Result<Flow, Raised> {
        let x = f.pop();
        let sub = f.top().clone();
        if let Value::Generator(g) = &sub {
            let g = g.clone();
            match self.take_frame_to_resume(&g, Resume::Send(x))? {
                Taken::Frame(frame, _) => {
                    let active = Active::new(frame, Some(g), Link::YieldFrom, None);
                    return Ok(self.enter_generator(active));
                }
                Taken::Finished(v) => {
                    f.pop();
                    f.push(v);
                }
                Taken::Yielded(y) => {
                    f.ip -= 1;
                    return Ok(Flow::Yield(y));
                }
            }
        } else {
            match self.send_native(&sub, x)? {
                GenStep::Yield(y) => {
                    f.ip -= 1;
                    return Ok(Flow::Yield(y));
                }
                GenStep::Return(r) => {
                    f.pop();
                    f.push(r);
                }
            }
        }
        Ok(Flow::Next)
    }

    pub(super) fn op_get_aiter(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let v = f.pop();
        let cls = self.type_of(&v);
        let Some(m) = cls.lookup_str("__aiter__") else {
            return Err(not_async_iterable(
                "requires an object with __aiter__ method, got",
                &cls,
            ));
        };
        let m = self.bind(m, &v, &cls)?;
        let it = self.call_args(&m, vec![])?;
        let it_cls = self.type_of(&it);
        if it_cls.lookup_str("__anext__").is_none() {
            return Err(not_async_iterable(
                "received an object from __aiter__ that does not implement __anext__:",
                &it_cls,
            ));
        }
        f.push(it);
        Ok(())
    }

    pub(super) fn op_get_anext(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let it = f.top().clone();
        let m = self.special_method(&it, "__anext__", "")?;
        let aw = self.call_args(&m, vec![])?;
        let aw = self.get_awaitable(&aw)?;
        f.push(aw);
        Ok(())
    }

    pub(super) fn op_end_async_for(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let exc = f.pop();
        let e = self.as_exception(exc)?;
        if e.is_instance(&self.types().stop_async_iteration) {
            f.pop();
            if let Some(Block::ExceptHandler { previous }) = f.blocks.pop() {
                self.handled = previous;
            }
            Ok(())
        } else {
            Err(Raised::Reraise(e))
        }
    }

    pub(super) fn op_before_async_with(&mut self, f: &mut Frame) -> Result<(), Raised> {
        let mgr = f.pop();
        let exit = self.special_method(&mgr, "__aexit__", "__aenter__")?;
        let enter = self.special_method(&mgr, "__aenter__", "__aexit__")?;
        f.push(exit);
        // The compiler follows with GetAwaitable.
        let aw = self.call_args(&enter, vec![])?;
        f.push(aw);
        Ok(())
    }

    pub(super) fn op_setup_async_with(&mut self, f: &mut Frame, t: u32) {
        let level = f.stack.len() as u32 - 1;
        f.blocks.push(Block::Handler {
            handler: t,
            level,
            by_kind: false,
        });
    }
}

/// CPython's TypeError for an `async for` over something that is not an async iterable.
#[cold]
fn not_async_iterable(what: &str, cls: &crate::runtime::class::Class) -> super::run::Raised {
    crate::runtime::error::type_error(format!("'async for' {what} {}", cls.name())).into()
}
