//! Generators, coroutines and async generators: a suspended frame plus a lifecycle state.
//! Resuming one pushes its frame onto the VM's frame stack; suspending moves it back here.
//!
//! A coroutine may instead have a native body ([`NativeBody`]): Rust code the VM resumes
//! in place of a frame, for library coroutines whose body is a fixed state machine
//! (`asyncio.sleep`). It is still a coroutine object to Python: awaitable, drivable
//! with send/throw/close, reported by `iscoroutine`.

use super::frame::Frame;
use super::resume::{GenStep, Resume};
use super::Vm;
use crate::compiler::bytecode::CodeKind;
use crate::runtime::error::PyResult;
use crate::runtime::function::CodeObj;
use crate::runtime::value::Value;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;

/// Where a generator is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made but never resumed: the frame starts at instruction 0.
    Created,
    /// Stopped at a `yield` (or delegating through `yield from`/`await`).
    Suspended,
    /// Its frame is on the VM's frame stack right now.
    Running,
    /// Returned or raised; the frame is gone.
    Done,
}

/// The body of a coroutine written in Rust. The VM has already checked the generator's
/// state (not running, not finished, nothing but None sent to a fresh one, a throw into
/// a fresh one finishes it) and sets the state from the outcome: a yield suspends it, a
/// return or an error finishes it.
pub trait NativeBody: Any {
    /// Run the body from where it stopped. Answering a `Resume::Throw` with a yield is
    /// not allowed: the VM reports it as a RuntimeError.
    fn resume(&self, vm: &mut Vm, gen: &Rc<Generator>, how: Resume) -> PyResult<GenStep>;
    /// `__name__` and `__qualname__`.
    fn name(&self) -> &'static str;
    fn as_any(&self) -> &dyn Any;
}

/// What a generator runs.
enum Body {
    /// Frames of this code.
    Code(Rc<CodeObj>),
    /// A coroutine implemented in Rust.
    Native(Box<dyn NativeBody>),
}

pub struct Generator {
    pub kind: CodeKind,
    pub state: Cell<GenState>,
    /// The suspended frame (taken out while it runs, gone when done). A `Cell`, not a
    /// `RefCell`: a generator is kept small, there can be a hundred thousand of them.
    pub frame: Cell<Option<Box<Frame>>>,
    body: Body,
    /// `__name__` and `__qualname__` when they are not the code's (the function was
    /// renamed): most generators need no room for them.
    renamed: Option<Box<(Rc<str>, Rc<str>)>>,
    /// Whether it was ever resumed or handed to a task (a generator-based coroutine is
    /// awaitable only then). The never-awaited warning goes by `state` instead.
    pub started: Cell<bool>,
    pub gc: crate::runtime::gc_header::GcHeader,
    /// Where to queue its closing if it is dropped suspended inside `try`/`with`: set
    /// by the VM for code that has such blocks (see `vm::gc::finalize`).
    /// For an async generator, also what its hooks said (one shared object until then).
    pub finalizer: Cell<Option<Rc<GenFinalizer>>>,
}

/// Where a dropped generator's finalization goes, and for an async generator what the
/// hooks said at its first step (see `asyncgen_hooks`).
pub struct GenFinalizer {
    /// Its interpreter's mailbox.
    pub queue: Rc<super::mailbox::Mailbox>,
    pub asyncgen: AsyncGenHook,
}

/// An async generator's finalizer hook, as its first step found it.
pub enum AsyncGenHook {
    /// It has not stepped yet.
    NotConsulted,
    /// There was none: a dropped generator is closed.
    Absent,
    /// Called with the generator if it is dropped unfinished.
    Hook(Value),
    /// Finalized already (once only).
    Done,
}

impl Generator {
    pub fn new(frame: Box<Frame>, name: &Rc<str>, qualname: &Rc<str>) -> Generator {
        let code = &frame.code.code;
        let renamed = if Rc::ptr_eq(name, &code.name) && Rc::ptr_eq(qualname, &code.qualname) {
            None
        } else {
            Some(Box::new((name.clone(), qualname.clone())))
        };
        Generator {
            kind: code.kind,
            body: Body::Code(frame.code.clone()),
            state: Cell::new(GenState::Created),
            frame: Cell::new(Some(frame)),
            renamed,
            started: Cell::new(false),
            gc: Default::default(),
            finalizer: Cell::new(None),
        }
    }

    /// A coroutine whose body is `body`.
    /// A coroutine with a native body, reporting to `vm` if never awaited.
    pub fn native_coroutine(vm: &mut Vm, body: Box<dyn NativeBody>) -> Generator {
        Generator {
            kind: CodeKind::Coroutine,
            body: Body::Native(body),
            state: Cell::new(GenState::Created),
            frame: Cell::new(None),
            renamed: None,
            started: Cell::new(false),
            gc: Default::default(),
            finalizer: Cell::new(Some(vm.shared_gen_finalizer())),
        }
    }

    /// The code its frames run; None for a native body.
    pub fn code(&self) -> Option<&Rc<CodeObj>> {
        match &self.body {
            Body::Code(c) => Some(c),
            Body::Native(_) => None,
        }
    }

    /// The native body, if it has one.
    pub fn native(&self) -> Option<&dyn NativeBody> {
        match &self.body {
            Body::Code(_) => None,
            Body::Native(n) => Some(n.as_ref()),
        }
    }

    /// Look at the suspended frame, if there is one.
    pub fn with_frame<R>(&self, f: impl FnOnce(Option<&Frame>) -> R) -> R {
        let frame = self.frame.take();
        let r = f(frame.as_deref());
        self.frame.set(frame);
        r
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        match (&self.renamed, self.code()) {
            (Some(r), _) => r.0.clone(),
            (None, Some(c)) => c.code.name.clone(),
            (None, None) => self.native_name(),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        match (&self.renamed, self.code()) {
            (Some(r), _) => r.1.clone(),
            (None, Some(c)) => c.code.qualname.clone(),
            (None, None) => self.native_name(),
        }
    }

    fn native_name(&self) -> Rc<str> {
        self.native().map_or("", |n| n.name()).into()
    }

    /// The native body, if it is a `T`.
    pub fn native_body<T: NativeBody>(&self) -> Option<&T> {
        self.native()?.as_any().downcast_ref::<T>()
    }

    /// "generator", "coroutine" or "async generator", as error messages name it.
    pub fn noun(&self) -> &'static str {
        match self.kind {
            CodeKind::Coroutine => "coroutine",
            CodeKind::AsyncGenerator => "async generator",
            _ => "generator",
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let Some(fin) = self.finalizer.take() else {
            return;
        };
        if self.kind == CodeKind::Coroutine && self.state.get() == GenState::Created {
            let address = self as *const Generator as usize;
            super::unawaited::queue(&fin.queue, self.qualname(), address);
        }
        {
            match &fin.asyncgen {
                AsyncGenHook::Hook(hook) if self.unfinished() => {
                    let hook = hook.clone();
                    self.queue_finalize(&fin, hook);
                }
                AsyncGenHook::Done => {}
                _ if super::gc::finalize::needs_close(self) => self.queue_close(&fin.queue),
                _ => {}
            }
        }
    }
}

impl Vm {
    /// The finalizer generators share until an async generator's hooks give it its own:
    /// where a dropped one is closed or reported (see `mailbox`).
    pub(crate) fn shared_gen_finalizer(&mut self) -> Rc<GenFinalizer> {
        let queue = &self.mailbox;
        self.gen_finalizer
            .get_or_insert_with(|| {
                Rc::new(GenFinalizer {
                    queue: queue.clone(),
                    asyncgen: AsyncGenHook::NotConsulted,
                })
            })
            .clone()
    }
}

impl Generator {
    /// Dropped while suspended inside `try`/`with`: its frame moves to a new generator
    /// that the VM closes at the next safe point, so the `finally` runs.
    #[cold]
    fn queue_close(&mut self, queue: &super::mailbox::Mailbox) {
        if let Some(revived) = self.revive(None) {
            super::gc::finalize::queue(queue, super::gc::finalize::Pending::Close(revived));
        }
    }

    /// An unfinished async generator dropped after its first step under a finalizer
    /// hook: a new generator with its frame goes to the hook at the next safe point.
    #[cold]
    fn queue_finalize(&mut self, fin: &GenFinalizer, hook: Value) {
        let done = Rc::new(GenFinalizer {
            queue: fin.queue.clone(),
            asyncgen: AsyncGenHook::Done,
        });
        if let Some(revived) = self.revive(Some(done)) {
            let p = super::gc::finalize::Pending::AsyncGen(revived, hook);
            super::gc::finalize::queue(&fin.queue, p);
        }
    }

    /// Move the frame into a new generator (finalizers get a live object).
    fn revive(&mut self, finalizer: Option<Rc<GenFinalizer>>) -> Option<Rc<Generator>> {
        let Body::Code(code) = &self.body else {
            return None;
        };
        let revived = Generator {
            kind: self.kind,
            state: Cell::new(self.state.get()),
            frame: Cell::new(self.frame.take()),
            body: Body::Code(code.clone()),
            renamed: self.renamed.take(),
            started: Cell::new(self.started.get()),
            gc: Default::default(),
            finalizer: Cell::new(finalizer),
        };
        Some(Rc::new(revived))
    }

    /// Whether its frame can still run.
    fn unfinished(&self) -> bool {
        matches!(self.state.get(), GenState::Created | GenState::Suspended)
            && self.with_frame(|f| f.is_some())
    }

    /// Look at the finalizer.
    fn with_finalizer<R>(&self, f: impl FnOnce(Option<&GenFinalizer>) -> R) -> R {
        let fin = self.finalizer.take();
        let r = f(fin.as_deref());
        self.finalizer.set(fin);
        r
    }

    /// Record what the async-generator hooks said (the queue stays).
    fn set_asyncgen_hook(&self, asyncgen: AsyncGenHook) {
        if let Some(fin) = self.finalizer.take() {
            let queue = fin.queue.clone();
            self.finalizer
                .set(Some(Rc::new(GenFinalizer { queue, asyncgen })));
        }
    }

    /// Whether the async-generator hooks were consulted (its first step began).
    pub fn ag_hooks_inited(&self) -> bool {
        self.with_finalizer(|f| {
            f.is_some_and(|f| !matches!(f.asyncgen, AsyncGenHook::NotConsulted))
        })
    }

    /// Remember the finalizer hook current at the first step (None: none).
    pub fn set_ag_finalizer(&self, hook: Value) {
        self.set_asyncgen_hook(if hook.is_none() {
            AsyncGenHook::Absent
        } else {
            AsyncGenHook::Hook(hook)
        });
    }

    /// The finalizer hook to call if it is unfinished now (dropped or garbage): only
    /// once, and only for a generator whose frame can still run.
    pub fn take_ag_finalizer(&self) -> Option<Value> {
        let hook = self.with_finalizer(|f| match f.map(|f| &f.asyncgen) {
            Some(AsyncGenHook::Hook(h)) => Some(h.clone()),
            _ => None,
        })?;
        if !self.unfinished() {
            return None;
        }
        self.set_asyncgen_hook(AsyncGenHook::Done);
        Some(hook)
    }
}
