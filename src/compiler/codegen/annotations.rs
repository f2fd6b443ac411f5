//! Code generation for variable annotations: the `__annotations__` dict of module and
//! class bodies (created up front when the body annotates anything, as CPython's
//! SETUP_ANNOTATIONS), annotated assignments (`x: T = v`, `a.b: T`, `a[i]: T`), and
//! annotations as values: evaluated, or their source text under
//! `from __future__ import annotations`.
//!
//! Function parameter annotations are gathered in `scopes.rs`, which uses
//! [`Compiler::compile_annotation`] for each.

use super::{error, CResult, Compiler};
use crate::ast::*;
use crate::compiler::bytecode::{Instr, Scope};
use crate::compiler::unparse::annotation_text;

impl<'a> Compiler<'a> {
    /// At the start of a module or class body: `__annotations__ = {}` when the body
    /// holds an annotated assignment (outside nested functions and classes).
    pub fn setup_annotations(&mut self, body: &[Stmt]) {
        if body.iter().any(annotates) {
            self.emit(Instr::SetupAnnotations);
        }
    }

    /// `[] -> [annotation]`: its value, or its text when annotations are not evaluated.
    pub fn compile_annotation(&mut self, annotation: &'a Expr) -> CResult {
        if self.future.annotations {
            self.load_str(&annotation_text(annotation));
            Ok(())
        } else {
            self.compile_expr(annotation)
        }
    }

    /// `target: annotation [= value]`. The value is assigned first; a simple name in a
    /// module or class body then records its annotation. Other targets evaluate their
    /// object (and index) when nothing is assigned, and their annotation in a module or
    /// class body; a function's local annotations are never evaluated.
    pub fn compile_ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        if let Some(value) = value {
            self.compile_expr(value)?;
            self.compile_store(target)?;
        }
        let in_body = self.unit_ref().scope != Scope::Function;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if simple && in_body {
                    self.compile_annotation(annotation)?;
                    let annotations = self.add_name(&"__annotations__".into());
                    self.emit(Instr::LoadName(annotations));
                    let key = self.mangle(id);
                    self.load_str(&key);
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: object, .. } => {
                if value.is_none() {
                    self.evaluate_and_discard(object)?;
                }
            }
            ExprKind::Subscript {
                value: object,
                slice,
                ..
            } => {
                if value.is_none() {
                    self.evaluate_and_discard(object)?;
                    self.evaluate_index(slice)?;
                }
            }
            _ => return Err(error("illegal target for annotation", target.span)),
        }
        if !simple && in_body && !self.future.annotations {
            self.evaluate_and_discard(annotation)?;
        }
        Ok(())
    }

    fn evaluate_and_discard(&mut self, e: &'a Expr) -> CResult {
        self.compile_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// The parts of an annotated subscript's index, each evaluated and discarded: the
    /// bounds of a slice, the items of a tuple.
    fn evaluate_index(&mut self, index: &'a Expr) -> CResult {
        match &index.kind {
            ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                .into_iter()
                .flatten()
                .try_for_each(|part| self.evaluate_and_discard(part)),
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|e| self.evaluate_index(e)),
            _ => self.evaluate_and_discard(index),
        }
    }
}

/// Whether `stmt` is, or contains in a block of the same scope, an annotated assignment.
fn annotates(stmt: &Stmt) -> bool {
    let any = |body: &[Stmt]| body.iter().any(annotates);
    match &stmt.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => any(body) || any(orelse),
        StmtKind::With { body, .. } => any(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| any(&c.body)),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => any(body) || handlers.iter().any(|h| any(&h.body)) || any(orelse) || any(finalbody),
        _ => false,
    }
}
