//! `_codeop.status` on the kinds of input the REPL and `codeop` see.

use crate::runtime::pylib::tests::run;

#[test]
fn status_names_unfinished_finished_and_invalid_input() {
    run(r#"
import _codeop
assert _codeop.status("x = 1") == "complete"
assert _codeop.status("(1,") == "incomplete"
assert _codeop.status('"""abc') == "incomplete"
assert _codeop.status("if x:") == "incomplete"
assert _codeop.status("if x:\n  pass") == "compound"
assert _codeop.status("1 +* 2") == "error"
try:
    _codeop.status(b"x")
    assert False
except TypeError:
    pass
"#);
}
