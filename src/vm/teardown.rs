//! Dropping an interpreter frees what it made, as CPython's finalization frees a
//! (sub)interpreter's objects: a host that makes and drops interpreters keeps its memory.
//!
//! Reference counting alone frees little of an interpreter: `sys.modules` holds `sys`,
//! whose dict holds `sys.modules`; every function holds its module's globals, which hold
//! it; classes hold their methods. So [`Vm::teardown`] clears every module namespace
//! (`_PyModule_ClearDict` does the same at shutdown), empties the VM's own tables and
//! caches, and collects what is left in cycles until nothing more is found.
//!
//! It runs no Python code: the finalizers the collection or the drops would run
//! (`__del__`, closing suspended generators, weak reference callbacks, the reports of
//! unawaited coroutines and unretrieved futures) are discarded. A program's own shutdown
//! (the CLI's `finish`: atexit, `__main__`'s finalizers, the exit warnings) happens
//! before, where output is still wanted. Not here: the collector itself (`vm::gc`).

use super::Vm;
use crate::runtime::dict::PyDict;
use std::rc::Rc;

/// Collections at most in one teardown.
const TEARDOWN_ROUNDS: usize = 8;

impl Vm {
    /// Free what this interpreter made; `main` is its `__main__` namespace. The `Vm` is
    /// still usable afterwards (as an empty interpreter without modules or builtins).
    pub(crate) fn teardown(&mut self, main: &Rc<PyDict>) {
        self.frame_pool_clear();
        let mut namespaces = vec![main.clone(), self.builtins.clone()];
        for module in self.modules.values() {
            namespaces.extend(self.module_dict(&module));
        }
        self.modules.clear();
        for namespace in &namespaces {
            namespace.clear();
        }
        drop(namespaces);
        self.clear_tables();
        // Last of the cycles Python code did not make: the builtin classes' own.
        self.types.clear_namespaces();
        // Each round frees what the previous one's drops let go of; garbage whose
        // contents could not be cleared would be found again every round, hence a bound.
        for _ in 0..TEARDOWN_ROUNDS {
            let found = self.gc_collect_without_finalizers().collected;
            if !self.discard_pending() && found == 0 {
                break;
            }
        }
    }

    /// Empty what the VM keeps between runs that can hold Python objects.
    fn clear_tables(&mut self) {
        self.code_cache.clear();
        self.handled = None;
        self.panic_trace = None;
        self.stop_value = crate::runtime::value::Value::None;
        self.signal_handlers.clear();
        self.atexit.clear();
        self.retired_classes.clear();
        self.match_shapes = Default::default();
        self.weak_pointer_class = None;
        self.gen_finalizer = None;
        self.asyncgen_hooks = Default::default();
        self.context = Default::default();
        self.loops = crate::event_loop::run_loop::LoopState::new(true);
        self.coro_origins = None;
        self.lazy_classes = Default::default();
        for list in [&self.gc.callbacks, &self.gc.garbage] {
            let items = std::mem::take(&mut *list.items.borrow_mut());
            drop(items);
        }
    }

    /// Drop the finalizers, weak callbacks and reports that drops queued (each may queue
    /// more as it goes); whether there were any.
    fn discard_pending(&mut self) -> bool {
        let mut any = false;
        loop {
            let finalizers = self
                .mailbox
                .finalizers
                .try_borrow_mut()
                .map(|mut q| std::mem::take(&mut *q))
                .unwrap_or_default();
            let callbacks = self
                .mailbox
                .weak_callbacks
                .try_borrow_mut()
                .map(|mut q| std::mem::take(&mut *q))
                .unwrap_or_default();
            let futures = crate::event_loop::future_gc::discard_dropped(&self.mailbox);
            let coroutines = super::unawaited::discard(&self.mailbox);
            if finalizers.is_empty() && callbacks.is_empty() && futures == 0 && !coroutines {
                return any;
            }
            any = true;
            drop(finalizers);
            drop(callbacks);
        }
    }
}
