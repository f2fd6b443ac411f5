//! The code object's stack depth, verified on first use rather than when it is made.

use super::CodeObj;
use crate::compiler::bytecode::{Code, Constant, Instr, SourceFile};
use crate::compiler::{compile, CompileMode};
use std::rc::Rc;

fn module_code(src: &str) -> Rc<Code> {
    let module = crate::parser::parse_module(src).expect("parses");
    let source = Rc::new(SourceFile {
        name: "<test>".into(),
        text: src.into(),
    });
    compile(&module, source, CompileMode::Module).expect("compiles")
}

#[test]
fn the_depth_is_the_verifiers_and_computed_once() {
    let code = module_code("x = [1, 2, (3, 4, 5)]\nprint(x)\n");
    let expected = crate::compiler::verify::max_stack_depth(&code).expect("verifies");
    let t = crate::runtime::types::Types::new();
    let obj = CodeObj::new(&t, code, &Default::default());
    assert_eq!(
        obj.stacksize.get(),
        super::UNVERIFIED,
        "not verified when made"
    );
    assert_eq!(obj.stacksize(), expected);
    assert_eq!(obj.stacksize.get(), expected, "remembered");
}

#[test]
fn nested_code_objects_wait_for_their_first_frame() {
    let code = module_code("def f(a):\n    return [a, a, a]\n");
    let inner = code
        .consts
        .iter()
        .find_map(|c| match c {
            Constant::Code(c) => Some(c.clone()),
            _ => None,
        })
        .expect("f's code");
    let t = crate::runtime::types::Types::new();
    let obj = CodeObj::new(&t, inner, &Default::default());
    assert_eq!(obj.stacksize.get(), super::UNVERIFIED);
    assert!(obj.stacksize() >= 3);
}

/// Bytecode the verifier refuses (a pop of an empty stack) can be made into a code
/// object, but no frame of it ever gets a stack: asking for the depth stops the
/// interpreter as an internal error.
#[test]
#[should_panic(expected = "fails verification")]
fn unverifiable_code_never_gets_a_depth() {
    let Ok(mut code) = Rc::try_unwrap(module_code("pass\n")) else {
        panic!("a fresh module code object is not shared")
    };
    code.instrs.insert(0, Instr::PopTop);
    code.spans.insert(0, Default::default());
    let t = crate::runtime::types::Types::new();
    let obj = CodeObj::new(&t, Rc::new(code), &Default::default());
    obj.stacksize();
}
