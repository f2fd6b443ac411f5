//! Code generation for `try` with `except*` clauses (PEP 654), and the compile-time
//! errors of those clauses. Plain `try/except` is in `stmt.rs`; the parser already made
//! sure the clauses of one `try` are all `except*`.
//!
//! While the clauses run, the stack holds `[orig, raised, rest]`: the exception caught,
//! a list of what the clauses raised (or re-raised), and the part of `orig` that no
//! clause has matched yet. Each clause splits `rest` by its type (CheckEgMatch) and runs
//! its body with the matched part as the exception being handled; whatever the body
//! raises is appended to `raised`. ReraiseStar then raises what is left, as CPython does.

use super::{error, CResult, Compiler, FBlock, NameOp};
use crate::ast::{CmpOp, ExceptHandler, Span, Stmt};
use crate::compiler::bytecode::Instr;
use crate::syntax_error::SyntaxError;

/// `break`, `continue` or `return` that would leave an `except*` body.
#[cold]
pub fn cannot_leave(span: Span) -> SyntaxError {
    error(
        "'break', 'continue' and 'return' cannot appear in an except* block",
        span,
    )
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_try_star(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let otherwise = self.new_label();
        let end = self.new_label();
        self.emit_jump(Instr::SetupFinally, handler);
        self.push_fblock(FBlock::TryExcept);
        let result = self.compile_body(body);
        self.pop_fblock();
        result?;
        self.emit(Instr::PopBlock);
        self.emit_jump(Instr::Jump, otherwise);
        // [orig] with an except-handler block active: make [orig, raised=[], rest=orig].
        self.bind(handler);
        self.emit(Instr::DupTop);
        self.emit(Instr::BuildList(0));
        self.emit(Instr::RotTwo);
        for h in handlers {
            self.with_span(h.span, |c| c.compile_star_clause(h))?;
        }
        self.emit(Instr::ReraiseStar);
        self.emit(Instr::PopExcept);
        self.emit_jump(Instr::Jump, end);
        self.bind(otherwise);
        self.compile_body(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// One `except* typ [as name]:` clause, on `[orig, raised, rest]` and leaving it so.
    fn compile_star_clause(&mut self, h: &'a ExceptHandler) -> CResult {
        let next = self.new_label();
        let no_match = self.new_label();
        let failed = self.new_label();
        if let Some(typ) = &h.typ {
            self.compile_expr(typ)?;
        }
        self.emit(Instr::CheckEgMatch);
        self.emit(Instr::DupTop);
        self.load_none();
        self.emit(Instr::CompareOp(CmpOp::Is));
        self.emit_jump(Instr::PopJumpIfTrue, no_match);
        // [orig, raised, rest, match]: the match is the exception being handled.
        self.emit(Instr::EnterStarHandler);
        match &h.name {
            Some(name) => self.name_op(name, NameOp::Store)?,
            None => self.emit(Instr::PopTop),
        }
        self.emit_jump(Instr::SetupFinally, failed);
        self.push_fblock(FBlock::StarHandler);
        let result = self.compile_body(&h.body);
        self.pop_fblock();
        result?;
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.clear_clause_name(h)?;
        self.emit_jump(Instr::Jump, next);
        // [orig, raised, rest, exc]: the body raised; keep exc for ReraiseStar.
        self.bind(failed);
        self.emit(Instr::ListAppend(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopExcept);
        self.clear_clause_name(h)?;
        self.emit_jump(Instr::Jump, next);
        self.bind(no_match);
        self.emit(Instr::PopTop);
        self.bind(next);
        Ok(())
    }

    fn clear_clause_name(&mut self, h: &ExceptHandler) -> CResult {
        match &h.name {
            Some(name) => self.clear_name(name),
            None => Ok(()),
        }
    }
}
