//! The cache gives back the code the compiler made, attached to the module's source.

use super::*;
use crate::compiler::{compile, CompileMode};

#[test]
fn a_stored_module_loads_as_the_compiler_made_it() {
    let dir = std::env::temp_dir().join(format!("coro-pylib-cache-{}", std::process::id()));
    let text = "def f(x, *a, k=1, **kw):\n    return (x, 'two', 3.5, b'4', None, ...)\nclass C:\n    pass\n";
    let source = Rc::new(SourceFile {
        name: "<frozen cache_test>".into(),
        text: text.into(),
    });
    let module = crate::parser::parse_module(text).expect("parses");
    let code = compile(&module, source.clone(), CompileMode::Module).expect("compiles");
    store_in(&dir, "cache_test", &code);
    let loaded = load_from(&dir, "cache_test", &source).expect("loads");
    assert_eq!(&loaded, &*code);
    let Some(Constant::Code(inner)) = loaded
        .consts
        .iter()
        .find(|c| matches!(c, Constant::Code(_)))
    else {
        panic!("a function body among the constants")
    };
    assert!(Rc::ptr_eq(&inner.source, &source));
    // Another source for the same module replaces the file.
    let other = Rc::new(SourceFile {
        name: "<frozen cache_test>".into(),
        text: "x = 1\n".into(),
    });
    assert!(load_from(&dir, "cache_test", &other).is_none());
    let _ = std::fs::remove_dir_all(&dir);
}
