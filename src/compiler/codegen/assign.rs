//! Assignment code generation: stores into names, attributes, subscripts and
//! (nested, starred) unpacking targets; chained and augmented assignment; `del`.
//!
//! The value being stored is already on the stack when a store is compiled.

use super::{error, CResult, Compiler, NameOp};
use crate::ast::*;
use crate::compiler::bytecode::Instr;

impl<'a> Compiler<'a> {
    pub fn compile_assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.compile_expr(value)?;
        for (i, target) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Instr::DupTop);
            }
            self.compile_store(target)?;
        }
        Ok(())
    }

    /// Store the top of the stack into `target`.
    pub fn compile_store(&mut self, target: &'a Expr) -> CResult {
        self.with_span(target.span, |c| c.compile_store_kind(target))
    }

    fn compile_store_kind(&mut self, target: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => self.name_op(id, NameOp::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.compile_expr(value)?;
                let i = self.add_name(attr);
                self.emit(Instr::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.compile_expr(value)?;
                self.compile_subscript_key(slice)?;
                self.emit(Instr::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.compile_unpack(elts, target.span)
            }
            ExprKind::Starred { .. } => Err(error(
                "starred assignment target must be in a list or tuple",
                target.span,
            )),
            _ => Err(error(
                format!("cannot assign to {}", describe(target)),
                target.span,
            )),
        }
    }

    fn compile_unpack(&mut self, elts: &'a [Expr], span: Span) -> CResult {
        let mut starred = None;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if starred.is_some() {
                    return Err(error("multiple starred expressions in assignment", e.span));
                }
                starred = Some(i);
            }
        }
        match starred {
            None => self.emit(Instr::UnpackSequence(elts.len() as u32)),
            Some(i) => {
                let after = elts.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(error(
                        "too many expressions in star-unpacking assignment",
                        span,
                    ));
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.compile_store(value)?,
                _ => self.compile_store(e)?,
            }
        }
        Ok(())
    }

    pub fn compile_aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.with_span(target.span, |c| c.name_op(id, NameOp::Load))?;
                self.compile_expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.with_span(target.span, |c| c.name_op(id, NameOp::Store))
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                let i = self.add_name(attr);
                self.compile_expr(obj)?;
                self.with_span(target.span, |c| {
                    c.emit(Instr::DupTop);
                    c.emit(Instr::LoadAttr(i));
                    Ok(())
                })?;
                self.compile_expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.with_span(target.span, |c| {
                    c.emit(Instr::RotTwo);
                    c.emit(Instr::StoreAttr(i));
                    Ok(())
                })
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.compile_expr(obj)?;
                self.compile_subscript_key(slice)?;
                self.with_span(target.span, |c| {
                    c.emit(Instr::DupTopTwo);
                    c.emit(Instr::BinarySubscr);
                    Ok(())
                })?;
                self.compile_expr(value)?;
                self.emit(Instr::InplaceOp(op));
                self.with_span(target.span, |c| {
                    c.emit(Instr::RotThree);
                    c.emit(Instr::StoreSubscr);
                    Ok(())
                })
            }
            _ => Err(error(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(target)
                ),
                target.span,
            )),
        }
    }

    pub fn compile_delete(&mut self, target: &'a Expr) -> CResult {
        self.with_span(target.span, |c| match &target.kind {
            ExprKind::Name { id, .. } => c.name_op(id, NameOp::Delete),
            ExprKind::Attribute { value, attr, .. } => {
                c.compile_expr(value)?;
                let i = c.add_name(attr);
                c.emit(Instr::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                c.compile_expr(value)?;
                c.compile_subscript_key(slice)?;
                c.emit(Instr::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| c.compile_delete(e))
            }
            _ => Err(error(
                format!("cannot delete {}", describe(target)),
                target.span,
            )),
        })
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Call { .. } => "function call",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(_) => "literal",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Slice { .. } => "slice",
    }
}
