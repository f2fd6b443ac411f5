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

const CONTAINS: Signature = Signature::slot("__contains__", &["key"]);
const SETITEM: Signature = Signature::slot_unpack("wrapper __setitem__", &["key", "value"]);
const CALL_LATER: Signature = Signature::new("call_later", &["delay", "callback", "context"])
    .kwonly(1)
    .required(2)
    .varargs()
    .python_method("BaseEventLoop.call_later");
const READ_N: Signature = Signature::new("read", &["n"])
    .required(0)
    .python_method("StreamReader.read");
const WRAPS: Signature = Signature::new("wraps", &["wrapped", "assigned", "updated"])
    .required(1)
    .python("wraps");

#[test]
fn slot_wrapper_messages() {
    let one = || Value::Int(1);
    assert_eq!(
        message(&CONTAINS, vec![], &[]),
        "expected 1 argument, got 0"
    );
    assert_eq!(
        message(&CONTAINS, vec![one()], &[("x", one())]),
        "wrapper __contains__() takes no keyword arguments"
    );
    assert_eq!(
        message(&SETITEM, vec![one()], &[]),
        " expected 2 arguments, got 1"
    );
    assert_eq!(
        message(&SETITEM, vec![one(), one()], &[("x", one())]),
        "wrapper __setitem__() takes no keyword arguments"
    );
}

#[test]
fn python_function_messages() {
    let one = || Value::Int(1);
    assert_eq!(
        message(&CALL_LATER, vec![], &[]),
        "BaseEventLoop.call_later() missing 2 required positional arguments: 'delay' and 'callback'"
    );
    assert_eq!(
        message(&CALL_LATER, vec![one(), one()], &[("x", one())]),
        "BaseEventLoop.call_later() got an unexpected keyword argument 'x'"
    );
    assert_eq!(
        message(&CALL_LATER, vec![one(), one()], &[("delay", one())]),
        "BaseEventLoop.call_later() got multiple values for argument 'delay'"
    );
    assert_eq!(
        message(&CALL_LATER, vec![one(); 5], &[("context", one())]),
        "ok"
    );
    assert_eq!(
        message(&READ_N, vec![one(), one()], &[]),
        "StreamReader.read() takes from 1 to 2 positional arguments but 3 were given"
    );
    assert_eq!(
        message(&WRAPS, vec![], &[]),
        "wraps() missing 1 required positional argument: 'wrapped'"
    );
    assert_eq!(
        message(&WRAPS, vec![one(); 4], &[]),
        "wraps() takes from 1 to 3 positional arguments but 4 were given"
    );
    const THREE: Signature = Signature::new("f", &["a", "b", "c"]).python("f");
    assert_eq!(
        message(&THREE, vec![], &[]),
        "f() missing 3 required positional arguments: 'a', 'b', and 'c'"
    );
    assert_eq!(
        message(&THREE, vec![one(); 4], &[]),
        "f() takes 3 positional arguments but 4 were given"
    );
    const KW: Signature = Signature::new("g", &["a", "k"])
        .kwonly(1)
        .required(1)
        .python("g");
    assert_eq!(
        message(&KW, vec![one(), one()], &[("k", one())]),
        "g() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given"
    );
}
