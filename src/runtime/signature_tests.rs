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
