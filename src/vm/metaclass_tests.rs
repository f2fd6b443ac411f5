//! Tests of class creation through metaclasses: the plain-class fast path keeps `meta`
//! empty, a metaclass is recorded and reported by `type()`, and the hooks run in order.

use crate::interpreter::{Interpreter, Outcome};
use crate::runtime::value::Value;

fn run(src: &str) -> (Interpreter, String) {
    let mut interp = Interpreter::new();
    interp.vm.out.hold(true);
    let outcome = interp.run_source("<test>", src);
    assert!(matches!(outcome, Outcome::Finished), "script failed");
    let out = interp.vm.out.take();
    (interp, out)
}

fn class_named(interp: &Interpreter, name: &str) -> std::rc::Rc<crate::runtime::class::Class> {
    match interp.main.get_by_str(name) {
        Some(Value::Class(c)) => c,
        _ => panic!("{name} is not a class"),
    }
}

#[test]
fn plain_classes_have_no_metaclass_recorded() {
    let (interp, out) = run("class P:\n    pass\nclass Q(P):\n    pass\nprint(type(Q))\n");
    assert_eq!(out, "<class 'type'>\n");
    assert!(class_named(&interp, "P").meta.is_none());
    assert!(class_named(&interp, "Q").meta.is_none());
}

#[test]
fn metaclass_is_recorded_inherited_and_hooks_run_in_order() {
    let src = "
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
    def __call__(cls, *a):
        print('call', a)
        return super().__call__(*a)
class A(metaclass=M, k=1):
    def __init__(self, v):
        self.v = v
class B(A):
    pass
print(type(B).__name__, B(7).v)
";
    let (interp, out) = run(src);
    assert_eq!(
        out,
        "new A {'k': 1}\ninit A\nnew B {}\ninit B\ncall (7,)\nM 7\n"
    );
    let b = class_named(&interp, "B");
    assert_eq!(&*b.meta.as_ref().expect("B has a metaclass").name(), "M");
}
