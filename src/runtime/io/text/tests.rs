//! Unit tests of line ends under each newline= setting.

use super::Newline;

#[test]
fn universal_newlines_end_lines_at_any_terminator() {
    let nl = Newline::Universal;
    assert_eq!(nl.line_end(b"ab\ncd", false), Some(3));
    assert_eq!(nl.line_end(b"ab\r\ncd", false), Some(4));
    assert_eq!(nl.line_end(b"ab\rcd", false), Some(3));
    // A final \r may still be followed by \n: undecided until more input or EOF.
    assert_eq!(nl.line_end(b"ab\r", false), None);
    assert_eq!(nl.line_end(b"ab\r", true), Some(3));
    assert_eq!(nl.line_end(b"abc", true), None);
}

#[test]
fn a_given_newline_is_the_only_terminator() {
    assert_eq!(Newline::Lf.line_end(b"a\rb\nc", false), Some(4));
    assert_eq!(Newline::Cr.line_end(b"a\nb\rc", false), Some(4));
    assert_eq!(Newline::CrLf.line_end(b"a\rb\r\nc", false), Some(5));
    assert_eq!(Newline::written(Newline::CrLf), Some("\r\n"));
    assert_eq!(Newline::written(Newline::Universal), None);
    assert!(Newline::parse(Some("x")).is_err());
}
