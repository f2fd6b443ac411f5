//! The built-in classes an interpreter makes on first use (the asyncio objects' classes,
//! `_PipeProcess`, the async-generator step awaitable, functools' `CacheInfo` and
//! `KeyWrapper` and its cache-key marker): one set per `Vm`, so two interpreters on one
//! thread do not share them (asyncio's `install_methods` fills their dicts per
//! interpreter) and dropping an interpreter frees them. Each is built by the module that
//! defines it; this is only where they are kept. Not the builtin type table
//! (`runtime::types`).

use crate::runtime::class::Class;
use crate::runtime::value::Value;
use std::cell::OnceCell;
use std::rc::Rc;

#[derive(Default)]
pub struct LazyClasses {
    pub(crate) asyncio: OnceCell<Rc<crate::event_loop::object::Classes>>,
    pub(crate) pipe_process: OnceCell<Rc<Class>>,
    pub(crate) async_gen_step: OnceCell<Rc<Class>>,
    pub(crate) cache_info: OnceCell<Rc<Class>>,
    pub(crate) key_wrapper: OnceCell<Rc<Class>>,
    /// Separates positional from keyword arguments in `lru_cache` keys.
    pub(crate) kwd_mark: OnceCell<Value>,
}
