//! Fenced code blocks in Markdown, as far as golden cases need them.
//!
//! Finds ```` ``` ```` / `~~~` fences (CommonMark rules: up to three spaces of indent, a
//! closing fence of the same character at least as long, an unclosed block runs to the end)
//! and pairs each `python` block with the next fenced block when that one is tagged `text` or
//! `output`. Not a Markdown renderer: everything outside fences is ignored.

use std::ops::Range;

/// One fenced block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    /// The first word of the info string, lowercased (`python`, `text`, ...).
    pub language: String,
    /// 1-based line of the opening fence.
    pub open_line: usize,
    /// Byte range of the content (between the fence lines) in the document.
    pub content: Range<usize>,
    /// The fence character and length, to tell what content would close it early.
    pub fence_char: char,
    pub fence_len: usize,
}

impl Block {
    /// The block's text with `\r\n` read as `\n`.
    pub fn text(&self, document: &str) -> String {
        document[self.content.clone()].replace("\r\n", "\n")
    }

    /// Whether `line` would end this block if placed inside it.
    pub fn is_closed_by(&self, line: &str) -> bool {
        closing_fence(line, self.fence_char, self.fence_len)
    }
}

/// A python block and the output block that follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pair {
    pub code: Block,
    pub output: Block,
}

/// Every python/output pair of a document, in order.
pub(crate) fn python_output_pairs(document: &str) -> Vec<Pair> {
    let blocks = fenced_blocks(document);
    blocks
        .windows(2)
        .filter(|w| {
            w[0].language == "python" && matches!(w[1].language.as_str(), "text" | "output")
        })
        .map(|w| Pair {
            code: w[0].clone(),
            output: w[1].clone(),
        })
        .collect()
}

/// An opening fence: indent (at most 3 spaces), then 3+ backticks or tildes, then info.
fn opening_fence(line: &str) -> Option<(char, usize, String)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let fence_char = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let fence_len = trimmed.chars().take_while(|c| *c == fence_char).count();
    if fence_len < 3 {
        return None;
    }
    let info = trimmed[fence_len..].trim();
    // A backtick fence's info string may not contain backticks (CommonMark).
    if fence_char == '`' && info.contains('`') {
        return None;
    }
    let language = info
        .split(|c: char| c.is_whitespace() || c == '{' || c == ',')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    Some((fence_char, fence_len, language))
}

fn closing_fence(line: &str, fence_char: char, fence_len: usize) -> bool {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return false;
    }
    let run = trimmed.chars().take_while(|c| *c == fence_char).count();
    run >= fence_len && trimmed[run..].trim().is_empty()
}

/// All fenced blocks of a document, in order.
pub(crate) fn fenced_blocks(document: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut open: Option<(char, usize, String, usize, usize)> = None;
    let mut offset = 0;
    for (index, line) in document.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += line.len();
        let bare = line.trim_end_matches(['\n', '\r']);
        match &open {
            None => {
                if let Some((fence_char, fence_len, language)) = opening_fence(bare) {
                    open = Some((fence_char, fence_len, language, index + 1, offset));
                }
            }
            Some((fence_char, fence_len, ..)) => {
                if closing_fence(bare, *fence_char, *fence_len) {
                    if let Some((fence_char, fence_len, language, open_line, start)) = open.take() {
                        blocks.push(Block {
                            language,
                            open_line,
                            content: start..line_start,
                            fence_char,
                            fence_len,
                        });
                    }
                }
            }
        }
    }
    if let Some((fence_char, fence_len, language, open_line, start)) = open {
        blocks.push(Block {
            language,
            open_line,
            content: start..document.len(),
            fence_char,
            fence_len,
        });
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "# Title\n\n```python\nprint(1)\n```\n\nprose\n\n```text\n1\n```\n\n\
                       ```python\nx = 2\n```\n```python\nprint(3)\n```\n~~~~output\n3\n~~~~\n\
                       ```python\nprint(4)\n```\n```rust\nfn main() {}\n```\n";

    #[test]
    fn pairs_python_with_the_next_block_only_when_it_is_output() {
        let pairs = python_output_pairs(DOC);
        assert_eq!(pairs.len(), 2);
        assert_eq!(pairs[0].code.open_line, 3);
        assert_eq!(pairs[0].code.text(DOC), "print(1)\n");
        assert_eq!(pairs[0].output.text(DOC), "1\n");
        assert_eq!(pairs[1].code.open_line, 16);
        assert_eq!(pairs[1].code.text(DOC), "print(3)\n");
        assert_eq!(pairs[1].output.text(DOC), "3\n");
    }

    #[test]
    fn a_shorter_fence_inside_a_longer_one_does_not_close_it() {
        let doc = "````python\n```\nprint(1)\n````\n";
        let blocks = fenced_blocks(doc);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text(doc), "```\nprint(1)\n");
    }

    #[test]
    fn unclosed_block_runs_to_the_end_and_crlf_reads_as_lf() {
        let doc = "```python\r\nprint(1)\r\n";
        let blocks = fenced_blocks(doc);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].text(doc), "print(1)\n");
    }

    #[test]
    fn four_space_indent_is_not_a_fence() {
        assert!(fenced_blocks("    ```python\nx\n    ```\n").is_empty());
    }
}
