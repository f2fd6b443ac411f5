//! Code generation core: the per-code-object emission state ([`Unit`]), labels and jump
//! patching, constant/name tables, name resolution to load/store instructions, and the
//! frame-block stack that `return`/`break`/`continue` unwind through.
//!
//! Statements, expressions, assignment targets and nested scopes (functions, classes,
//! comprehensions) are compiled in the sibling modules. It does not analyse scopes
//! (that is [`super::symtable`]) and knows nothing of the VM beyond the bytecode contract.

mod annotations;
mod assign;
mod expr;
mod match_stmt;
mod scopes;
mod stmt;
mod try_star;

use super::bytecode::{Code, CodeKind, Constant, Instr, Scope, SourceFile};
use super::future::FutureFeatures;
use super::symtable::{ScopeId, ScopeKind, SymbolScope, SymbolTable};
use super::CompileMode;
use crate::ast::{self, Name, Span, Stmt};
use crate::syntax_error::SyntaxError;
use std::collections::HashMap;
use std::rc::Rc;

pub type CResult<T = ()> = Result<T, SyntaxError>;

#[cold]
pub fn error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::syntax(message, span)
}

/// A jump target, resolved to an instruction index when the unit is finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// What `return`/`break`/`continue` must undo when leaving a block, innermost last.
#[derive(Clone, Copy, Debug)]
pub enum FBlock<'a> {
    While {
        start: Label,
        end: Label,
    },
    /// `for`/`async for`: the iterator is on the stack.
    ForLoop {
        start: Label,
        end: Label,
    },
    /// A `try` body guarded by an except handler (a pushed SetupFinally block).
    TryExcept,
    /// A `try` body guarded by a `finally`: leaving runs the finally body inline.
    FinallyTry(&'a [Stmt]),
    /// The exceptional copy of a finally body: the exception is on the stack and an
    /// except-handler block is active.
    FinallyEnd,
    /// A `with` body: `__exit__` is on the stack and a with block is active.
    With {
        is_async: bool,
    },
    /// An except handler body (exception already popped); with `as name`, also a
    /// SetupFinally that clears the name.
    HandlerCleanup(Option<&'a Name>),
    /// A value kept on the stack (a pending return value) under an inline finally body.
    PopValue,
    /// An `except*` clause body: break, continue and return may not leave it.
    StarHandler,
}

/// The code object being emitted.
pub struct Unit<'a> {
    pub scope_id: ScopeId,
    pub name: Name,
    pub qualname: Name,
    pub scope: Scope,
    pub instrs: Vec<Instr>,
    pub spans: Vec<Span>,
    pub consts: Vec<Constant>,
    pub names: Vec<Name>,
    name_index: HashMap<Name, u32>,
    pub varnames: Vec<Name>,
    pub cellvars: Vec<Name>,
    pub freevars: Vec<Name>,
    labels: Vec<Option<u32>>,
    jumps: Vec<usize>,
    pub fblocks: Vec<FBlock<'a>>,
    /// Span given to emitted instructions: the innermost statement/expression being compiled.
    pub span: Span,
    pub def_span: Span,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// The innermost enclosing class's name, for private name mangling.
    pub private: Option<Name>,
}

pub struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub source: Rc<SourceFile>,
    pub mode: CompileMode,
    pub future: FutureFeatures,
    pub units: Vec<Unit<'a>>,
}

/// Compile a whole module (already scope-analysed) into its code object.
pub fn compile_module(
    module: &ast::Module,
    table: &SymbolTable,
    source: Rc<SourceFile>,
    mode: CompileMode,
    future: FutureFeatures,
) -> CResult<Rc<Code>> {
    let span = Span::new(0, source.text.len());
    let mut c = Compiler {
        table,
        source,
        mode,
        future,
        units: Vec::new(),
    };
    c.push_unit(0, "<module>".into(), "<module>".into(), span, None);
    c.setup_annotations(&module.body);
    if mode == CompileMode::Module {
        c.compile_docstring(&module.body)?;
    }
    c.compile_body(&module.body)?;
    c.unit().span = span;
    c.load_none();
    c.emit(Instr::ReturnValue);
    let kind = if table.root().is_coroutine {
        CodeKind::Coroutine
    } else {
        CodeKind::Function
    };
    c.pop_unit(kind)
}

/// Whether an (AST) constant is the docstring-shaped first statement.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&Rc<str>> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    pub fn unit(&mut self) -> &mut Unit<'a> {
        let last = self.units.len() - 1;
        &mut self.units[last]
    }
    pub fn unit_ref(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }
    pub fn scope_table(&self) -> &'a super::symtable::ScopeTable {
        &self.table.scopes[self.unit_ref().scope_id]
    }

    /// Start a new code object for scope `scope_id`.
    pub fn push_unit(
        &mut self,
        scope_id: ScopeId,
        name: Name,
        qualname: Name,
        def_span: Span,
        args: Option<&ast::Arguments>,
    ) {
        let st = &self.table.scopes[scope_id];
        let scope = match st.kind {
            ScopeKind::Module => Scope::Module,
            ScopeKind::Class => Scope::Class,
            ScopeKind::Function => Scope::Function,
        };
        let mut unit = Unit {
            scope_id,
            name,
            qualname,
            scope,
            instrs: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: st.varnames.clone(),
            cellvars: st.cellvars.clone(),
            freevars: st.freevars.clone(),
            labels: Vec::new(),
            jumps: Vec::new(),
            fblocks: Vec::new(),
            span: def_span,
            def_span,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            has_varargs: false,
            has_varkw: false,
            private: st.private.clone(),
        };
        if let Some(args) = args {
            unit.posonlyargcount = args.posonlyargs.len() as u32;
            unit.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            unit.kwonlyargcount = args.kwonlyargs.len() as u32;
            unit.has_varargs = args.vararg.is_some();
            unit.has_varkw = args.kwarg.is_some();
        }
        self.units.push(unit);
    }

    /// Finish the current code object: resolve jumps and build the `Code`.
    pub fn pop_unit(&mut self, kind: CodeKind) -> CResult<Rc<Code>> {
        let Some(mut unit) = self.units.pop() else {
            return Err(error("compiler error: no code unit", Span::default()));
        };
        for &at in &unit.jumps {
            let instr = unit.instrs[at];
            let Some(label) = jump_target(instr) else {
                continue;
            };
            let Some(Some(target)) = unit.labels.get(label as usize).copied() else {
                return Err(error("compiler error: unbound label", unit.def_span));
            };
            unit.instrs[at] = retarget(instr, target);
        }
        // After the jumps have their targets: fusing keeps every index, and a fused
        // instruction is never a jump.
        crate::compiler::fuse::fuse_super_methods(&mut unit.instrs, &unit.names);
        crate::compiler::fuse::fuse_pairs(&mut unit.instrs);
        let st = &self.table.scopes[unit.scope_id];
        let cell_params = unit
            .cellvars
            .iter()
            .map(|cell| st.params.iter().position(|p| p == cell).map(|i| i as u32))
            .collect();
        Ok(Rc::new(Code {
            name: unit.name,
            qualname: unit.qualname,
            source: self.source.clone(),
            kind,
            scope: unit.scope,
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            has_varargs: unit.has_varargs,
            has_varkw: unit.has_varkw,
            instrs: unit.instrs,
            spans: unit.spans,
            consts: unit.consts,
            names: unit.names,
            varnames: unit.varnames,
            cellvars: unit.cellvars,
            cell_params,
            freevars: unit.freevars,
            closure_from: vec![],
            span: unit.def_span,
            doc: None,
        }))
    }

    pub fn emit(&mut self, instr: Instr) {
        let unit = self.unit();
        unit.instrs.push(instr);
        let span = unit.span;
        unit.spans.push(span);
    }

    /// Emit a jump-like instruction; `make` builds it from the (later patched) target.
    pub fn emit_jump(&mut self, make: fn(u32) -> Instr, label: Label) {
        let unit = self.unit();
        unit.jumps.push(unit.instrs.len());
        self.emit(make(label.0));
    }

    pub fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, label: Label) {
        let unit = self.unit();
        let here = unit.instrs.len() as u32;
        unit.labels[label.0 as usize] = Some(here);
    }

    pub fn add_const(&mut self, constant: Constant) -> u32 {
        let unit = self.unit();
        if !matches!(constant, Constant::Code(_)) {
            if let Some(i) = unit.consts.iter().position(|c| same_const(c, &constant)) {
                return i as u32;
            }
        }
        unit.consts.push(constant);
        unit.consts.len() as u32 - 1
    }

    pub fn load_const(&mut self, constant: Constant) {
        let i = self.add_const(constant);
        self.emit(Instr::LoadConst(i));
    }

    pub fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    pub fn load_str(&mut self, s: &str) {
        self.load_const(Constant::Str(s.into()));
    }

    /// `name` as written in the current unit: `__x` inside class `C` is `_C__x`.
    pub fn mangle(&self, name: &Name) -> Name {
        crate::compiler::mangle::mangle(self.unit_ref().private.as_deref(), name)
    }

    /// The index of a name for name, attribute and import instructions (mangled, as
    /// every such name is).
    pub fn add_name(&mut self, name: &Name) -> u32 {
        let name = &self.mangle(name);
        let unit = self.unit();
        if let Some(&i) = unit.name_index.get(name) {
            return i;
        }
        let i = unit.names.len() as u32;
        unit.names.push(name.clone());
        unit.name_index.insert(name.clone(), i);
        i
    }

    /// Index of a cell or free variable in the `LoadDeref` numbering.
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|n| &**n == name) {
            return Some(i as u32);
        }
        let i = unit.freevars.iter().position(|n| &**n == name)?;
        Some((unit.cellvars.len() + i) as u32)
    }

    /// Load, store or delete a variable, wherever scope analysis put it.
    pub fn name_op(&mut self, name: &Name, op: NameOp) -> CResult {
        let name = &self.mangle(name);
        let st = self.scope_table();
        let in_function = self.unit_ref().scope == Scope::Function;
        let resolved = st.lookup(name);
        match resolved {
            SymbolScope::Local if in_function => {
                let Some(i) = self.unit_ref().varnames.iter().position(|n| n == name) else {
                    return Err(error(
                        format!("compiler error: no slot for '{name}'"),
                        self.unit_ref().span,
                    ));
                };
                let i = i as u32;
                self.emit(match op {
                    NameOp::Load => Instr::LoadFast(i),
                    NameOp::Store => Instr::StoreFast(i),
                    NameOp::Delete => Instr::DeleteFast(i),
                });
            }
            SymbolScope::Cell | SymbolScope::Free => {
                let Some(i) = self.deref_index(name) else {
                    return Err(error(
                        format!("compiler error: no cell for '{name}'"),
                        self.unit_ref().span,
                    ));
                };
                let class_load = self.unit_ref().scope == Scope::Class;
                self.emit(match op {
                    NameOp::Load if class_load => Instr::LoadClassDeref(i),
                    NameOp::Load => Instr::LoadDeref(i),
                    NameOp::Store => Instr::StoreDeref(i),
                    NameOp::Delete => Instr::DeleteDeref(i),
                });
            }
            SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit
                if in_function || resolved == SymbolScope::GlobalExplicit =>
            {
                let i = self.add_name(name);
                self.emit(match op {
                    NameOp::Load => Instr::LoadGlobal(i),
                    NameOp::Store => Instr::StoreGlobal(i),
                    NameOp::Delete => Instr::DeleteGlobal(i),
                });
            }
            _ => {
                let i = self.add_name(name);
                self.emit(match op {
                    NameOp::Load => Instr::LoadName(i),
                    NameOp::Store => Instr::StoreName(i),
                    NameOp::Delete => Instr::DeleteName(i),
                });
            }
        }
        Ok(())
    }

    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        body.iter().try_for_each(|s| self.compile_stmt(s))
    }

    /// Module and class bodies store their docstring as `__doc__`.
    pub fn compile_docstring(&mut self, body: &[Stmt]) -> CResult {
        if let Some(doc) = docstring(body) {
            let span = body[0].span;
            let saved = std::mem::replace(&mut self.unit().span, span);
            self.load_str(doc);
            self.name_op(&"__doc__".into(), NameOp::Store)?;
            self.unit().span = saved;
        }
        Ok(())
    }

    /// Run `f` with instruction spans set to `span`.
    pub fn with_span<T>(
        &mut self,
        span: Span,
        f: impl FnOnce(&mut Self) -> CResult<T>,
    ) -> CResult<T> {
        let saved = std::mem::replace(&mut self.unit().span, span);
        let result = f(self);
        self.unit().span = saved;
        result
    }

    /// Emit what leaving frame block `fb` requires; with `preserve_tos` a value on top of
    /// the stack (a return value) is kept above whatever the block owns.
    fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> CResult {
        match fb {
            FBlock::While { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept => self.emit(Instr::PopBlock),
            FBlock::FinallyTry(body) => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.unit().fblocks.push(FBlock::PopValue);
                }
                let result = self.compile_body(body);
                if preserve_tos {
                    self.unit().fblocks.pop();
                }
                result?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.emit(Instr::PopTop);
                self.emit(Instr::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Instr::PopBlock);
                if preserve_tos {
                    self.emit(Instr::RotTwo);
                }
                self.call_exit_with_nones(is_async);
                self.emit(Instr::PopTop);
            }
            FBlock::StarHandler => {
                let span = self.unit().span;
                return Err(try_star::cannot_leave(span));
            }
            FBlock::HandlerCleanup(name) => {
                if let Some(name) = name {
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name)?;
                } else {
                    self.emit(Instr::PopExcept);
                }
            }
        }
        Ok(())
    }

    /// `[exit] -> [exit(None, None, None)]`, awaited for `async with`.
    pub fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_none();
        self.emit(Instr::DupTop);
        self.emit(Instr::DupTop);
        self.emit(Instr::Call(3));
        if is_async {
            self.emit_await();
        }
    }

    /// `[awaitable] -> [result]`
    pub fn emit_await(&mut self) {
        self.emit(Instr::GetAwaitable);
        self.load_none();
        self.emit(Instr::YieldFrom);
    }

    /// `name = None; del name` (end of `except E as name:`).
    pub fn clear_name(&mut self, name: &Name) -> CResult {
        self.load_none();
        self.name_op(name, NameOp::Store)?;
        self.name_op(name, NameOp::Delete)
    }

    /// Unwind every frame block above index `stop` (innermost first). Each block is
    /// removed while its unwinding code is compiled, so an inline finally body sees
    /// only the blocks outside it.
    pub fn unwind_to(&mut self, stop: usize, preserve_tos: bool) -> CResult {
        let mut i = self.unit_ref().fblocks.len();
        while i > stop {
            i -= 1;
            let saved = self.unit().fblocks.split_off(i);
            let result = self.unwind_fblock(saved[0], preserve_tos);
            self.unit().fblocks.extend(saved);
            result?;
        }
        Ok(())
    }

    pub fn push_fblock(&mut self, fb: FBlock<'a>) {
        self.unit().fblocks.push(fb);
    }

    pub fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOp {
    Load,
    Store,
    Delete,
}

/// The label id carried by a jump-like instruction before patching.
fn jump_target(instr: Instr) -> Option<u32> {
    match instr {
        Instr::Jump(t)
        | Instr::PopJumpIfFalse(t)
        | Instr::PopJumpIfTrue(t)
        | Instr::JumpIfFalseOrPop(t)
        | Instr::JumpIfTrueOrPop(t)
        | Instr::ForIter(t)
        | Instr::SetupFinally(t)
        | Instr::SetupExcept(t)
        | Instr::JumpIfNotExcMatch(t)
        | Instr::SetupWith(t)
        | Instr::SetupAsyncWith(t) => Some(t),
        _ => None,
    }
}

fn retarget(instr: Instr, target: u32) -> Instr {
    match instr {
        Instr::Jump(_) => Instr::Jump(target),
        Instr::PopJumpIfFalse(_) => Instr::PopJumpIfFalse(target),
        Instr::PopJumpIfTrue(_) => Instr::PopJumpIfTrue(target),
        Instr::JumpIfFalseOrPop(_) => Instr::JumpIfFalseOrPop(target),
        Instr::JumpIfTrueOrPop(_) => Instr::JumpIfTrueOrPop(target),
        Instr::ForIter(_) => Instr::ForIter(target),
        Instr::SetupFinally(_) => Instr::SetupFinally(target),
        Instr::SetupExcept(_) => Instr::SetupExcept(target),
        Instr::JumpIfNotExcMatch(_) => Instr::JumpIfNotExcMatch(target),
        Instr::SetupWith(_) => Instr::SetupWith(target),
        Instr::SetupAsyncWith(_) => Instr::SetupAsyncWith(target),
        other => other,
    }
}

/// Constant identity for deduplication: `0.0` and `-0.0`, `1` and `True` stay distinct.
fn same_const(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::Float(x), Constant::Float(y))
        | (Constant::Imaginary(x), Constant::Imaginary(y)) => x.to_bits() == y.to_bits(),
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| same_const(p, q))
        }
        (Constant::Code(_), _) | (_, Constant::Code(_)) => false,
        _ => a == b,
    }
}
