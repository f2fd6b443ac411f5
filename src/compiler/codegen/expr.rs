//! Expression code generation: operators, comparisons (chained), boolean short-circuit,
//! calls (plain, keyword, method, star/double-star), displays with unpacking, f-strings,
//! subscripts and slices, await/yield.
//!
//! Lambdas and comprehensions open new scopes and are compiled in `scopes.rs`.

use super::{error, CResult, Compiler, NameOp};
use crate::ast::{self, *};
use crate::compiler::bytecode::{Constant, Instr};
use crate::compiler::symtable::{ComprehensionKind, ScopeKind};
use crate::compiler::CompileMode;

impl<'a> Compiler<'a> {
    pub fn compile_expr(&mut self, expr: &'a Expr) -> CResult {
        self.with_span(expr.span, |c| c.compile_expr_kind(expr))
    }

    fn compile_expr_kind(&mut self, expr: &'a Expr) -> CResult {
        match &expr.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Instr::JumpIfFalseOrPop,
                    BoolOp::Or => Instr::JumpIfTrueOrPop,
                };
                for (i, v) in values.iter().enumerate() {
                    self.compile_expr(v)?;
                    if i + 1 < values.len() {
                        self.emit_jump(jump, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Instr::DupTop);
                self.compile_store(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.emit(match op {
                    UnaryOp::Invert => Instr::UnaryInvert,
                    UnaryOp::Not => Instr::UnaryNot,
                    UnaryOp::UAdd => Instr::UnaryPositive,
                    UnaryOp::USub => Instr::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(expr, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.compile_jump_if(test, false, otherwise)?;
                self.compile_expr(body)?;
                self.emit_jump(Instr::Jump, end);
                self.bind(otherwise);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set(elts) => self.compile_display(elts, Display::Set)?,
            ExprKind::List { elts, .. } => self.compile_display(elts, Display::List)?,
            ExprKind::Tuple { elts, .. } => {
                if let Some(constant) = constant_tuple(elts) {
                    self.load_const(constant);
                } else {
                    self.compile_display(elts, Display::Tuple)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.compile_comprehension(
                expr,
                ComprehensionKind::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(
                expr,
                ComprehensionKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Await(value) => {
                self.check_await(expr.span)?;
                self.compile_expr(value)?;
                self.emit_await();
            }
            ExprKind::Yield(value) => {
                self.check_yield(expr.span)?;
                match value {
                    Some(v) => self.compile_expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(expr.span)?;
                if self.scope_table().is_async {
                    return Err(error("'yield from' inside async function", expr.span));
                }
                self.compile_expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_none();
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords)?,
            ExprKind::JoinedStr(parts) => self.compile_fstring(parts)?,
            ExprKind::Constant(value) => {
                let constant = convert_constant(value);
                self.load_const(constant);
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.add_name(attr);
                self.emit(Instr::LoadAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_subscript_key(slice)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Starred { .. } => {
                return Err(error("can't use starred expression here", expr.span))
            }
            ExprKind::Name { id, .. } => self.name_op(id, NameOp::Load)?,
            ExprKind::Slice { .. } => self.compile_subscript_key(expr)?,
        }
        Ok(())
    }

    /// `await` is allowed in async functions, comprehensions and the REPL top level.
    fn check_await(&self, span: Span) -> CResult {
        let st = self.scope_table();
        if self.mode == CompileMode::Interactive && st.kind == ScopeKind::Module {
            return Ok(());
        }
        if st.kind != ScopeKind::Function {
            return Err(error("'await' outside function", span));
        }
        if !st.is_async && st.comprehension.is_none() {
            return Err(error("'await' outside async function", span));
        }
        Ok(())
    }

    fn check_yield(&self, span: Span) -> CResult {
        if self.scope_table().kind != ScopeKind::Function {
            return Err(error("'yield' outside function", span));
        }
        Ok(())
    }

    /// A subscript key: slices become `BuildSlice`.
    pub fn compile_subscript_key(&mut self, key: &'a Expr) -> CResult {
        let ExprKind::Slice { lower, upper, step } = &key.kind else {
            return self.compile_expr(key);
        };
        for part in [lower, upper] {
            match part {
                Some(e) => self.compile_expr(e)?,
                None => self.load_none(),
            }
        }
        let argc = match step {
            Some(step) => {
                self.compile_expr(step)?;
                3
            }
            None => 2,
        };
        self.with_span(key.span, |c| {
            c.emit(Instr::BuildSlice(argc));
            Ok(())
        })
    }

    /// The right operand of a comparison: a set display of int and str constants after
    /// `in`/`not in` is one frozenset constant (CPython's fold), not a set built per test.
    fn compile_comparand(&mut self, op: CmpOp, right: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            if let ExprKind::Set(elts) = &right.kind {
                if let Some(items) = constant_members(elts) {
                    self.load_const(Constant::FrozenSet(items.into()));
                    return Ok(());
                }
            }
        }
        self.compile_expr(right)
    }

    fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.compile_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.compile_comparand(ops[0], &comparators[0])?;
            self.emit(Instr::CompareOp(ops[0]));
            return Ok(());
        }
        // a < b < c: keep b for the next comparison, stop at the first false.
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.compile_expr(&comparators[i])?;
            self.emit(Instr::DupTop);
            self.emit(Instr::RotThree);
            self.emit(Instr::CompareOp(ops[i]));
            self.emit_jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparand(ops[n - 1], &comparators[n - 1])?;
        self.emit(Instr::CompareOp(ops[n - 1]));
        self.emit_jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::RotTwo);
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let simple_args = !args.iter().any(is_starred);
        if let ExprKind::Attribute { value, attr, .. } = &func.kind {
            if simple_args && keywords.is_empty() {
                self.compile_expr(value)?;
                let i = self.add_name(attr);
                self.with_span(func.span, |c| {
                    c.emit(Instr::LoadMethod(i));
                    Ok(())
                })?;
                for a in args {
                    self.compile_expr(a)?;
                }
                self.emit(Instr::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.compile_expr(func)?;
        self.compile_call_args(0, args, keywords)
    }

    /// Push the arguments and emit the call; `pushed` positional arguments are already
    /// on the stack above the callable (the class body and name for `__build_class__`).
    pub fn compile_call_args(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        let has_star = args.iter().any(is_starred);
        let has_double_star = keywords.iter().any(|k| k.arg.is_none());
        if !has_star && !has_double_star {
            for a in args {
                self.compile_expr(a)?;
            }
            let argc = pushed + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(argc));
                return Ok(());
            }
            let mut names = Vec::new();
            for k in keywords {
                self.compile_expr(&k.value)?;
                if let Some(name) = &k.arg {
                    names.push(Constant::Str(name.clone()));
                }
            }
            self.load_const(Constant::Tuple(names.into()));
            self.emit(Instr::CallKw(argc + keywords.len() as u32));
            return Ok(());
        }
        // Positional arguments as one tuple. A lone `*x` goes to the call as it is, so
        // that a non-iterable is reported against the callee, as CPython does.
        if let (
            [Expr {
                kind: ExprKind::Starred { value, .. },
                ..
            }],
            0,
        ) = (args, pushed)
        {
            self.compile_expr(value)?;
        } else if has_star {
            self.emit(Instr::BuildList(pushed));
            for a in args {
                match &a.kind {
                    ExprKind::Starred { value, .. } => {
                        self.compile_expr(value)?;
                        self.emit(Instr::ListExtend(1));
                    }
                    _ => {
                        self.compile_expr(a)?;
                        self.emit(Instr::ListAppend(1));
                    }
                }
            }
            self.emit(Instr::ListToTuple);
        } else {
            for a in args {
                self.compile_expr(a)?;
            }
            self.emit(Instr::BuildTuple(pushed + args.len() as u32));
        }
        if keywords.is_empty() {
            self.emit(Instr::CallEx(0));
            return Ok(());
        }
        // Keyword arguments as one dict; `**m` merges, repeated keys are an error.
        let mut have_dict = false;
        let mut pending = 0;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_str(name);
                    self.compile_expr(&k.value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Instr::BuildMap(pending));
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
        }
        self.emit(Instr::CallEx(1));
        Ok(())
    }

    fn compile_display(&mut self, elts: &'a [Expr], display: Display) -> CResult {
        let all_const = elts.iter().all(|e| matches!(e.kind, ExprKind::Constant(_)));
        if display == Display::Set && elts.len() > 2 {
            if let Some(items) = constant_members(elts) {
                // CPython's code for a display of constants: an empty set that the
                // folded frozenset is merged into.
                self.emit(Instr::BuildSet(0));
                self.load_const(Constant::FrozenSet(items.into()));
                self.emit(Instr::SetUpdate(1));
                return Ok(());
            }
        }
        if display == Display::Set && elts.len() > 2 && all_const {
            // CPython builds a display of three or more constants from a frozenset
            // constant, whose construction decides the order `print({...})` shows.
            for e in elts {
                self.compile_expr(e)?;
            }
            self.emit(Instr::BuildConstSet(elts.len() as u32));
            return Ok(());
        }
        let leading = elts.iter().take_while(|e| !is_starred(e)).count();
        for e in &elts[..leading] {
            self.compile_expr(e)?;
        }
        let n = leading as u32;
        if leading == elts.len() {
            self.emit(match display {
                Display::List => Instr::BuildList(n),
                Display::Set => Instr::BuildSet(n),
                Display::Tuple => Instr::BuildTuple(n),
            });
            return Ok(());
        }
        let is_set = display == Display::Set;
        self.emit(if is_set {
            Instr::BuildSet(n)
        } else {
            Instr::BuildList(n)
        });
        for e in &elts[leading..] {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.compile_expr(value)?;
                    self.emit(if is_set {
                        Instr::SetUpdate(1)
                    } else {
                        Instr::ListExtend(1)
                    });
                }
                _ => {
                    self.compile_expr(e)?;
                    self.emit(if is_set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if display == Display::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut have_dict = false;
        let mut pending = 0;
        for (key, value) in keys.iter().zip(values) {
            match key {
                Some(key) => {
                    self.compile_expr(key)?;
                    self.compile_expr(value)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Instr::BuildMap(pending));
                        if have_dict {
                            self.emit(Instr::DictUpdate(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.compile_expr(value)?;
                    self.emit(Instr::DictUpdate(1));
                }
            }
        }
        if pending > 0 || !have_dict {
            self.emit(Instr::BuildMap(pending));
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
        }
        Ok(())
    }

    fn compile_fstring(&mut self, parts: &'a [FStringPart]) -> CResult {
        for part in parts {
            match part {
                FStringPart::Literal(s) => self.load_str(s),
                FStringPart::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } => {
                    self.compile_expr(value)?;
                    let mut flags = match conversion {
                        Conversion::None => 0,
                        Conversion::Str => 1,
                        Conversion::Repr => 2,
                        Conversion::Ascii => 3,
                    };
                    if let Some(spec) = format_spec {
                        self.compile_fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Instr::FormatValue(flags));
                }
            }
        }
        match parts.len() {
            0 => self.load_str(""),
            1 => {}
            n => self.emit(Instr::BuildString(n as u32)),
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Set,
    Tuple,
}

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

/// `(1, 'a', None)` is a single constant.
fn constant_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut items = Vec::with_capacity(elts.len());
    for e in elts {
        match &e.kind {
            ExprKind::Constant(c) => items.push(convert_constant(c)),
            _ => return None,
        }
    }
    Some(Constant::Tuple(items.into()))
}

/// The members of a set display made only of int and str constants (what a frozenset
/// constant holds: both hash and compare with no Python code).
fn constant_members(elts: &[Expr]) -> Option<Vec<Constant>> {
    elts.iter()
        .map(|e| match &e.kind {
            ExprKind::Constant(c @ (ast::Constant::Int(_) | ast::Constant::Str(_))) => {
                Some(convert_constant(c))
            }
            _ => None,
        })
        .collect()
}

pub fn convert_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(s) => Constant::BigInt(s.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Imaginary(im) => Constant::Imaginary(*im),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}
