//! The dispatch loop's stack-shuffling instructions: pop, duplicate, rotate, copy and
//! swap values, push constants, and the REPL's display of an expression statement. Not
//! names (see `ops_names`) or anything that calls Python code but `PrintExpr`.

use super::frame::{forget_or_drop, Frame};
use super::run::Raised;
use super::Vm;
use crate::runtime::function::CodeObj;

impl Vm {
    #[inline(always)]
    pub(super) fn op_pop_top(&mut self, f: &mut Frame) {
        forget_or_drop(f.pop());
        if self.mailbox.due() {
            self.report_unawaited(f);
        }
    }

    #[inline(always)]
    pub(super) fn op_print_expr(&mut self, f: &mut Frame) -> Result<(), Raised> {
        crate::runtime::io::std_streams::display(self, f.pop())?;
        Ok(())
    }

    #[inline(always)]
    pub(super) fn op_dup_top(&mut self, f: &mut Frame) {
        let v = f.top().clone();
        f.push(v);
    }

    #[inline(always)]
    pub(super) fn op_dup_top_two(&mut self, f: &mut Frame) {
        // One length test for both (the verifier guarantees two values).
        let [.., a, b] = f.stack.as_slice() else {
            return;
        };
        let (a, b) = (a.clone(), b.clone());
        f.push(a);
        f.push(b);
    }

    #[inline(always)]
    pub(super) fn op_rot_two(&mut self, f: &mut Frame) {
        rotate_top(f, 2);
    }

    #[inline(always)]
    pub(super) fn op_rot_three(&mut self, f: &mut Frame) {
        rotate_top(f, 3);
    }

    #[inline(always)]
    pub(super) fn op_rot_four(&mut self, f: &mut Frame) {
        rotate_top(f, 4);
    }

    #[inline(always)]
    pub(super) fn op_load_const(&mut self, f: &mut Frame, code: &CodeObj, i: u32) {
        debug_assert!((i as usize) < code.consts.len());
        // SAFETY: the bytecode verifier (`check_operands`, run by `CodeObj::new`)
        // refuses a `LoadConst` whose index is not below the code's constant count, and
        // `CodeObj::consts` holds one value per constant.
        let v = unsafe { code.consts.get_unchecked(i as usize) };
        f.push(v.clone())
    }

    #[inline(always)]
    pub(super) fn op_copy(&mut self, f: &mut Frame, i: u32) {
        f.push(f.peek(i as usize - 1).clone())
    }

    #[inline(always)]
    pub(super) fn op_swap(&mut self, f: &mut Frame, i: u32) {
        f.swap_top_with(i as usize)
    }
}

/// `RotTwo`/`RotThree`/`RotFour`: the top value moved under the `n - 1` below it, in
/// place (`a[i] += x` runs `RotThree`), after one length test.
#[inline(always)]
fn rotate_top(f: &mut Frame, n: usize) {
    if f.stack.len() >= n {
        // SAFETY: `len >= n` was just tested (and `n` is 2 to 4).
        unsafe { f.stack.rotate_top(n) }
    } else {
        debug_assert!(false, "rotation of {n} on a stack of {}", f.stack.len());
    }
}
