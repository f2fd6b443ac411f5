//! Finding golden cases under the paths a user or a test harness names.
//!
//! A directory is walked recursively (sorted, skipping hidden folders and `__pycache__`):
//! every `X.py` that has an `X.out` beside it is a case (a `.py` without one is a helper
//! module, not a case), and every python/output pair in a `.md` file is a case. A `.py` named
//! explicitly is a case even without `.out`, so a new script can be blessed. Not a runner.

use super::markdown::python_output_pairs;
use super::{Case, CaseSource};
use std::path::{Path, PathBuf};

/// All cases under `paths` whose name contains `filter`, in a stable order.
pub fn discover(paths: &[PathBuf], filter: Option<&str>) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for path in paths {
        let metadata =
            std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if metadata.is_dir() {
            walk(path, path, &mut cases)?;
        } else if has_extension(path, "py") {
            cases.push(Case {
                name: path.display().to_string(),
                source: CaseSource::Script { path: path.clone() },
            });
        } else if has_extension(path, "md") {
            markdown_cases(path, &path.display().to_string(), &mut cases)?;
        } else {
            return Err(not_a_case_file(path));
        }
    }
    if let Some(filter) = filter {
        cases.retain(|case| case.name.contains(filter));
    }
    let mut seen = std::collections::HashSet::new();
    cases.retain(|case| seen.insert((case.file().clone(), case.name.clone())));
    Ok(cases)
}

#[cold]
fn not_a_case_file(path: &Path) -> String {
    format!(
        "{}: not a directory, a .py script or a .md file",
        path.display()
    )
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension().is_some_and(|e| e == extension)
}

/// The entries of `dir` a walk visits, sorted: hidden files and `__pycache__` left out.
fn visible_entries(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    paths.retain(|path| {
        !path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.') || n == "__pycache__")
    });
    paths.sort();
    Ok(paths)
}

fn walk(root: &Path, dir: &Path, cases: &mut Vec<Case>) -> Result<(), String> {
    for path in visible_entries(dir)? {
        if path.is_dir() && super::run::is_folder_case(&path) {
            let main = path.join("main.py");
            if main.is_file() {
                let name = script_name(root, &path);
                cases.push(Case {
                    name: name.trim_end_matches(".case").to_string(),
                    source: CaseSource::Script { path: main },
                });
            }
        } else if path.is_dir() {
            walk(root, &path, cases)?;
        } else if has_extension(&path, "py") && path.with_extension("out").is_file() {
            cases.push(Case {
                name: script_name(root, &path),
                source: CaseSource::Script { path },
            });
        } else if has_extension(&path, "md") {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            markdown_cases(&path, &relative.display().to_string(), cases)?;
        }
    }
    Ok(())
}

/// The doctest cases under `paths`: every `.py`, `.md`, `.rst` and `.txt` file with a line
/// that starts (after indentation) with `>>> `, named `doctest:RELATIVE/PATH`, in a stable
/// order, filtered by name.
pub fn discover_doctests(paths: &[PathBuf], filter: Option<&str>) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for path in paths {
        let metadata =
            std::fs::metadata(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if metadata.is_dir() {
            walk_doctests(path, path, &mut cases)?;
        } else {
            cases.push(doctest_case(path, &path.display().to_string()));
        }
    }
    if let Some(filter) = filter {
        cases.retain(|case| case.name.contains(filter));
    }
    Ok(cases)
}

fn doctest_case(path: &Path, shown: &str) -> Case {
    Case {
        name: format!("doctest:{shown}"),
        source: CaseSource::Doctest {
            path: path.to_path_buf(),
        },
    }
}

fn walk_doctests(root: &Path, dir: &Path, cases: &mut Vec<Case>) -> Result<(), String> {
    for path in visible_entries(dir)? {
        if path.is_dir() {
            walk_doctests(root, &path, cases)?;
        } else if ["py", "md", "rst", "txt"]
            .iter()
            .any(|ext| has_extension(&path, ext))
            && has_examples(&path)
        {
            let relative = path.strip_prefix(root).unwrap_or(&path);
            cases.push(doctest_case(&path, &relative.display().to_string()));
        }
    }
    Ok(())
}

/// Whether a file has a doctest prompt line.
fn has_examples(path: &Path) -> bool {
    std::fs::read_to_string(path).is_ok_and(|text| {
        text.lines()
            .any(|line| line.trim_start().starts_with(">>> ") || line.trim() == ">>>")
    })
}

/// `root/lang/closures.py` -> `lang::closures`.
fn script_name(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path).with_extension("");
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("::")
}

fn markdown_cases(path: &Path, display: &str, cases: &mut Vec<Case>) -> Result<(), String> {
    let document = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    for (ordinal, pair) in python_output_pairs(&document).into_iter().enumerate() {
        cases.push(Case {
            name: format!("{display}:{}", pair.code.open_line),
            source: CaseSource::Markdown {
                path: path.to_path_buf(),
                line: pair.code.open_line,
                ordinal,
                code: pair.code.text(&document),
                expected_stdout: pair.output.text(&document),
            },
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::scratch::ScratchDir;
    use super::*;

    #[test]
    fn finds_scripts_with_out_files_and_markdown_pairs() {
        let dir = ScratchDir::new("discover").unwrap();
        dir.put("lang/closures.py", "print(1)\n");
        dir.put("lang/closures.out", "1\n");
        dir.put("lang/helper.py", "X = 1\n");
        dir.put("lang/__pycache__/junk.py", "");
        dir.put("lang/__pycache__/junk.out", "");
        dir.put("async/sleep.py", "print(2)\n");
        dir.put("async/sleep.out", "2\n");
        dir.put(
            "guide.md",
            "text\n\n```python\nprint(3)\n```\n```output\n3\n```\n",
        );
        let cases = discover(&[dir.path().to_path_buf()], None).unwrap();
        let names: Vec<&str> = cases.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["async::sleep", "guide.md:3", "lang::closures"]);

        let filtered = discover(&[dir.path().to_path_buf()], Some("lang")).unwrap();
        assert_eq!(filtered.len(), 1);
    }

    #[test]
    fn an_explicit_script_is_a_case_without_out_and_a_missing_path_is_an_error() {
        let dir = ScratchDir::new("discover-explicit").unwrap();
        dir.put("new.py", "print(1)\n");
        let cases = discover(&[dir.path().join("new.py")], None).unwrap();
        assert_eq!(cases.len(), 1);
        assert!(discover(&[dir.path().join("missing")], None).is_err());
        dir.put("notes.txt", "");
        assert!(discover(&[dir.path().join("notes.txt")], None).is_err());
    }

    #[test]
    fn doctest_cases_are_files_with_prompt_lines() {
        let dir = ScratchDir::new("discover-doctest").unwrap();
        dir.put(
            "pkg/calc.py",
            "def f():\n    \"\"\"\n    >>> f()\n    1\n    \"\"\"\n",
        );
        dir.put("pkg/plain.py", "X = 1\n");
        dir.put("guide.md", "Try it:\n\n>>> 1 + 1\n2\n");
        dir.put("notes.txt", "no examples here\n");
        let names: Vec<String> = discover_doctests(&[dir.path().to_path_buf()], None)
            .unwrap()
            .into_iter()
            .map(|case| case.name)
            .collect();
        assert_eq!(names, ["doctest:guide.md", "doctest:pkg/calc.py"]);
    }
}
