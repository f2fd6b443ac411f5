//! Scope analysis: decides, for every name in every scope (module, class body, function,
//! lambda, comprehension), whether it is a fast local, a cell, a free variable, a global
//! or a class/module namespace name, and reports the scope-related SyntaxErrors
//! (`global`/`nonlocal` misuse, `yield` outside a function, walrus in comprehensions).
//!
//! It does not emit code. Scopes are found again by codegen through the address of the
//! AST node that opens them ([`SymbolTable::scope_of`]), so the AST must not move between
//! analysis and code generation (both borrow the same `&Module`).

use super::future::FutureFeatures;
use crate::ast::*;
use crate::syntax_error::SyntaxError;
use std::collections::{BTreeSet, HashMap, HashSet};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// Which comprehension a comprehension scope is (named `<listcomp>` etc.).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    pub fn scope_name(self) -> &'static str {
        match self {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        }
    }
    fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// Where a name lives, as the code generator needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    /// Function fast local (`LoadFast`).
    Local,
    /// Function local captured by an inner scope (`LoadDeref`).
    Cell,
    /// Captured from an enclosing function (`LoadDeref`, `LoadClassDeref` in a class body).
    Free,
    /// Declared `global` (`LoadGlobal` everywhere).
    GlobalExplicit,
    /// Unbound in a function and in no enclosing function (`LoadGlobal`).
    GlobalImplicit,
    /// Module or class namespace (`LoadName`).
    Name,
}

const DEF_LOCAL: u32 = 1;
const DEF_PARAM: u32 = 2;
const DEF_GLOBAL: u32 = 4;
const DEF_NONLOCAL: u32 = 8;
const USE: u32 = 16;
const DEF_IMPORT: u32 = 32;
const DEF_COMP_ITER: u32 = 64;
const DEF_ANNOT: u32 = 128;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// One scope's analysis result.
#[derive(Debug)]
pub struct ScopeTable {
    pub kind: ScopeKind,
    pub name: Name,
    pub comprehension: Option<ComprehensionKind>,
    pub is_lambda: bool,
    /// `async def`.
    pub is_async: bool,
    /// Contains `yield`/`yield from` directly (not in nested scopes).
    pub is_generator: bool,
    /// Contains `await`, `async for`/`async with` or an async comprehension directly.
    pub is_coroutine: bool,
    /// Class body whose methods use `super`/`__class__`: it owns the `__class__` cell.
    pub needs_class_closure: bool,
    /// An annotation under `from __future__ import annotations`: detached from the tree
    /// once analysed, since the annotation is compiled as a string.
    pub is_annotation: bool,
    pub children: Vec<ScopeId>,
    pub parent: Option<ScopeId>,
    pub symbols: HashMap<Name, SymbolScope>,
    /// Parameters in `Code::varnames` order.
    pub params: Vec<Name>,
    pub varnames: Vec<Name>,
    pub cellvars: Vec<Name>,
    pub freevars: Vec<Name>,
    flags: HashMap<Name, u32>,
    order: Vec<Name>,
    /// Where each `global`/`nonlocal` declaration is, for error messages.
    decl_spans: HashMap<Name, Span>,
    /// The innermost enclosing class's name, for private name mangling.
    pub private: Option<Name>,
}

impl ScopeTable {
    fn new(kind: ScopeKind, name: Name, parent: Option<ScopeId>) -> ScopeTable {
        ScopeTable {
            kind,
            name,
            comprehension: None,
            is_lambda: false,
            is_async: false,
            is_generator: false,
            is_coroutine: false,
            needs_class_closure: false,
            is_annotation: false,
            children: Vec::new(),
            parent,
            symbols: HashMap::new(),
            params: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            flags: HashMap::new(),
            order: Vec::new(),
            decl_spans: HashMap::new(),
            private: None,
        }
    }

    /// The resolved scope of `name` (names never seen resolve like unbound ones).
    pub fn lookup(&self, name: &str) -> SymbolScope {
        match self.symbols.get(name) {
            Some(s) => *s,
            None if self.kind == ScopeKind::Function => SymbolScope::GlobalImplicit,
            None => SymbolScope::Name,
        }
    }
}

/// All scopes of a module, root first.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<ScopeTable>,
    by_node: HashMap<usize, ScopeId>,
}

/// The key identifying the scope opened by an AST node.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn root(&self) -> &ScopeTable {
        &self.scopes[0]
    }
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// Analyse a module. `top_level_await` allows `await` etc. at module level (REPL).
pub fn analyze(
    module: &Module,
    top_level_await: bool,
    future: FutureFeatures,
) -> Result<SymbolTable, SyntaxError> {
    let mut builder = Builder {
        scopes: vec![ScopeTable::new(ScopeKind::Module, "<module>".into(), None)],
        by_node: HashMap::new(),
        stack: vec![0],
        top_level_await,
        annotations_as_text: future.annotations,
        depth: 0,
    };
    for stmt in &module.body {
        builder.visit_stmt(stmt)?;
    }
    let mut table = SymbolTable {
        scopes: builder.scopes,
        by_node: builder.by_node,
    };
    resolve(&mut table.scopes, 0, &HashSet::new())?;
    Ok(table)
}

struct Builder {
    scopes: Vec<ScopeTable>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    top_level_await: bool,
    /// `from __future__ import annotations`: annotations are analysed in a scope of
    /// their own that is never compiled.
    annotations_as_text: bool,
    /// Current nesting of statements and expressions: this pass is the first walk over
    /// the tree, so its limit protects every later recursive pass from the Rust stack.
    depth: u32,
}

/// How deeply statements and expressions may nest (CPython's compiler stops near here).
const MAX_NESTING: u32 = 2000;

#[cold]
fn error(message: String, span: Span) -> SyntaxError {
    SyntaxError::syntax(message, span)
}

impl Builder {
    fn cur(&self) -> ScopeId {
        *self.stack.last().unwrap_or(&0)
    }
    fn cur_scope(&mut self) -> &mut ScopeTable {
        let id = self.cur();
        &mut self.scopes[id]
    }

    fn add_flag_in(&mut self, id: ScopeId, name: &Name, flag: u32) {
        let name = &self.mangled(name);
        let scope = &mut self.scopes[id];
        match scope.flags.get_mut(name) {
            Some(f) => *f |= flag,
            None => {
                scope.flags.insert(name.clone(), flag);
                scope.order.push(name.clone());
            }
        }
        if flag & DEF_PARAM != 0 {
            scope.params.push(name.clone());
        }
    }

    /// `name` as the current scope binds it (private names mangled inside a class).
    fn mangled(&self, name: &Name) -> Name {
        super::mangle::mangle(self.scopes[self.cur()].private.as_deref(), name)
    }

    fn add_flag(&mut self, name: &Name, flag: u32) {
        let id = self.cur();
        self.add_flag_in(id, name, flag);
    }

    fn push_scope(&mut self, kind: ScopeKind, name: Name, key: usize) -> ScopeId {
        let parent = self.cur();
        let id = self.scopes.len();
        let private = match kind {
            ScopeKind::Class => Some(name.clone()),
            _ => self.scopes[parent].private.clone(),
        };
        self.scopes.push(ScopeTable::new(kind, name, Some(parent)));
        self.scopes[id].private = private;
        self.scopes[parent].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_args_defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.visit_expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn add_params(&mut self, args: &Arguments) {
        let positional = args.posonlyargs.iter().chain(&args.args);
        let names: Vec<Name> = positional
            .chain(&args.kwonlyargs)
            .chain(&args.vararg)
            .chain(&args.kwarg)
            .map(|a| a.name.clone())
            .collect();
        for n in &names {
            self.add_flag(n, DEF_PARAM);
        }
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        self.enter(stmt.span)?;
        let r = self.visit_stmt_inner(stmt);
        self.depth -= 1;
        r
    }

    fn enter(&mut self, span: Span) -> Result<(), SyntaxError> {
        if self.depth >= MAX_NESTING {
            return Err(error(
                "too many nested statements and expressions (maximum recursion depth exceeded during compilation)"
                    .into(),
                span,
            ));
        }
        self.depth += 1;
        Ok(())
    }

    fn visit_stmt_inner(&mut self, stmt: &Stmt) -> Result<(), SyntaxError> {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                for d in &def.decorators {
                    self.visit_expr(d)?;
                }
                self.visit_args_defaults(&def.args)?;
                self.visit_parameter_annotations(&def.args, def.returns.as_ref())?;
                self.add_flag(&def.name, DEF_LOCAL);
                let id = self.push_scope(
                    ScopeKind::Function,
                    def.name.clone(),
                    node_key(def.as_ref()),
                );
                self.scopes[id].is_async = def.is_async;
                self.add_params(&def.args);
                self.visit_body(&def.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(class) => {
                for e in &class.bases {
                    self.visit_expr(e)?;
                }
                for k in &class.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &class.decorators {
                    self.visit_expr(d)?;
                }
                self.add_flag(&class.name, DEF_LOCAL);
                self.push_scope(
                    ScopeKind::Class,
                    class.name.clone(),
                    node_key(class.as_ref()),
                );
                self.visit_body(&class.body)?;
                self.pop_scope();
            }
            StmtKind::Return(value) => {
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_expr(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.visit_expr(value)?;
                for t in targets {
                    self.visit_expr(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(value)?;
                // An augmented target is both read and written.
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.add_flag(id, DEF_LOCAL | USE);
                } else {
                    self.visit_expr(target)?;
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                match &target.kind {
                    ExprKind::Name { id, .. } if *simple => {
                        self.check_annotated_declaration(id, stmt.span)?;
                        self.add_flag(id, DEF_ANNOT | DEF_LOCAL);
                    }
                    ExprKind::Name { id, .. } if value.is_some() => self.add_flag(id, DEF_LOCAL),
                    ExprKind::Name { .. } => {}
                    _ => self.visit_expr(target)?,
                }
                self.visit_annotation(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.check_async(stmt.span, "'async for' outside async function")?;
                }
                self.visit_expr(iter)?;
                self.visit_expr(target)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    self.check_async(stmt.span, "'async with' outside async function")?;
                }
                for item in items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.visit_body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_flag(n, DEF_LOCAL);
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or(&a.name).into(),
                    };
                    self.add_flag(&bound, DEF_IMPORT);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if &*a.name == "*" {
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.add_flag(&bound, DEF_IMPORT);
                }
            }
            StmtKind::Global(names) => self.declare(names, stmt.span, "global")?,
            StmtKind::Nonlocal(names) => {
                if self.scopes[self.cur()].kind == ScopeKind::Module {
                    return Err(error(
                        "nonlocal declaration not allowed at module level".into(),
                        stmt.span,
                    ));
                }
                self.declare(names, stmt.span, "nonlocal")?
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// A `case` pattern: captures bind in the current scope; values, class names and
    /// mapping keys are read.
    fn visit_pattern(&mut self, pattern: &Pattern) -> Result<(), SyntaxError> {
        self.enter(pattern.span)?;
        let r = self.visit_pattern_inner(pattern);
        self.depth -= 1;
        r
    }

    fn visit_pattern_inner(&mut self, pattern: &Pattern) -> Result<(), SyntaxError> {
        match &pattern.kind {
            PatternKind::MatchValue(value) => self.visit_expr(value),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
                items.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|k| self.visit_expr(k))?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                if let Some(n) = rest {
                    self.add_flag(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns.iter().try_for_each(|p| self.visit_pattern(p))?;
                kwd_patterns.iter().try_for_each(|p| self.visit_pattern(p))
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.add_flag(n, DEF_LOCAL);
                }
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = name {
                    self.add_flag(n, DEF_LOCAL);
                }
                Ok(())
            }
        }
    }

    /// A function's parameter and return annotations, evaluated where it is defined.
    fn visit_parameter_annotations(
        &mut self,
        args: &Arguments,
        returns: Option<&Expr>,
    ) -> Result<(), SyntaxError> {
        for annotation in args.annotations().map(|(_, a)| a).chain(returns) {
            self.visit_annotation(annotation)?;
        }
        Ok(())
    }

    /// An annotation's names are used in the current scope, unless annotations are text:
    /// then it gets a throwaway scope, where `yield`, `await` and `:=` are errors.
    fn visit_annotation(&mut self, annotation: &Expr) -> Result<(), SyntaxError> {
        if !self.annotations_as_text {
            return self.visit_expr(annotation);
        }
        let parent = self.cur();
        let id = self.push_scope(
            ScopeKind::Function,
            "_annotation".into(),
            node_key(annotation),
        );
        self.scopes[id].is_annotation = true;
        let result = self.visit_expr(annotation);
        self.pop_scope();
        self.scopes[parent].children.retain(|&child| child != id);
        result
    }

    fn check_not_in_annotation(&self, what: &str, span: Span) -> Result<(), SyntaxError> {
        if self.scopes[self.cur()].is_annotation {
            return Err(error(
                format!("'{what}' can not be used within an annotation"),
                span,
            ));
        }
        Ok(())
    }

    /// `global x` / `nonlocal x` then `x: int` in a function.
    fn check_annotated_declaration(&self, name: &Name, span: Span) -> Result<(), SyntaxError> {
        if self.cur() == 0 {
            return Ok(());
        }
        let flags = self.scopes[self.cur()]
            .flags
            .get(name)
            .copied()
            .unwrap_or(0);
        let what = if flags & DEF_GLOBAL != 0 {
            "global"
        } else if flags & DEF_NONLOCAL != 0 {
            "nonlocal"
        } else {
            return Ok(());
        };
        Err(error(
            format!("annotated name '{name}' can't be {what}"),
            span,
        ))
    }

    fn declare(&mut self, names: &[Name], span: Span, what: &str) -> Result<(), SyntaxError> {
        for name in names {
            let cur = self.scopes[self.cur()]
                .flags
                .get(name)
                .copied()
                .unwrap_or(0);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let message = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {what}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                return Err(error(message, span));
            }
            let flag = if what == "global" {
                DEF_GLOBAL
            } else {
                DEF_NONLOCAL
            };
            self.add_flag(name, flag);
            let id = self.cur();
            self.scopes[id].decl_spans.insert(name.clone(), span);
        }
        Ok(())
    }

    /// `async for`/`async with` need an async function (or REPL top level).
    fn check_async(&mut self, span: Span, message: &str) -> Result<(), SyntaxError> {
        let scope = self.cur_scope();
        let ok = match scope.kind {
            ScopeKind::Function => scope.is_async || scope.comprehension.is_some(),
            ScopeKind::Module => self.top_level_await,
            ScopeKind::Class => false,
        };
        if !ok {
            return Err(error(message.into(), span));
        }
        self.cur_scope().is_coroutine = true;
        Ok(())
    }

    fn visit_expr(&mut self, expr: &Expr) -> Result<(), SyntaxError> {
        self.enter(expr.span)?;
        let r = self.visit_expr_inner(expr);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, expr: &Expr) -> Result<(), SyntaxError> {
        match &expr.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.check_not_in_annotation("named expression", expr.span)?;
                self.visit_expr(value)?;
                self.visit_walrus_target(target)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_args_defaults(args)?;
                let id = self.push_scope(ScopeKind::Function, "<lambda>".into(), node_key(expr));
                self.scopes[id].is_lambda = true;
                self.add_params(args);
                self.visit_expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) => {
                for e in elts {
                    self.visit_expr(e)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(expr, ComprehensionKind::List, generators, &[elt])?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(expr, ComprehensionKind::Set, generators, &[elt])?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(expr, ComprehensionKind::Generator, generators, &[elt])?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.visit_comprehension(expr, ComprehensionKind::Dict, generators, &[key, value])?
            }
            ExprKind::Await(value) => {
                self.check_not_in_annotation("await expression", expr.span)?;
                self.visit_expr(value)?;
                self.cur_scope().is_coroutine = true;
            }
            ExprKind::Yield(value) => {
                self.check_not_in_annotation("yield expression", expr.span)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
                self.mark_yield(expr.span)?;
            }
            ExprKind::YieldFrom(value) => {
                self.check_not_in_annotation("yield expression", expr.span)?;
                self.visit_expr(value)?;
                self.mark_yield(expr.span)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.visit_fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value)?,
            ExprKind::Name { id, ctx } => {
                let flag = match ctx {
                    ExprContext::Load => USE,
                    ExprContext::Store | ExprContext::Del => DEF_LOCAL,
                };
                self.add_flag(id, flag);
                let in_function = self.scopes[self.cur()].kind == ScopeKind::Function;
                if *ctx == ExprContext::Load && in_function && &**id == "super" {
                    self.add_flag(&"__class__".into(), USE);
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for e in elts {
                    self.visit_expr(e)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> Result<(), SyntaxError> {
        for part in parts {
            if let FStringPart::FormattedValue {
                value, format_spec, ..
            } = part
            {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, span: Span) -> Result<(), SyntaxError> {
        let scope = self.cur_scope();
        if let Some(kind) = scope.comprehension {
            return Err(error(
                format!("'yield' inside {}", kind.description()),
                span,
            ));
        }
        if scope.kind != ScopeKind::Function {
            return Err(error("'yield' outside function".into(), span));
        }
        scope.is_generator = true;
        Ok(())
    }

    /// `(x := v)`: inside comprehensions the name binds in the nearest enclosing
    /// non-comprehension scope (PEP 572).
    fn visit_walrus_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.visit_expr(target);
        };
        let cur = self.cur();
        if self.scopes[cur].comprehension.is_none() {
            self.add_flag(id, DEF_LOCAL);
            return Ok(());
        }
        let mut comprehensions = Vec::new();
        let mut owner = cur;
        while self.scopes[owner].comprehension.is_some() {
            let flags = self.scopes[owner]
                .flags
                .get(&self.mangled(id))
                .copied()
                .unwrap_or(0);
            if flags & DEF_COMP_ITER != 0 {
                return Err(error(
                    format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                    target.span,
                ));
            }
            comprehensions.push(owner);
            owner = self.scopes[owner].parent.unwrap_or(0);
        }
        let marker =
            match self.scopes[owner].kind {
                ScopeKind::Class => return Err(error(
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    target.span,
                )),
                ScopeKind::Module => DEF_GLOBAL,
                ScopeKind::Function => DEF_NONLOCAL,
            };
        self.add_flag_in(owner, id, DEF_LOCAL);
        for c in comprehensions {
            self.add_flag_in(c, id, marker);
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elts: &[&Expr],
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else {
            return Ok(());
        };
        self.visit_expr(&first.iter)?;
        let id = self.push_scope(
            ScopeKind::Function,
            kind.scope_name().into(),
            node_key(expr),
        );
        self.scopes[id].comprehension = Some(kind);
        self.add_flag(&".0".into(), DEF_PARAM);
        for (i, generator) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&generator.iter)?;
            }
            if generator.is_async {
                self.scopes[id].is_coroutine = true;
            }
            self.visit_comp_target(&generator.target)?;
            for cond in &generator.ifs {
                self.visit_expr(cond)?;
            }
        }
        for e in elts {
            self.visit_expr(e)?;
        }
        let is_async = self.scopes[id].is_coroutine;
        self.pop_scope();
        if kind == ComprehensionKind::Generator {
            self.scopes[id].is_generator = true;
        } else if is_async {
            // Awaiting an async list comprehension makes the enclosing scope async too.
            self.cur_scope().is_coroutine = true;
        }
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.add_flag(id, DEF_LOCAL | DEF_COMP_ITER);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.visit_comp_target(e))
            }
            ExprKind::Starred { value, .. } => self.visit_comp_target(value),
            _ => self.visit_expr(target),
        }
    }
}

/// Resolve the names of scope `id` given the names `bound` in enclosing function scopes;
/// returns the free variables this scope needs from its parent.
fn resolve(
    scopes: &mut [ScopeTable],
    id: ScopeId,
    bound: &HashSet<Name>,
) -> Result<BTreeSet<Name>, SyntaxError> {
    let kind = scopes[id].kind;
    let is_function = kind == ScopeKind::Function;
    let mut newbound: HashSet<Name> = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Function => bound.clone(),
        ScopeKind::Class => {
            let mut b = bound.clone();
            b.insert("__class__".into());
            b
        }
    };
    let mut symbols = HashMap::new();
    let mut locals = Vec::new();
    for name in scopes[id].order.clone() {
        let flags = scopes[id].flags[&name];
        let scope = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(error(
                    format!("name '{name}' is nonlocal and global"),
                    decl_span(&scopes[id], &name),
                ));
            }
            newbound.remove(&name);
            SymbolScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            if !bound.contains(&name) {
                return Err(error(
                    format!("no binding for nonlocal '{name}' found"),
                    decl_span(&scopes[id], &name),
                ));
            }
            SymbolScope::Free
        } else if flags & DEF_BOUND != 0 {
            locals.push(name.clone());
            if is_function {
                SymbolScope::Local
            } else {
                SymbolScope::Name
            }
        } else if bound.contains(&name) {
            SymbolScope::Free
        } else if is_function {
            SymbolScope::GlobalImplicit
        } else {
            SymbolScope::Name
        };
        symbols.insert(name, scope);
    }
    if is_function {
        newbound.extend(locals.iter().cloned());
    }
    let mut child_free = BTreeSet::new();
    for child in scopes[id].children.clone() {
        child_free.extend(resolve(scopes, child, &newbound)?);
    }
    if kind == ScopeKind::Class && child_free.remove("__class__") {
        scopes[id].needs_class_closure = true;
    }
    let mut passthrough = BTreeSet::new();
    for name in child_free {
        match symbols.get(&name).copied() {
            Some(SymbolScope::Local) => {
                symbols.insert(name, SymbolScope::Cell);
            }
            Some(SymbolScope::Cell) | Some(SymbolScope::Free) => {}
            Some(_) => {
                passthrough.insert(name);
            }
            None => {
                symbols.insert(name, SymbolScope::Free);
            }
        }
    }
    let scope = &mut scopes[id];
    let mut free: BTreeSet<Name> = symbols
        .iter()
        .filter(|(_, s)| **s == SymbolScope::Free)
        .map(|(n, _)| n.clone())
        .collect();
    free.extend(passthrough);
    let mut cells: BTreeSet<Name> = symbols
        .iter()
        .filter(|(_, s)| **s == SymbolScope::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    if scope.needs_class_closure {
        cells.insert("__class__".into());
    }
    let params = scope.params.clone();
    let mut varnames = params.clone();
    for name in &scope.order {
        if symbols.get(name) == Some(&SymbolScope::Local) && !params.contains(name) {
            varnames.push(name.clone());
        }
    }
    if is_function {
        scope.varnames = varnames;
    }
    scope.cellvars = cells.into_iter().collect();
    scope.freevars = free.iter().cloned().collect();
    scope.symbols = symbols;
    Ok(free)
}

fn decl_span(scope: &ScopeTable, name: &str) -> Span {
    scope.decl_spans.get(name).copied().unwrap_or_default()
}
