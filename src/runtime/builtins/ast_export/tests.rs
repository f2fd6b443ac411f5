use super::Exporter;
use crate::ast::StmtKind;

#[test]
fn positions_are_lines_and_utf8_byte_columns() {
    let t = crate::runtime::types::Types::new();
    let ex = Exporter::new(&t, "ab\ncé d\n");
    assert_eq!(ex.position(0), (1, 0));
    assert_eq!(ex.position(2), (1, 2));
    assert_eq!(ex.position(3), (2, 0));
    // `é` is two bytes: the `d` after it is at byte column 4.
    assert_eq!(ex.position(7), (2, 4));
    assert_eq!(ex.position(9), (3, 0));
}

#[test]
fn decorated_definitions_start_at_their_keyword() {
    let text = "@a\n# note\n\n@b(1)\ndef f(): pass\n";
    let module = crate::parser::parse_module(text).unwrap();
    let StmtKind::FunctionDef(f) = &module.body[0].kind else {
        panic!("expected a def");
    };
    let t = crate::runtime::types::Types::new();
    let ex = Exporter::new(&t, text);
    let span = ex.def_span(module.body[0].span, &f.decorators);
    assert_eq!(&text[span.start as usize..span.start as usize + 3], "def");
}
