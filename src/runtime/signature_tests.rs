//! The binder's decisions and messages, one mistake at a time.

use super::*;

const LISTDIR: Signature = Signature::new("listdir", &["path"]).required(0);
const REMOVE: Signature = Signature::new("remove", &["path", "dir_fd"])
    .required(1)
    .kwonly(1);
const READ: Signature = Signature::new("read", &["size"])
    .required(0)
    .positional_only("StringIO.read");
const VAR: Signature = Signature::new("f", &["a"]).varargs().varkw();

fn message(sig: &Signature, pos: Vec<Value>, kw: &[(&str, Value)]) -> String {
    let mut all = pos;
    let names: Vec<Value> = kw.iter().map(|(k, _)| Value::str(k)).collect();
    all.extend(kw.iter().map(|(_, v)| v.clone()));
    let args = Args {
        args: &all,
        kwnames: &names,
    };
    match sig.bind(&args) {
        Ok(_) => "ok".into(),
        Err(e) => match e.first_arg() {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => "?".into(),
        },
    }
}

#[test]
fn clinic_messages() {
    let one = || Value::Int(1);
    assert_eq!(
        message(&LISTDIR, vec![one(), one()], &[]),
        "listdir() takes at most 1 argument (2 given)"
    );
    assert_eq!(
        message(&LISTDIR, vec![], &[("x", one())]),
        "'x' is an invalid keyword argument for listdir()"
    );
    assert_eq!(
        message(&REMOVE, vec![one(), one()], &[]),
        "remove() takes exactly 1 positional argument (2 given)"
    );
    assert_eq!(
        message(&REMOVE, vec![], &[]),
        "remove() missing required argument 'path' (pos 1)"
    );
    assert_eq!(
        message(&REMOVE, vec![one()], &[("path", one())]),
        "argument for remove() given by name ('path') and position (1)"
    );
    assert_eq!(
        message(&LISTDIR, vec![], &[("path", one()), ("x", one())]),
        "listdir() takes at most 1 keyword argument (2 given)"
    );
    assert_eq!(message(&REMOVE, vec![one()], &[("dir_fd", one())]), "ok");
}

#[test]
fn positional_only_messages() {
    let one = || Value::Int(1);
    assert_eq!(
        message(&READ, vec![one(), one()], &[]),
        "read expected at most 1 argument, got 2"
    );
    assert_eq!(
        message(&READ, vec![], &[("size", one())]),
        "StringIO.read() takes no keyword arguments"
    );
}

#[test]
fn varargs_and_varkw_collect_the_rest() {
    let all = [Value::Int(1), Value::Int(2), Value::Int(3), Value::Int(4)];
    let names = [Value::str("k")];
    let args = Args {
        args: &all,
        kwnames: &names,
    };
    let Ok(b) = VAR.bind(&args) else {
        panic!("binds")
    };
    assert!(matches!(b.given(0), Some(Value::Int(1))));
    assert_eq!(b.rest.len(), 2);
    assert_eq!(b.extra_kw.len(), 1);
    assert_eq!(b.extra_kw[0].0, "k");
}

const ONE: Signature = Signature::one_arg("list.append");
const NONE: Signature = Signature::no_args("str.upper");
const FIND: Signature = Signature::new("find", &["sub", "start", "end"])
    .required(1)
    .parse_tuple("str.find");
const SORTED: Signature = Signature::new("sorted", &["iterable"]).positional_only("sorted");
const GETATTR: Signature = Signature::new("getattr", &["o", "name", "default"])
    .required(2)
    .positional_only("getattr");
const SUM: Signature = Signature::new("sum", &["iterable", "start"])
    .required(1)
    .posonly(1);
const PROD: Signature = Signature::new("prod", &["iterable", "start"])
    .required(1)
    .posonly(1)
    .kwonly(1);

#[test]
fn calling_convention_messages() {
    let one = || Value::Int(1);
    assert_eq!(
        message(&ONE, vec![], &[]),
        "list.append() takes exactly one argument (0 given)"
    );
    assert_eq!(
        message(&ONE, vec![one()], &[("x", one())]),
        "list.append() takes no keyword arguments"
    );
    assert_eq!(
        message(&NONE, vec![one()], &[]),
        "str.upper() takes no arguments (1 given)"
    );
    assert_eq!(
        message(&FIND, vec![], &[]),
        "find() takes at least 1 argument (0 given)"
    );
    assert_eq!(
        message(&FIND, vec![one(), one(), one(), one()], &[]),
        "find() takes at most 3 arguments (4 given)"
    );
    assert_eq!(
        message(&FIND, vec![one()], &[("start", one())]),
        "str.find() takes no keyword arguments"
    );
    assert_eq!(
        message(&SORTED, vec![], &[]),
        "sorted expected 1 argument, got 0"
    );
    assert_eq!(
        message(&GETATTR, vec![one()], &[]),
        "getattr expected at least 2 arguments, got 1"
    );
    assert_eq!(
        message(&GETATTR, vec![one(), one(), one(), one()], &[]),
        "getattr expected at most 3 arguments, got 4"
    );
}

#[test]
fn positional_only_parameters_of_clinic_functions() {
    let one = || Value::Int(1);
    assert_eq!(
        message(&SUM, vec![], &[]),
        "sum() takes at least 1 positional argument (0 given)"
    );
    assert_eq!(
        message(&SUM, vec![], &[("iterable", one())]),
        "sum() takes at least 1 positional argument (0 given)"
    );
    assert_eq!(
        message(&SUM, vec![one()], &[("iterable", one())]),
        "'iterable' is an invalid keyword argument for sum()"
    );
    assert_eq!(message(&SUM, vec![one()], &[("start", one())]), "ok");
    assert_eq!(
        message(&PROD, vec![], &[]),
        "prod() takes exactly 1 positional argument (0 given)"
    );
    assert_eq!(
        message(&PROD, vec![one(), one()], &[]),
        "prod() takes exactly 1 positional argument (2 given)"
    );
}

#[test]
fn fast_paths_agree_with_bind() {
    let all = [Value::Int(7)];
    let args = Args::new(&all);
    assert!(matches!(ONE.one(&args), Ok(Value::Int(7))));
    assert!(NONE.none(&args).is_err());
    assert!(NONE.none(&Args::new(&[])).is_ok());
    assert_eq!(SORTED.positional(&args).map(<[Value]>::len).ok(), Some(1));
    let with_self = [Value::None, Value::Int(7)];
    let args = Args::new(&with_self);
    assert!(matches!(ONE.one_method(&args), Ok(Value::Int(7))));
    assert!(NONE.none_method(&Args::new(&with_self[..1])).is_ok());
}
