use super::mangle;

#[test]
fn private_names_get_the_class_prefix() {
    let m = |class: Option<&str>, name: &str| mangle(class, &name.into()).to_string();
    assert_eq!(m(Some("A"), "__x"), "_A__x");
    assert_eq!(m(Some("__Outer"), "__x"), "_Outer__x");
    assert_eq!(m(Some("A"), "__init__"), "__init__");
    assert_eq!(m(Some("A"), "_x"), "_x");
    assert_eq!(m(Some("A"), "__a.b"), "__a.b");
    assert_eq!(m(Some("___"), "__x"), "__x");
    assert_eq!(m(None, "__x"), "__x");
    assert_eq!(m(Some("A"), "__x_"), "_A__x_");
}
