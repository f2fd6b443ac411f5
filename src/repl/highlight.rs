//! Syntax colors for the line being edited, from coro's own lexer: keywords, strings,
//! numbers and comments. The lines already entered for the same input are lexed with it,
//! so the inside of a triple-quoted string stays a string on its continuation lines.
//!
//! It colors only; it never changes the text (rustyline requires the same width), and
//! it is not a validator: text that does not lex is shown as it is.

use crate::lexer::Token;
use logos::Logos;

/// Colors for the kinds of tokens (ANSI SGR sequences).
const KEYWORD: &str = "\x1b[1;34m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[90m";
const RESET: &str = "\x1b[0m";
/// The prompt, bold magenta as CPython 3.13's.
pub const PROMPT: &str = "\x1b[1;35m";

/// Whether to color: NO_COLOR (set and not empty, as no-color.org says) turns it off.
pub fn color_wanted() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

/// A colored range of the text.
#[derive(Debug, PartialEq)]
struct Paint {
    start: usize,
    end: usize,
    color: &'static str,
}

/// `context` is the input's earlier lines (each ending in a newline); `line` is the one
/// being edited. Returns `line` with color escapes, or `None` when nothing is colored.
pub fn highlight(context: &str, line: &str) -> Option<String> {
    let text = format!("{context}{line}");
    let from = context.len();
    let paints: Vec<Paint> = paint(&text).into_iter().filter(|p| p.end > from).collect();
    if paints.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(line.len() + paints.len() * 10);
    let mut at = from;
    for p in paints {
        let start = p.start.max(from);
        out.push_str(&text[at..start]);
        out.push_str(p.color);
        out.push_str(&text[start..p.end]);
        out.push_str(RESET);
        at = p.end;
    }
    out.push_str(&text[at..]);
    Some(out)
}

/// The colored ranges of `text`, in order, never overlapping.
fn paint(text: &str) -> Vec<Paint> {
    let mut paints = Vec::new();
    let mut lexer = Token::lexer_with_extras(text, 0);
    let mut gap_start = 0;
    while let Some(token) = lexer.next() {
        let span = lexer.span();
        comments_in(text, gap_start, span.start, &mut paints);
        gap_start = span.end;
        let color = match token {
            Ok(Token::Name(_)) | Ok(Token::Newline) => continue,
            Ok(Token::Number(_)) => NUMBER,
            Ok(Token::String(_)) => STRING,
            Ok(t) if t.text().is_some_and(|s| s.starts_with(char::is_alphabetic)) => KEYWORD,
            Ok(_) => continue,
            Err(_) if lexer.slice().ends_with(['\'', '"']) => {
                // A string that does not end (yet): the rest is its body.
                paints.push(Paint {
                    start: span.start,
                    end: text.len(),
                    color: STRING,
                });
                return paints;
            }
            Err(_) => continue,
        };
        paints.push(Paint {
            start: span.start,
            end: span.end,
            color,
        });
    }
    comments_in(text, gap_start, text.len(), &mut paints);
    paints
}

/// The lexer skips comments, so they are found in the gaps between tokens.
fn comments_in(text: &str, start: usize, end: usize, paints: &mut Vec<Paint>) {
    let gap = &text[start..end];
    if let Some(hash) = gap.find('#') {
        let stop = gap[hash..]
            .find(['\n', '\r'])
            .map_or(gap.len(), |n| hash + n);
        paints.push(Paint {
            start: start + hash,
            end: start + stop,
            color: COMMENT,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Render escapes as `<k>`, `<s>`, `<n>`, `<c>` and `</>` for readable asserts.
    fn shown(context: &str, line: &str) -> String {
        highlight(context, line)
            .unwrap_or_else(|| line.to_string())
            .replace(KEYWORD, "<k>")
            .replace(STRING, "<s>")
            .replace(NUMBER, "<n>")
            .replace(COMMENT, "<c>")
            .replace(RESET, "</>")
    }

    #[test]
    fn keywords_strings_numbers_comments() {
        assert_eq!(
            shown("", "def f(x): return 'a' + 1  # note"),
            "<k>def</> f(x): <k>return</> <s>'a'</> + <n>1</>  <c># note</>"
        );
        assert_eq!(
            shown("", "x = None if y else True"),
            "x = <k>None</> <k>if</> y <k>else</> <k>True</>"
        );
    }

    #[test]
    fn plain_text_is_left_alone() {
        assert_eq!(highlight("", "foo(bar)"), None);
        assert_eq!(highlight("", ""), None);
    }

    #[test]
    fn an_unfinished_string_colors_to_the_end() {
        assert_eq!(shown("", "print(\"hel"), "print(<s>\"hel</>");
    }

    #[test]
    fn a_triple_quoted_string_continues_on_later_lines() {
        assert_eq!(
            shown("x = '''abc\n", "def'''  # c"),
            "<s>def'''</>  <c># c</>"
        );
        assert_eq!(shown("x = '''abc\n", "still in"), "<s>still in</>");
    }

    #[test]
    fn indented_lines_and_hash_in_strings() {
        assert_eq!(shown("if x:\n", "    pass"), "    <k>pass</>");
        assert_eq!(shown("", "s = '#no'"), "s = <s>'#no'</>");
    }
}
