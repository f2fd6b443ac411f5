//! Code generation for the `match` statement (PEP 634), laid out as CPython 3.11 does.
//!
//! The subject stays on the stack while the cases are tried. A pattern consumes its
//! subject; the values it captures are kept on the stack (under whatever the pattern
//! still needs) and stored into their names only once the whole pattern has matched,
//! so a failed pattern binds nothing, while names bound before a failing guard stay
//! bound. A failure jumps to the `fail_pop` label that pops exactly the values pushed
//! so far. The checks CPython makes while compiling patterns (unreachable patterns,
//! repeated names, alternatives binding different names, duplicate mapping keys) are
//! made here with its messages and positions. The runtime tests are the `Match*`
//! instructions (see `vm::match_ops`); this file does not parse patterns.

use super::{error, CResult, Compiler, Label, NameOp};
use crate::ast::{
    self, BinOp, CmpOp, Expr, ExprKind, MatchCase, Name, Pattern, PatternKind, Span, UnaryOp,
};
use crate::compiler::bytecode::{Constant, Instr};
use crate::compiler::unparse::annotation_text;

/// The state of one pattern being compiled (CPython's `pattern_context`).
struct PatternContext {
    /// Names captured so far, their values on the stack with the first on top (under
    /// `on_top` items).
    stores: Vec<Name>,
    /// Whether an irrefutable pattern is allowed here (last case, guarded case, inside
    /// a sub-pattern).
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops `n` items then falls through to `fail_pop[0]`, the failure.
    fail_pop: Vec<Label>,
    /// Items above the captured values that the pattern still needs.
    on_top: usize,
    /// The pattern compiled last: where CPython reports errors found after compiling
    /// sub-patterns.
    loc: Span,
}

impl PatternContext {
    fn new(allow_irrefutable: bool, loc: Span) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            loc,
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.compile_expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let has_default = n > 1 && cases[n - 1].pattern.is_wildcard();
        let tried = n - usize::from(has_default);
        for (i, case) in cases[..tried].iter().enumerate() {
            let keeps_subject = i != tried - 1;
            if keeps_subject {
                self.emit(Instr::DupTop);
            }
            let allow = case.guard.is_some() || i == n - 1;
            let mut pc = PatternContext::new(allow, case.pattern.span);
            self.compile_pattern(&case.pattern, &mut pc)?;
            let stores = std::mem::take(&mut pc.stores);
            for name in &stores {
                self.name_op(name, NameOp::Store)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let fail = pc.fail_pop[0];
                self.compile_jump_if(guard, false, fail)?;
            }
            if keeps_subject {
                self.emit(Instr::PopTop);
            }
            self.compile_body(&case.body)?;
            self.emit_jump(Instr::Jump, end);
            self.with_span(case.pattern.span, |c| {
                c.emit_and_reset_fail_pop(&mut pc);
                Ok(())
            })?;
        }
        if has_default {
            let case = &cases[n - 1];
            if let Some(guard) = &case.guard {
                self.compile_jump_if(guard, false, end)?;
            }
            self.compile_body(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn compile_pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        pc.loc = p.span;
        self.with_span(p.span, |c| match &p.kind {
            PatternKind::MatchValue(value) => c.compile_pattern_value(value, pc),
            PatternKind::MatchSingleton(value) => {
                c.load_const(super::expr::convert_constant(value));
                c.emit(Instr::CompareOp(CmpOp::Is));
                c.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
                Ok(())
            }
            PatternKind::MatchSequence(items) => c.compile_pattern_sequence(items, p.span, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => c.compile_pattern_mapping(keys, patterns, rest.as_ref(), p.span, pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => c.compile_pattern_class(cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar(name) => c.store_capture(name.as_ref(), p.span, pc),
            PatternKind::MatchAs { pattern, name } => {
                c.compile_pattern_as(pattern.as_deref(), name.as_ref(), p.span, pc)
            }
            PatternKind::MatchOr(alternatives) => c.compile_pattern_or(alternatives, pc),
        })
    }

    /// A sub-pattern of a sequence, mapping or class pattern may be irrefutable.
    fn compile_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        let result = self.compile_pattern(p, pc);
        pc.allow_irrefutable = saved;
        result
    }

    fn compile_pattern_value(&mut self, value: &'a Expr, pc: &mut PatternContext) -> CResult {
        if !is_literal_or_attribute(value) {
            return Err(error(
                "patterns may only match literals and attribute lookups",
                pc.loc,
            ));
        }
        self.compile_expr(value)?;
        self.emit(Instr::CompareOp(CmpOp::Eq));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        Ok(())
    }

    fn compile_pattern_as(
        &mut self,
        pattern: Option<&'a Pattern>,
        name: Option<&Name>,
        span: Span,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(pattern) = pattern else {
            if !pc.allow_irrefutable {
                return Err(match name {
                    Some(n) => error(
                        format!("name capture '{n}' makes remaining patterns unreachable"),
                        span,
                    ),
                    None => error("wildcard makes remaining patterns unreachable", span),
                });
            }
            return self.store_capture(name, span, pc);
        };
        // Keep a copy to store once the inner pattern has matched.
        pc.on_top += 1;
        self.emit(Instr::DupTop);
        self.compile_pattern(pattern, pc)?;
        pc.on_top -= 1;
        self.store_capture(name, span, pc)
    }

    fn compile_pattern_sequence(
        &mut self,
        items: &'a [Pattern],
        span: Span,
        pc: &mut PatternContext,
    ) -> CResult {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, item) in items.iter().enumerate() {
            if let PatternKind::MatchStar(name) = &item.kind {
                if star.is_some() {
                    return Err(error("multiple starred names in sequence pattern", span));
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= item.is_wildcard();
        }
        // The subject stays on top for the shape and length checks.
        pc.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let size = items.len() as i64;
        match star {
            None => self.check_len(CmpOp::Eq, size, pc),
            Some(_) if size > 1 => self.check_len(CmpOp::GtE, size - 1, pc),
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit(Instr::PopTop);
            Ok(())
        } else if star_wildcard {
            self.compile_sequence_subscripts(items, pc)
        } else {
            self.compile_sequence_unpack(items, star, span, pc)
        }
    }

    /// `[subject] -> [subject]`, failing unless `len(subject) op size`.
    fn check_len(&mut self, op: CmpOp, size: i64, pc: &mut PatternContext) {
        self.emit(Instr::GetLen);
        self.load_const(Constant::Int(size));
        self.emit(Instr::CompareOp(op));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
    }

    fn compile_sequence_unpack(
        &mut self,
        items: &'a [Pattern],
        star: Option<usize>,
        span: Span,
        pc: &mut PatternContext,
    ) -> CResult {
        match star {
            None => self.emit(Instr::UnpackSequence(items.len() as u32)),
            Some(i) => {
                let after = items.len() - i - 1;
                if i > 255 || after > 255 {
                    return Err(error("too many sub-patterns in sequence pattern", span));
                }
                self.emit(Instr::UnpackEx(i as u32 | ((after as u32) << 8)));
            }
        }
        // The unpacked items stay on the stack under each sub-pattern that follows.
        pc.on_top += items.len();
        for item in items {
            pc.on_top -= 1;
            self.compile_subpattern(item, pc)?;
        }
        Ok(())
    }

    /// `[a, *_, b]`: index the subject instead of unpacking all of it (negative indexes
    /// are computed from `len`, since the subject may not support them).
    fn compile_sequence_subscripts(
        &mut self,
        items: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let star = items
            .iter()
            .position(|p| matches!(p.kind, PatternKind::MatchStar(_)))
            .unwrap_or(items.len());
        for (i, item) in items.iter().enumerate() {
            if i == star || item.is_wildcard() {
                continue;
            }
            self.emit(Instr::DupTop);
            if i < star {
                self.load_const(Constant::Int(i as i64));
            } else {
                self.emit(Instr::GetLen);
                self.load_const(Constant::Int((items.len() - i) as i64));
                self.emit(Instr::BinaryOp(BinOp::Sub));
            }
            self.emit(Instr::BinarySubscr);
            self.compile_subpattern(item, pc)?;
        }
        pc.on_top -= 1;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn compile_pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&Name>,
        span: Span,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let size = keys.len();
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.check_len(CmpOp::GtE, size as i64, pc);
        }
        let mut seen: Vec<KeyConst> = Vec::new();
        for key in keys {
            if let Some(k) = key_const(key) {
                if seen.contains(&k) {
                    let shown = annotation_text(key);
                    return Err(error(
                        format!("mapping pattern checks duplicate key ({shown})"),
                        span,
                    ));
                }
                seen.push(k);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    span,
                ));
            }
            self.compile_expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        // The keys tuple and the values (or None) are now above the subject.
        pc.on_top += 2;
        self.emit(Instr::DupTop);
        self.load_none();
        self.emit(Instr::CompareOp(CmpOp::IsNot));
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        self.emit(Instr::UnpackSequence(size as u32));
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns {
            pc.on_top -= 1;
            self.compile_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject); del rest[key] for each key.
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                for left in (1..=size).rev() {
                    self.emit(Instr::Copy(1 + left as u32));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                // CPython reports a repeated name where the last sub-pattern was.
                let loc = pc.loc;
                self.store_capture(Some(name), loc, pc)
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
                Ok(())
            }
        }
    }

    fn compile_pattern_class(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &[Name],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        for (i, attr) in kwd_attrs.iter().enumerate() {
            check_store_name(attr, kwd_patterns[i].span)?;
            if let Some(j) = kwd_attrs[i + 1..].iter().position(|a| a == attr) {
                return Err(error(
                    format!("attribute name repeated in class pattern: {attr}"),
                    kwd_patterns[i + 1 + j].span,
                ));
            }
        }
        self.compile_expr(cls)?;
        let names = kwd_attrs.iter().map(|a| Constant::Str(a.clone())).collect();
        self.load_const(Constant::Tuple(names));
        self.emit(Instr::MatchClass(patterns.len() as u32));
        self.emit(Instr::DupTop);
        self.load_none();
        self.emit(Instr::CompareOp(CmpOp::IsNot));
        // The tuple of attributes (or None) is on top.
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Instr::PopJumpIfFalse);
        let total = patterns.len() + kwd_patterns.len();
        self.emit(Instr::UnpackSequence(total as u32));
        pc.on_top += total;
        pc.on_top -= 1;
        for p in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if p.is_wildcard() {
                self.emit(Instr::PopTop);
                continue;
            }
            self.compile_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn compile_pattern_or(
        &mut self,
        alternatives: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult {
        let end = self.new_label();
        let mut control: Option<Vec<Name>> = None;
        for (i, alt) in alternatives.iter().enumerate() {
            let last = i == alternatives.len() - 1;
            let mut alt_pc = PatternContext::new(last && pc.allow_irrefutable, alt.span);
            self.emit(Instr::DupTop);
            self.compile_pattern(alt, &mut alt_pc)?;
            pc.loc = alt_pc.loc;
            match &control {
                None => control = Some(alt_pc.stores.clone()),
                Some(names) => {
                    let same = names.len() == alt_pc.stores.len()
                        && names.iter().all(|n| alt_pc.stores.contains(n));
                    if !same {
                        return Err(error("alternative patterns bind different names", pc.loc));
                    }
                    self.reorder_captures(&alt_pc.stores, names);
                }
            }
            self.emit_jump(Instr::Jump, end);
            self.emit_and_reset_fail_pop(&mut alt_pc);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(pc, Instr::Jump);
        self.bind(end);
        let control = control.unwrap_or_default();
        // Move each capture under the subject copy, the items still needed and the
        // captures of the enclosing pattern.
        let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(rotations);
            if pc.stores.contains(&name) {
                return Err(duplicate_store(&name, pc.loc));
            }
            pc.stores.push(name);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }

    /// Permute the captured values on top of the stack (in `current` order, first on
    /// top) into `wanted` order, with swaps.
    fn reorder_captures(&mut self, current: &[Name], wanted: &[Name]) {
        let mut order = current.to_vec();
        for depth in (1..wanted.len()).rev() {
            let Some(at) = order.iter().position(|n| *n == wanted[depth]) else {
                continue;
            };
            if at == depth {
                continue;
            }
            if at != 0 {
                self.emit(Instr::Swap(at as u32 + 1));
                order.swap(0, at);
            }
            self.emit(Instr::Swap(depth as u32 + 1));
            order.swap(0, depth);
        }
    }

    /// Capture the value on top into `name` (later), or drop it for `_`.
    fn store_capture(
        &mut self,
        name: Option<&Name>,
        span: Span,
        pc: &mut PatternContext,
    ) -> CResult {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        check_store_name(name, span)?;
        if pc.stores.contains(name) {
            return Err(duplicate_store(name, span));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(name.clone());
        Ok(())
    }

    /// Move the top item `count - 1` places down.
    fn rotate(&mut self, count: usize) {
        for i in (2..=count).rev() {
            self.emit(Instr::Swap(i as u32));
        }
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() <= n {
            let label = self.new_label();
            pc.fail_pop.push(label);
        }
    }

    /// Jump (with `make`) to the failure path that pops what the pattern pushed so far.
    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, make: fn(u32) -> Instr) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.emit_jump(make, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        let labels = std::mem::take(&mut pc.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for &label in rest.iter().rev() {
            self.bind(label);
            self.emit(Instr::PopTop);
        }
        self.bind(*first);
    }
}

/// A value pattern must be a literal (possibly signed or complex) or a dotted name.
fn is_literal_or_attribute(value: &Expr) -> bool {
    key_const(value).is_some() || matches!(value.kind, ExprKind::Attribute { .. })
}

/// A literal mapping key as CPython's constant folding sees it, for the duplicate check
/// (`1`, `1.0` and `True` are the same key).
#[derive(PartialEq)]
enum KeyConst {
    Number(f64),
    Other(String),
}

fn key_const(key: &Expr) -> Option<KeyConst> {
    match &key.kind {
        ExprKind::Constant(c) => Some(match c {
            ast::Constant::Int(i) => KeyConst::Number(*i as f64),
            ast::Constant::Float(f) => KeyConst::Number(*f),
            ast::Constant::Bool(b) => KeyConst::Number(f64::from(u8::from(*b))),
            _ => KeyConst::Other(annotation_text(key)),
        }),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match key_const(operand)? {
            KeyConst::Number(n) => Some(KeyConst::Number(-n)),
            KeyConst::Other(_) => Some(KeyConst::Other(annotation_text(key))),
        },
        ExprKind::BinOp { left, right, .. } => {
            key_const(left)?;
            key_const(right)?;
            Some(KeyConst::Other(annotation_text(key)))
        }
        _ => None,
    }
}

/// Capture names may not be `__debug__` (CPython's `forbidden_name`).
fn check_store_name(name: &Name, span: Span) -> CResult {
    if &**name == "__debug__" {
        return Err(error("cannot assign to __debug__", span));
    }
    Ok(())
}

#[cold]
fn duplicate_store(name: &Name, span: Span) -> crate::syntax_error::SyntaxError {
    error(
        format!("multiple assignments to name '{name}' in pattern"),
        span,
    )
}
