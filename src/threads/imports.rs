//! Imports and threads: a module that one Python thread is importing is not handed,
//! half initialized, to another. The other thread waits until the import is over (as
//! CPython's per-module import locks make it), then finds the module — or imports it
//! afresh if the first import failed. A thread importing a module that it is itself
//! importing (a circular import) gets the partial module, as always.
//!
//! Not detected: a deadlock between two threads each waiting for the other's import.

use super::scheduler::wait;
use crate::runtime::error::PyResult;
use crate::vm::Vm;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Wait while another thread imports `name`.
pub fn wait_for(vm: &mut Vm, name: &str) -> PyResult<()> {
    if !vm.threads.imported_by_other(name) {
        return Ok(());
    }
    let vmp: *const Vm = vm;
    wait(
        vm,
        ImportDone {
            vm: vmp,
            name: name.to_string(),
        },
    )
}

/// The running thread starts importing `name`.
pub fn begin(vm: &mut Vm, name: &str) {
    vm.threads.begin_import(name);
}

/// The running thread's import of `name` is over; threads waiting for it go on.
pub fn end(vm: &mut Vm, name: &str) {
    vm.threads.end_import(name);
}

/// Resolves once no other thread imports the module.
struct ImportDone {
    vm: *const Vm,
    name: String,
}

impl Future for ImportDone {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: polled only by `wait`, on the waiting thread, while the interpreter it
        // points to is alive and no other thread runs.
        let threads = unsafe { &(*self.vm).threads };
        if threads.imported_by_other(&self.name) {
            threads.wait_for_imports(cx.waker());
            Poll::Pending
        } else {
            Poll::Ready(())
        }
    }
}
