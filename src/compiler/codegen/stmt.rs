//! Statement code generation: control flow (if/while/for/async for/break/continue/
//! return), exception handling (try/except/else/finally, raise, assert), `with` and
//! `async with`, imports and expression statements.
//!
//! Assignments live in `assign.rs`, function and class definitions in `scopes.rs`.

use super::{error, CResult, Compiler, FBlock, NameOp};
use crate::ast::*;
use crate::compiler::bytecode::{Constant, Instr, Scope};
use crate::compiler::symtable::ScopeKind;
use crate::compiler::{future, CompileMode};

impl<'a> Compiler<'a> {
    pub fn compile_stmt(&mut self, stmt: &'a Stmt) -> CResult {
        self.with_span(stmt.span, |c| c.compile_stmt_kind(stmt))
    }

    fn compile_stmt_kind(&mut self, stmt: &'a Stmt) -> CResult {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => self.compile_function_def(stmt, def),
            StmtKind::ClassDef(class) => self.compile_class_def(stmt, class),
            StmtKind::Return(value) => self.compile_return(stmt, value.as_ref()),
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.compile_delete(t)),
            StmtKind::Assign { targets, value } => self.compile_assign(targets, value),
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(target, *op, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.compile_ann_assign(target, annotation, value.as_ref(), *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.compile_async_for(target, iter, body, orelse)
                } else {
                    self.compile_for(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse),
            StmtKind::If { test, body, orelse } => self.compile_if(test, body, orelse),
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.compile_with(items, body, *is_async),
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut argc = 0;
                if let Some(exc) = exc {
                    self.compile_expr(exc)?;
                    argc = 1;
                    if let Some(cause) = cause {
                        self.compile_expr(cause)?;
                        argc = 2;
                    }
                }
                self.emit(Instr::Raise(argc));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse)
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody)
                }
            }
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.compile_expr(test)?;
                self.emit_jump(Instr::PopJumpIfTrue, end);
                let raise_span = assert_raise_span(test).unwrap_or(stmt.span);
                self.with_span(raise_span, |c| {
                    c.emit(Instr::LoadAssertionError);
                    if let Some(msg) = msg {
                        c.compile_expr(msg)?;
                        c.emit(Instr::Call(1));
                    }
                    c.emit(Instr::Raise(1));
                    Ok(())
                })?;
                self.bind(end);
                Ok(())
            }
            StmtKind::Import(aliases) => aliases.iter().try_for_each(|a| self.compile_import(a)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.compile_import_from(stmt, module.as_ref(), names, *level),
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => Ok(()),
            StmtKind::Expr(value) => self.compile_expr_stmt(value),
            StmtKind::Break => self.compile_break(stmt.span),
            StmtKind::Continue => self.compile_continue(stmt.span),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'a Expr) -> CResult {
        if self.mode == CompileMode::Eval && self.unit_ref().scope == Scope::Module {
            self.compile_expr(value)?;
            self.emit(Instr::ReturnValue);
            return Ok(());
        }
        if self.mode == CompileMode::Interactive && self.unit_ref().scope == Scope::Module {
            self.compile_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant(_)) {
            // A bare constant (a docstring) has no effect.
            return Ok(());
        }
        self.compile_expr(value)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_return(&mut self, stmt: &Stmt, value: Option<&'a Expr>) -> CResult {
        let st = self.scope_table();
        if st.kind != ScopeKind::Function {
            return Err(error("'return' outside function", stmt.span));
        }
        if value.is_some() && st.is_async && st.is_generator {
            return Err(error("'return' with value in async generator", stmt.span));
        }
        match value {
            Some(value) => {
                self.compile_expr(value)?;
                self.with_span(value.span, |c| c.unwind_to(0, true))?;
            }
            None => {
                self.unwind_to(0, false)?;
                self.load_none();
            }
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn innermost_loop(&self) -> Option<usize> {
        self.unit_ref()
            .fblocks
            .iter()
            .rposition(|fb| matches!(fb, FBlock::While { .. } | FBlock::ForLoop { .. }))
    }

    fn compile_break(&mut self, span: Span) -> CResult {
        let Some(index) = self.innermost_loop() else {
            return Err(error("'break' outside loop", span));
        };
        self.unwind_to(index + 1, false)?;
        let fb = self.unit_ref().fblocks[index];
        let end = match fb {
            FBlock::While { end, .. } => end,
            FBlock::ForLoop { end, .. } => {
                self.emit(Instr::PopTop);
                end
            }
            _ => return Err(error("compiler error: break target", span)),
        };
        self.emit_jump(Instr::Jump, end);
        Ok(())
    }

    fn compile_continue(&mut self, span: Span) -> CResult {
        let Some(index) = self.innermost_loop() else {
            return Err(error("'continue' not properly in loop", span));
        };
        self.unwind_to(index + 1, false)?;
        let start = match self.unit_ref().fblocks[index] {
            FBlock::While { start, .. } | FBlock::ForLoop { start, .. } => start,
            _ => return Err(error("compiler error: continue target", span)),
        };
        self.emit_jump(Instr::Jump, start);
        Ok(())
    }

    fn compile_if(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let end = self.new_label();
        let otherwise = if orelse.is_empty() {
            end
        } else {
            self.new_label()
        };
        self.compile_jump_if(test, false, otherwise)?;
        self.compile_body(body)?;
        if !orelse.is_empty() {
            self.emit_jump(Instr::Jump, end);
            self.bind(otherwise);
            self.compile_body(orelse)?;
        }
        self.bind(end);
        Ok(())
    }

    /// Evaluate `test` and jump to `target` when its truth equals `jump_when`. `not`
    /// flips the jump and `and`/`or` become a jump per operand (CPython's
    /// `compiler_jump_if`): no value of the whole test is made and tested again. The
    /// truth tests keep the enclosing statement's line, as CPython's do.
    pub fn compile_jump_if(
        &mut self,
        test: &'a Expr,
        jump_when: bool,
        target: super::Label,
    ) -> CResult {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.compile_jump_if(operand, !jump_when, target),
            ExprKind::BoolOp { op, values } if values.len() > 1 => {
                // `a and b` jumps when false as soon as one operand is false, `a or b`
                // when true as soon as one is true; the other way round only the last
                // operand decides, and the others skip past it.
                let short_circuits = matches!(op, BoolOp::Or) == jump_when;
                let past = self.new_label();
                let (last, rest) = values.split_last().expect("two operands or more");
                for v in rest {
                    if short_circuits {
                        self.compile_jump_if(v, jump_when, target)?;
                    } else {
                        self.compile_jump_if(v, !jump_when, past)?;
                    }
                }
                self.compile_jump_if(last, jump_when, target)?;
                self.bind(past);
                Ok(())
            }
            _ => {
                self.compile_expr(test)?;
                if jump_when {
                    self.emit_jump(Instr::PopJumpIfTrue, target);
                } else {
                    self.emit_jump(Instr::PopJumpIfFalse, target);
                }
                Ok(())
            }
        }
    }

    fn compile_while(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let end = self.new_label();
        let otherwise = self.new_label();
        self.bind(start);
        if !is_constant_true(test) {
            self.compile_jump_if(test, false, otherwise)?;
        }
        self.push_fblock(FBlock::While { start, end });
        let result = self.compile_body(body);
        self.pop_fblock();
        result?;
        self.emit_jump(Instr::Jump, start);
        self.bind(otherwise);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit_jump(Instr::ForIter, cleanup);
        self.compile_store(target)?;
        self.push_fblock(FBlock::ForLoop { start, end });
        let result = self.compile_body(body);
        self.pop_fblock();
        result?;
        self.emit_jump(Instr::Jump, start);
        self.bind(cleanup);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let handler = self.new_label();
        let end = self.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetAiter);
        self.bind(start);
        self.emit_jump(Instr::SetupFinally, handler);
        self.emit(Instr::GetAnext);
        self.load_none();
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.compile_store(target)?;
        self.push_fblock(FBlock::ForLoop { start, end });
        let result = self.compile_body(body);
        self.pop_fblock();
        result?;
        self.emit_jump(Instr::Jump, start);
        self.bind(handler);
        self.emit(Instr::EndAsyncFor);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn compile_with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_body(body);
        };
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.compile_expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await();
            self.emit_jump(Instr::SetupAsyncWith, handler);
        } else {
            self.emit_jump(Instr::SetupWith, handler);
        }
        self.push_fblock(FBlock::With { is_async });
        let result = (|| {
            match &item.optional_vars {
                Some(target) => self.compile_store(target)?,
                None => self.emit(Instr::PopTop),
            }
            if rest.is_empty() {
                self.compile_body(body)
            } else {
                self.compile_with(rest, body, is_async)
            }
        })();
        self.pop_fblock();
        result?;
        // Normal exit: __exit__(None, None, None).
        self.emit(Instr::PopBlock);
        self.call_exit_with_nones(is_async);
        self.emit(Instr::PopTop);
        self.emit_jump(Instr::Jump, end);
        // Exceptional exit: [exit, exc]; a true result of __exit__ swallows the exception.
        self.bind(handler);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await();
        }
        self.emit_jump(Instr::PopJumpIfTrue, suppress);
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::FinallyTry(finalbody));
        let result = if handlers.is_empty() {
            self.compile_body(body)
        } else {
            self.compile_try_except(body, handlers, orelse)
        };
        self.pop_fblock();
        result?;
        self.emit(Instr::PopBlock);
        self.compile_body(finalbody)?;
        self.emit_jump(Instr::Jump, end);
        self.bind(handler);
        self.push_fblock(FBlock::FinallyEnd);
        let result = self.compile_body(finalbody);
        self.pop_fblock();
        result?;
        self.emit(Instr::Reraise);
        self.bind(end);
        Ok(())
    }

    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        if handlers.first().is_some_and(|h| h.is_star) {
            return self.compile_try_star(body, handlers, orelse);
        }
        let handler = self.new_label();
        let otherwise = self.new_label();
        let end = self.new_label();
        // Clause types that are names cannot yield, so the exception being handled is
        // still the VM's when they are matched: the VM may match it by kind.
        let setup = if handlers
            .iter()
            .all(|h| h.typ.as_ref().is_none_or(is_name_or_names))
        {
            Instr::SetupExcept
        } else {
            Instr::SetupFinally
        };
        self.emit_jump(setup, handler);
        self.push_fblock(FBlock::TryExcept);
        let result = self.compile_body(body);
        self.pop_fblock();
        result?;
        self.emit(Instr::PopBlock);
        self.emit_jump(Instr::Jump, otherwise);
        // [exc] with an except-handler block active.
        self.bind(handler);
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(error("default 'except:' must be last", h.span));
            }
            self.with_span(h.span, |c| c.compile_handler(h, end))?;
        }
        self.emit(Instr::Reraise);
        self.bind(otherwise);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// One `except [typ [as name]]:` clause; on entry `[exc]`; a match ends at `end`.
    fn compile_handler(&mut self, h: &'a ExceptHandler, end: super::Label) -> CResult {
        let next = self.new_label();
        if let Some(typ) = &h.typ {
            self.compile_expr(typ)?;
            self.emit_jump(Instr::JumpIfNotExcMatch, next);
        }
        match &h.name {
            Some(name) => {
                // The name is cleared however the body ends: `name = None; del name`.
                let cleanup = self.new_label();
                self.name_op(name, NameOp::Store)?;
                self.emit_jump(Instr::SetupFinally, cleanup);
                self.push_fblock(FBlock::HandlerCleanup(Some(name)));
                let result = self.compile_body(&h.body);
                self.pop_fblock();
                result?;
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                self.clear_name(name)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(cleanup);
                self.clear_name(name)?;
                self.emit(Instr::Reraise);
            }
            None => {
                self.emit(Instr::PopTop);
                self.push_fblock(FBlock::HandlerCleanup(None));
                let result = self.compile_body(&h.body);
                self.pop_fblock();
                result?;
                self.emit(Instr::PopExcept);
                self.emit_jump(Instr::Jump, end);
            }
        }
        self.bind(next);
        Ok(())
    }

    fn compile_import(&mut self, alias: &Alias) -> CResult {
        self.load_const(Constant::Int(0));
        self.load_none();
        let index = self.add_name(&alias.name);
        self.emit(Instr::ImportName(index));
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d` binds the submodule: walk down the attributes.
                for part in alias.name.split('.').skip(1) {
                    let i = self.add_name(&part.into());
                    self.emit(Instr::ImportFrom(i));
                    self.emit(Instr::RotTwo);
                    self.emit(Instr::PopTop);
                }
                self.name_op(asname, NameOp::Store)
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(&top.into(), NameOp::Store)
            }
        }
    }

    fn compile_import_from(
        &mut self,
        stmt: &Stmt,
        module: Option<&Name>,
        names: &[Alias],
        level: u32,
    ) -> CResult {
        if module.is_some_and(|m| &**m == "__future__")
            && self.source.line_of(stmt.span.start) > self.future.last_line
        {
            return Err(error(future::LATE_FUTURE, stmt.span));
        }
        let star = names.iter().any(|a| &*a.name == "*");
        if star && self.unit_ref().scope != Scope::Module {
            return Err(error("import * only allowed at module level", stmt.span));
        }
        self.load_const(Constant::Int(level as i64));
        let fromlist: Vec<Constant> = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        self.load_const(Constant::Tuple(fromlist.into()));
        let module_name: Name = module.cloned().unwrap_or_else(|| "".into());
        let index = self.add_name(&module_name);
        self.emit(Instr::ImportName(index));
        if star {
            self.emit(Instr::ImportStar);
            return Ok(());
        }
        for alias in names {
            let i = self.add_name(&alias.name);
            self.with_span(alias.span, |c| {
                c.emit(Instr::ImportFrom(i));
                Ok(())
            })?;
            let bound = alias.asname.as_ref().unwrap_or(&alias.name);
            self.name_op(bound, NameOp::Store)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

fn is_constant_true(test: &Expr) -> bool {
    match &test.kind {
        ExprKind::Constant(Constant_::Bool(b)) => *b,
        ExprKind::Constant(Constant_::Int(i)) => *i != 0,
        _ => false,
    }
}

use crate::ast::Constant as Constant_;

/// Where CPython 3.11 locates a failed assert's raise, as its traceback shows it: at the
/// last comparison its condition jumps on (its compiler leaves that location set when
/// compiling a conditional jump on a comparison, under `not` and `and`/`or` too), else at
/// the statement.
fn assert_raise_span(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            operand,
        } => assert_raise_span(operand),
        ExprKind::BoolOp { values, .. } => values.iter().rev().find_map(assert_raise_span),
        _ => None,
    }
}

/// `NAME`, `a.b.NAME` or a tuple of those: an `except` type whose evaluation cannot
/// suspend the frame.
fn is_name_or_names(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Name { .. } => true,
        ExprKind::Attribute { value, .. } => is_name_or_names(value),
        ExprKind::Tuple { elts, .. } => elts.iter().all(is_name_or_names),
        _ => false,
    }
}
