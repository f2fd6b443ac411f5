//! Code generation for constructs that open a new code object: `def`/`async def`,
//! `class`, `lambda` and comprehensions/generator expressions, plus what they share:
//! qualified names, default arguments and closure tuples.

use super::{docstring, error, CResult, Compiler, NameOp};
use crate::ast::*;
use crate::compiler::bytecode::{Code, CodeKind, Constant, Instr, Scope};
use crate::compiler::symtable::{ComprehensionKind, ScopeId, ScopeKind, SymbolScope};
use crate::compiler::CompileMode;
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// CPython's `__qualname__` for a scope named `name` opened in the current unit.
    fn qualname(&self, name: &str) -> Name {
        let parent = self.unit_ref();
        match parent.scope {
            Scope::Module => name.into(),
            _ if self.scope_table().lookup(&self.mangle(&name.into()))
                == SymbolScope::GlobalExplicit =>
            {
                name.into()
            }
            Scope::Class => format!("{}.{}", parent.qualname, name).into(),
            Scope::Function => format!("{}.<locals>.{}", parent.qualname, name).into(),
        }
    }

    fn child_scope<T>(&self, node: &T, span: Span) -> CResult<ScopeId> {
        self.table
            .scope_of(node)
            .ok_or_else(|| error("compiler error: scope not analysed", span))
    }

    /// Push defaults for `args`; returns the MakeFunction flag bits they need.
    fn compile_defaults(&mut self, args: &'a Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.compile_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 1;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(default) = default {
                let key = self.mangle(&arg.name);
                self.load_str(&key);
                self.compile_expr(default)?;
                count += 1;
            }
        }
        if count > 0 {
            self.emit(Instr::BuildMap(count));
            flags |= 2;
        }
        Ok(flags)
    }

    /// `[] -> [annotations dict]` when any parameter or the return is annotated.
    fn compile_annotations(
        &mut self,
        args: &'a Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut count = 0;
        for (name, annotation) in args.annotations() {
            let key = self.mangle(name);
            self.load_str(&key);
            self.compile_annotation(annotation)?;
            count += 1;
        }
        if let Some(ret) = returns {
            self.load_str("return");
            self.compile_annotation(ret)?;
            count += 1;
        }
        if count == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildMap(count));
        Ok(4)
    }

    /// `[defaults?, kwdefaults?] -> [function]` for a finished code object. A closure's
    /// cells are named in the code (`closure_from`, flag 16) when the code is not shared
    /// yet, else passed as a tuple (`LoadClosure...; BuildTuple`, flag 8).
    fn make_function(&mut self, mut code: Rc<Code>, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            let mut from = Vec::with_capacity(code.freevars.len());
            for name in code.freevars.iter() {
                let Some(i) = self.deref_index(name) else {
                    return Err(error(
                        format!("compiler error: no cell for free variable '{name}'"),
                        code.span,
                    ));
                };
                from.push(i);
            }
            match Rc::get_mut(&mut code) {
                Some(c) => {
                    c.closure_from = from;
                    flags |= 16;
                }
                None => {
                    for i in from {
                        self.emit(Instr::LoadClosure(i));
                    }
                    self.emit(Instr::BuildTuple(code.freevars.len() as u32));
                    flags |= 8;
                }
            }
        }
        self.load_const(Constant::Code(code));
        self.emit(Instr::MakeFunction(flags));
        Ok(())
    }

    pub fn compile_function_def(&mut self, stmt: &'a Stmt, def: &'a FunctionDef) -> CResult {
        for d in &def.decorators {
            self.compile_expr(d)?;
        }
        let flags = self.compile_defaults(&def.args)?
            | self.compile_annotations(&def.args, def.returns.as_ref())?;
        let scope_id = self.child_scope(def, stmt.span)?;
        let qualname = self.qualname(&def.name);
        self.push_unit(
            scope_id,
            def.name.clone(),
            qualname,
            stmt.span,
            Some(&def.args),
        );
        let body = self.compile_body(&def.body).map(|()| {
            self.load_none();
            self.emit(Instr::ReturnValue);
        });
        let st = &self.table.scopes[scope_id];
        let kind = match (def.is_async, st.is_generator) {
            (true, true) => CodeKind::AsyncGenerator,
            (true, false) => CodeKind::Coroutine,
            (false, true) => CodeKind::Generator,
            (false, false) => CodeKind::Function,
        };
        let code =
            self.pop_unit(kind)
                .map(|code| match (docstring(&def.body), Rc::try_unwrap(code)) {
                    (Some(doc), Ok(mut c)) => {
                        c.doc = Some(doc.clone());
                        Rc::new(c)
                    }
                    (_, Ok(c)) => Rc::new(c),
                    (_, Err(shared)) => shared,
                });
        body?;
        self.make_function(code?, flags)?;
        self.apply_decorators(&def.decorators)?;
        self.name_op(&def.name, NameOp::Store)
    }

    /// Calls the decorators (already on the stack) innermost first, each located at its
    /// own `@` expression as CPython's tracebacks show.
    fn apply_decorators(&mut self, decorators: &'a [Expr]) -> CResult {
        for d in decorators.iter().rev() {
            self.with_span(d.span, |c| {
                c.emit(Instr::Call(1));
                Ok(())
            })?;
        }
        Ok(())
    }

    pub fn compile_class_def(&mut self, stmt: &'a Stmt, class: &'a ClassDef) -> CResult {
        for d in &class.decorators {
            self.compile_expr(d)?;
        }
        self.emit(Instr::LoadBuildClass);
        let scope_id = self.child_scope(class, stmt.span)?;
        let qualname = self.qualname(&class.name);
        self.push_unit(
            scope_id,
            class.name.clone(),
            qualname.clone(),
            stmt.span,
            None,
        );
        let body = (|| {
            self.name_op(&"__name__".into(), NameOp::Load)?;
            self.name_op(&"__module__".into(), NameOp::Store)?;
            self.load_str(&qualname);
            self.name_op(&"__qualname__".into(), NameOp::Store)?;
            self.setup_annotations(&class.body);
            self.compile_docstring(&class.body)?;
            self.compile_body(&class.body)?;
            self.unit().span = stmt.span;
            if self.table.scopes[scope_id].needs_class_closure {
                let i = self.deref_index("__class__").unwrap_or(0);
                self.emit(Instr::LoadClosure(i));
            } else {
                self.load_none();
            }
            self.emit(Instr::ReturnValue);
            Ok(())
        })();
        let code = self.pop_unit(CodeKind::Function);
        body?;
        self.make_function(code?, 0)?;
        self.load_str(&class.name);
        self.compile_call_args(2, &class.bases, &class.keywords)?;
        self.apply_decorators(&class.decorators)?;
        self.name_op(&class.name, NameOp::Store)
    }

    pub fn compile_lambda(
        &mut self,
        expr: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult {
        let flags = self.compile_defaults(args)?;
        let scope_id = self.child_scope(expr, expr.span)?;
        let qualname = self.qualname("<lambda>");
        self.push_unit(scope_id, "<lambda>".into(), qualname, expr.span, Some(args));
        let is_generator = self.table.scopes[scope_id].is_generator;
        let result = self.compile_expr(body).map(|()| {
            if is_generator {
                // A generator lambda's value is discarded; it returns None.
                self.emit(Instr::PopTop);
                self.load_none();
            }
            self.emit(Instr::ReturnValue);
        });
        let kind = if is_generator {
            CodeKind::Generator
        } else {
            CodeKind::Function
        };
        let code = self.pop_unit(kind);
        result?;
        self.make_function(code?, flags)
    }

    pub fn compile_comprehension(
        &mut self,
        expr: &'a Expr,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let Some(first) = generators.first() else {
            return Err(error("comprehension without a 'for'", expr.span));
        };
        let scope_id = self.child_scope(expr, expr.span)?;
        let is_async = self.table.scopes[scope_id].is_coroutine;
        if is_async && kind != ComprehensionKind::Generator && !self.async_comprehension_allowed() {
            return Err(error(
                "asynchronous comprehension outside of an asynchronous function",
                expr.span,
            ));
        }
        let qualname = self.qualname(kind.scope_name());
        self.push_unit(
            scope_id,
            kind.scope_name().into(),
            qualname,
            expr.span,
            None,
        );
        self.unit().argcount = 1;
        let result = (|| {
            match kind {
                ComprehensionKind::List => self.emit(Instr::BuildList(0)),
                ComprehensionKind::Set => self.emit(Instr::BuildSet(0)),
                ComprehensionKind::Dict => self.emit(Instr::BuildMap(0)),
                ComprehensionKind::Generator => {}
            }
            self.compile_comprehension_level(kind, generators, 0, elt, value)?;
            if kind == ComprehensionKind::Generator {
                self.load_none();
            }
            self.emit(Instr::ReturnValue);
            Ok(())
        })();
        let code_kind = match (kind, is_async) {
            (ComprehensionKind::Generator, false) => CodeKind::Generator,
            (ComprehensionKind::Generator, true) => CodeKind::AsyncGenerator,
            (_, false) => CodeKind::Function,
            (_, true) => CodeKind::Coroutine,
        };
        let code = self.pop_unit(code_kind);
        result?;
        self.make_function(code?, 0)?;
        self.compile_expr(&first.iter)?;
        self.emit(if first.is_async {
            Instr::GetAiter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if is_async && kind != ComprehensionKind::Generator {
            self.emit_await();
        }
        Ok(())
    }

    /// Async list/set/dict comprehensions are awaited where they appear, so that place
    /// must be able to await.
    fn async_comprehension_allowed(&self) -> bool {
        let st = self.scope_table();
        match st.kind {
            ScopeKind::Function => st.is_async || st.comprehension.is_some(),
            ScopeKind::Module => self.mode == CompileMode::Interactive,
            ScopeKind::Class => false,
        }
    }

    /// One `for` clause of a comprehension and, innermost, the element itself. Each
    /// level keeps its iterator on the stack above the result container.
    fn compile_comprehension_level(
        &mut self,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        level: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        let generator = &generators[level];
        if level == 0 {
            self.emit(Instr::LoadFast(0));
        } else {
            self.compile_expr(&generator.iter)?;
            self.emit(if generator.is_async {
                Instr::GetAiter
            } else {
                Instr::GetIter
            });
        }
        let start = self.new_label();
        let exhausted = self.new_label();
        self.bind(start);
        if generator.is_async {
            self.emit_jump(Instr::SetupFinally, exhausted);
            self.emit(Instr::GetAnext);
            self.load_none();
            self.emit(Instr::YieldFrom);
            self.emit(Instr::PopBlock);
        } else {
            self.emit_jump(Instr::ForIter, exhausted);
        }
        self.compile_store(&generator.target)?;
        for cond in &generator.ifs {
            self.compile_jump_if(cond, false, start)?;
        }
        if level + 1 < generators.len() {
            self.compile_comprehension_level(kind, generators, level + 1, elt, value)?;
        } else {
            let depth = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(depth));
                }
                ComprehensionKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(depth));
                }
                ComprehensionKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(value) = value {
                        self.compile_expr(value)?;
                    }
                    self.emit(Instr::MapAdd(depth));
                }
                ComprehensionKind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
            }
        }
        self.emit_jump(Instr::Jump, start);
        self.bind(exhausted);
        if generator.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}
