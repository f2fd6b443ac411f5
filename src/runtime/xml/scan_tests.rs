use super::scan::{scan_content, OpenElements, Token};
use std::borrow::Cow;

struct Open(Vec<&'static str>);

impl OpenElements for Open {
    fn depth(&self) -> usize {
        self.0.len()
    }
    fn is_named(&self, index: usize, name: &str) -> bool {
        self.0[index] == name
    }
}

fn text(at: usize, t: &str) -> Token<'_> {
    Token::Text {
        at,
        text: Cow::Borrowed(t),
    }
}

#[test]
fn plain_content_is_taken_whole() {
    let buf = "x<b k='1' j=\"2\"/>&amp;&#65;\r\n<!--c\r-->]</a>tail";
    let (tokens, end) = scan_content(buf, 0, &Open(vec!["a"]), false);
    assert_eq!(tokens[0], text(0, "x"));
    assert!(
        matches!(&tokens[1], Token::Start { name: "b", empty: true, attrs, .. }
        if attrs == &vec![("k", "1"), ("j", "2")])
    );
    assert_eq!(tokens[2], text(17, "&"));
    assert_eq!(tokens[3], text(22, "A"));
    assert_eq!(tokens[4], text(27, "\n"));
    assert!(matches!(&tokens[5], Token::Comment { text, .. } if text == "c\n"));
    assert_eq!(tokens[6], text(38, "]"));
    assert!(matches!(&tokens[7], Token::End { name: "a", .. }));
    // The root closed: the rest is the epilog's.
    assert_eq!(tokens.len(), 8);
    assert_eq!(end, buf.find("tail").unwrap());
}

#[test]
fn stops_before_what_the_python_scanner_decides() {
    for (buf, taken) in [
        ("ab<c", 1),            // incomplete tag
        ("ab&ent;", 1),         // entity from the DTD
        ("ab</x>", 1),          // mismatched end tag
        ("a]]>b", 0),           // "]]>" in content
        ("ab]", 0),             // "]" at the end may start "]]>"
        ("a\u{1}b", 0),         // forbidden character
        ("<c a='1' a='2'>", 0), // duplicate attribute
        ("<c a='&amp;'>", 0),   // reference in a value
        ("<?xml x?>", 0),       // misplaced declaration
        ("&#0;", 0),            // forbidden reference
        ("\r", 0),              // a lone CR at the end may start CRLF
    ] {
        let (tokens, _) = scan_content(buf, 0, &Open(vec!["a"]), false);
        assert_eq!(tokens.len(), taken, "{buf:?}");
    }
}

#[test]
fn namespaces_refuse_colons_in_pi_targets() {
    let buf = "<?a:b x?>";
    assert_eq!(scan_content(buf, 0, &Open(vec!["a"]), false).0.len(), 1);
    assert_eq!(scan_content(buf, 0, &Open(vec!["a"]), true).0.len(), 0);
}
