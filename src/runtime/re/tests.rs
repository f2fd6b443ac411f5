use super::matcher::{run, Mode};
use super::tokenizer::ErrorKind;
use super::*;

fn chars(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

fn search(pattern: &str, text: &str) -> Option<(usize, usize)> {
    let (prog, _, _) = compile_pattern(&chars(pattern), true, 0).ok()?;
    let t = chars(text);
    run(
        &prog,
        &t,
        0,
        t.len(),
        Mode::Search,
        false,
        &mut Default::default(),
    )
    .map(|c| (c.slots[0], c.slots[1]))
}

fn error(pattern: &str) -> (String, Option<usize>) {
    match compile_pattern(&chars(pattern), true, 0) {
        Err(e) => {
            assert_eq!(e.kind, ErrorKind::Re);
            (e.msg, e.pos)
        }
        Ok(_) => panic!("{pattern} compiled"),
    }
}

#[test]
fn leftmost_first_alternation_and_repeats() {
    assert_eq!(search("a|ab", "ab"), Some((0, 1)));
    assert_eq!(search("a*?b", "aaab"), Some((0, 4)));
    assert_eq!(search("(a|b)*c", "xxababc"), Some((2, 7)));
    assert_eq!(search("(?:a|)*b", "aab"), Some((0, 3)));
    assert_eq!(search("a{2,3}", "aaaa"), Some((0, 3)));
    assert_eq!(search("(?:ab){2}", "abababx"), Some((0, 4)));
}

#[test]
fn lookaround_atomic_and_backrefs() {
    assert_eq!(search("a(?=b)", "acab"), Some((2, 3)));
    assert_eq!(search("a(?!b)", "abac"), Some((2, 3)));
    assert_eq!(search("(?<=x)a", "axa"), Some((2, 3)));
    assert_eq!(search("(?<!x)a", "xaa"), Some((2, 3)));
    assert_eq!(search("(?>a+)b", "aaab"), Some((0, 4)));
    assert_eq!(search("(?>a+)a", "aaaa"), None);
    assert_eq!(search("a++a", "aaaa"), None);
    assert_eq!(search(r"(a+)\1", "xaaaa"), Some((1, 5)));
}

/// Nesting is bounded like CPython's recursive parser: 300 levels compile, thousands are a
/// RecursionError. (Run on a large stack, as coro's main thread is.)
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let check = || {
        let nested = |n: usize| "(".repeat(n) + &")".repeat(n);
        assert!(compile_pattern(&chars(&nested(300)), true, 0).is_ok());
        let e = compile_pattern(&chars(&nested(5000)), true, 0)
            .err()
            .map(|e| e.kind);
        assert_eq!(e, Some(ErrorKind::Recursion));
    };
    let big = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(check);
    assert!(big.map(|h| h.join().is_ok()).unwrap_or(false));
}

#[test]
fn long_subjects_do_not_overflow() {
    let text = "ab".repeat(200_000);
    assert_eq!(search("(?:a|b)*$", &text), Some((0, text.len())));
    assert_eq!(search("(a|b)*?$", &text), Some((0, text.len())));
}

#[test]
fn errors_carry_cpython_messages() {
    assert_eq!(
        error("(a"),
        ("missing ), unterminated subpattern".into(), Some(0))
    );
    assert_eq!(error("*a"), ("nothing to repeat".into(), Some(0)));
    assert_eq!(error("a**"), ("multiple repeat".into(), Some(2)));
    assert_eq!(error("[z-a]"), ("bad character range z-a".into(), Some(1)));
    assert_eq!(error(r"\q"), (r"bad escape \q".into(), Some(0)));
    assert_eq!(error("a)"), ("unbalanced parenthesis".into(), Some(1)));
    assert_eq!(
        error("(?<=a+)b"),
        ("look-behind requires fixed-width pattern".into(), None)
    );
}

/// sre's zero-width guard applies to optional iterations only: `(.??){1,2}a` takes the
/// `x` in its second try rather than stopping at an empty first iteration.
#[test]
fn zero_width_guard_follows_sre() {
    let (prog, _, _) = compile_pattern(&chars("(.??|b){1,2}a+"), true, 0)
        .ok()
        .unwrap();
    let t = chars("xa1b");
    let caps = run(
        &prog,
        &t,
        0,
        t.len(),
        Mode::Search,
        false,
        &mut Default::default(),
    )
    .unwrap();
    assert_eq!((caps.slots[2], caps.slots[3]), (0, 1));
}

#[test]
fn ignore_case_sets_see_every_case_variant() {
    let (prog, _, _) = compile_pattern(&chars("[A-Z]"), true, 2).ok().unwrap();
    let kelvin = chars("\u{212a}");
    assert!(run(
        &prog,
        &kelvin,
        0,
        1,
        Mode::Match,
        false,
        &mut Default::default()
    )
    .is_some());
}
