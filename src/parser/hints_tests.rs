use crate::parser::parse_module;

/// The message and the underlined text of a failing module.
fn failure(source: &str) -> (String, String) {
    let e = parse_module(source).expect_err("should not parse");
    let text = source[e.span.start as usize..e.span.end as usize].to_string();
    (e.message, text)
}

#[test]
fn legacy_print_underlines_the_statement() {
    let (msg, text) = failure("x = 1\nprint x % (1, 2)\n");
    assert_eq!(
        msg,
        "Missing parentheses in call to 'print'. Did you mean print(...)?"
    );
    assert_eq!(text, "print x % (1, 2)");
}

#[test]
fn missing_comma_underlines_both_expressions() {
    assert_eq!(
        failure("f(g(1) h(2))\n"),
        (
            "invalid syntax. Perhaps you forgot a comma?".into(),
            "g(1) h(2)".into()
        )
    );
    assert_eq!(failure("x = 1 2\n").0, "invalid syntax");
    assert_eq!(failure("x = [i for i in y z]\n").0, "invalid syntax");
}

#[test]
fn if_without_else() {
    assert_eq!(
        failure("y = f(a if b)\n"),
        (
            "expected 'else' after 'if' expression".into(),
            "a if b".into()
        )
    );
}

#[test]
fn dict_item_without_colon_points_at_the_key_end() {
    assert_eq!(
        failure("x = {1: 2, f(x)}\n"),
        ("':' expected after dictionary key".into(), ")".into())
    );
    assert_eq!(failure("x = {3, 1: 2}\n").0, "invalid syntax");
}
