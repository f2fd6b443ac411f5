//! `coro -m unittest ...`: test names, files and discovery run as `python3 -m unittest`
//! runs them. Each case runs both interpreters in the same temporary folder and compares
//! stdout, stderr (with the run time, which differs, replaced) and the exit status.

mod common;

use std::path::{Path, PathBuf};

/// A folder with two test modules (one failing) and a module that is not a test.
fn project(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-unittest-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files = [
        (
            "test_alpha.py",
            "import unittest\n\nclass Alpha(unittest.TestCase):\n    def test_one(self):\n        self.assertTrue(True)\n\n    def test_two(self):\n        \"\"\"Second.\"\"\"\n        self.assertEqual('a', 'a')\n",
        ),
        (
            "test_beta.py",
            "import unittest\n\nclass Beta(unittest.TestCase):\n    def test_fails(self):\n        self.assertEqual([1, 2], [1, 3])\n\n    @unittest.skip('later')\n    def test_skipped(self):\n        pass\n",
        ),
        ("helper.py", "print('not a test module')\n"),
    ];
    std::fs::create_dir_all(&dir).unwrap();
    for (path, text) in files {
        std::fs::write(dir.join(path), text).unwrap();
    }
    dir
}

/// "Ran 3 tests in 0.012s" with the time blanked.
fn without_time(text: &str) -> String {
    text.lines()
        .map(|line| match line.split_once(" in ") {
            Some((head, tail)) if line.starts_with("Ran ") && tail.ends_with('s') => {
                format!("{head} in TIME")
            }
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn run(program: &str, dir: &Path, args: &[&str]) -> (String, String, Option<i32>) {
    let (stdout, stderr, code) = common::output_of(program, dir, args, &[]);
    (stdout, without_time(&stderr), code)
}

fn agree(tag: &str, args: &[&str]) {
    let dir = project(tag);
    let coro = run(env!("CARGO_BIN_EXE_coro"), &dir, args);
    let python = run("python3", &dir, args);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(coro, python, "coro differs from python3 for {args:?}");
}

#[test]
fn discovery_runs_every_test_module_and_fails_with_them() {
    agree("discover", &["-m", "unittest"]);
    agree(
        "discover-v",
        &["-m", "unittest", "discover", "-v", "-p", "test_a*.py"],
    );
}

#[test]
fn names_and_files_select_tests() {
    agree(
        "names",
        &[
            "-m",
            "unittest",
            "-v",
            "test_alpha",
            "test_beta.Beta.test_skipped",
        ],
    );
    agree("files", &["-m", "unittest", "test_alpha.py"]);
    agree("pattern", &["-m", "unittest", "-k", "two", "test_alpha"]);
}
