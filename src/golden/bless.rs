//! Blessing: making a run's actual output the case's expectation.
//!
//! For a script: `X.out` gets stdout; `X.code` is written for a non-zero exit and removed for
//! zero; `X.err` is written for a non-zero exit (a failing case must state its stderr) and
//! otherwise rewritten only if it already exists (stderr is compared only where a case
//! opted in by having one; create an empty `X.err` to opt in). For a Markdown case the output
//! block is rewritten in place. Not a runner: the caller decides when to bless.

use super::markdown::python_output_pairs;
use super::{Actual, Case, CaseSource};
use std::path::Path;

/// Writes `actual` as the expectation of `case`.
pub fn bless(case: &Case, actual: &Actual) -> Result<(), String> {
    let Some(code) = actual.code else {
        return Err(format!(
            "{}: not blessed: the run ended without an exit code ({})",
            case.name,
            actual.status_text()
        ));
    };
    match &case.source {
        CaseSource::Doctest { .. } => Err(format!(
            "{}: not blessed: a doctest's expectations are its examples; edit them",
            case.name
        )),
        CaseSource::Script { path } => bless_script(path, actual, code),
        CaseSource::Markdown {
            path,
            ordinal,
            code: source,
            ..
        } => {
            if code != 0 {
                return Err(format!(
                    "{}: not blessed: a Markdown case must exit 0, this run gave {code}",
                    case.name
                ));
            }
            bless_markdown(path, *ordinal, source, &actual.stdout)
                .map_err(|message| format!("{}: not blessed: {message}", case.name))
        }
    }
}

fn bless_script(path: &Path, actual: &Actual, code: i32) -> Result<(), String> {
    write(&path.with_extension("out"), &actual.stdout)?;
    let err_path = path.with_extension("err");
    if code != 0 || err_path.is_file() {
        write(&err_path, &actual.stderr)?;
    }
    let code_path = path.with_extension("code");
    if code == 0 {
        match std::fs::remove_file(&code_path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(format!("cannot remove {}: {e}", code_path.display())),
        }
    } else {
        write(&code_path, format!("{code}\n").as_bytes())
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Replaces the content of the `ordinal`th output block of the document at `path`.
fn bless_markdown(path: &Path, ordinal: usize, code: &str, stdout: &[u8]) -> Result<(), String> {
    let document = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let pairs = python_output_pairs(&document);
    let pair = pairs
        .get(ordinal)
        .filter(|pair| pair.code.text(&document) == code)
        .ok_or_else(|| format!("{} changed since its cases were read", path.display()))?;
    let mut output = std::str::from_utf8(stdout)
        .map_err(|_| "the output is not valid UTF-8, which Markdown cannot hold".to_string())?
        .to_string();
    if !output.is_empty() && !output.ends_with('\n') {
        // A fenced block always ends its last line; such a case cannot pass, say so.
        return Err(
            "the output does not end with a newline, which a fenced block cannot hold".into(),
        );
    }
    if document[pair.code.content.clone()].contains("\r\n") {
        output = output.replace('\n', "\r\n");
    }
    if let Some(line) = output.lines().find(|line| pair.output.is_closed_by(line)) {
        return Err(format!(
            "the output line {line:?} would close the fenced block"
        ));
    }
    let mut rewritten = String::with_capacity(document.len() + output.len());
    rewritten.push_str(&document[..pair.output.content.start]);
    rewritten.push_str(&output);
    rewritten.push_str(&document[pair.output.content.end..]);
    write(path, rewritten.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::super::scratch::ScratchDir;
    use super::super::{discover, Expected};
    use super::*;

    fn actual(stdout: &str, stderr: &str, code: i32) -> Actual {
        Actual {
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            code: Some(code),
            signal: None,
        }
    }

    #[test]
    fn script_bless_writes_out_code_and_err_of_a_failure_and_only_an_existing_err_else() {
        let dir = ScratchDir::new("bless-script").unwrap();
        let script = dir.put("x.py", "");
        dir.put("x.out", "old\n");
        let case = &discover(&[dir.path().to_path_buf()], None).unwrap()[0];

        bless(case, &actual("new\n", "", 0)).unwrap();
        let expected = Expected::load(case).unwrap();
        assert_eq!(expected.stdout, b"new\n");
        assert_eq!(expected.stderr, None);
        assert!(!script.with_extension("err").exists());

        bless(case, &actual("new\n", "oops\n", 1)).unwrap();
        let expected = Expected::load(case).unwrap();
        assert_eq!(expected.code, 1);
        assert_eq!(expected.stderr, Some(b"oops\n".to_vec()));

        bless(case, &actual("new\n", "fine\n", 0)).unwrap();
        assert!(!script.with_extension("code").exists());
        assert_eq!(
            Expected::load(case).unwrap().stderr,
            Some(b"fine\n".to_vec())
        );
    }

    #[test]
    fn a_case_expected_to_fail_without_err_is_refused() {
        let dir = ScratchDir::new("bless-no-err").unwrap();
        dir.put("x.py", "");
        dir.put("x.out", "");
        dir.put("x.code", "1\n");
        let case = &discover(&[dir.path().to_path_buf()], None).unwrap()[0];
        let message = Expected::load(case).unwrap_err();
        assert!(message.contains("must state its stderr"), "{message}");
    }

    #[test]
    fn markdown_bless_rewrites_each_output_block_in_place() {
        let dir = ScratchDir::new("bless-md").unwrap();
        let path = dir.put(
            "guide.md",
            "# Guide\n```python\nprint(1)\n```\ntext\n```output\nstale\n```\n\
             ```python\nprint(2)\n```\n```text\n```\ntail\n",
        );
        let cases = discover(std::slice::from_ref(&path), None).unwrap();
        assert_eq!(cases.len(), 2);
        // Blessing the first case with more lines must not lose track of the second.
        bless(&cases[0], &actual("1\nmore\nlines\n", "", 0)).unwrap();
        bless(&cases[1], &actual("2\n", "", 0)).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "# Guide\n```python\nprint(1)\n```\ntext\n```output\n1\nmore\nlines\n```\n\
             ```python\nprint(2)\n```\n```text\n2\n```\ntail\n"
        );
    }

    #[test]
    fn markdown_bless_refuses_what_a_block_cannot_hold() {
        let dir = ScratchDir::new("bless-md-refuse").unwrap();
        let path = dir.put("g.md", "```python\nprint(1)\n```\n```text\n1\n```\n");
        let case = &discover(&[path], None).unwrap()[0];
        assert!(bless(case, &actual("no newline", "", 0)).is_err());
        assert!(bless(case, &actual("```\n", "", 0)).is_err());
        assert!(bless(case, &actual("1\n", "", 1)).is_err());
    }
}
