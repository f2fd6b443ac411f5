//! The `coro test` command end to end, with `python3` standing in for the interpreter:
//! a passing case, a failing one with its diff, blessing, and the summary line.

use coro::golden::test_command;
use std::path::{Path, PathBuf};
use std::process::Command;

/// These tests need python3 as the stand-in interpreter: without it they fail, never pass.
fn require_python3() {
    let found = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    assert!(
        found,
        "python3 is not on PATH: these tests run it in coro's place"
    );
}

/// A fresh directory for one test, removed at the end.
struct Tree(PathBuf);

impl Tree {
    fn new(name: &str) -> Tree {
        let path =
            std::env::temp_dir().join(format!("coro-golden-runner-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("temp dir");
        Tree(path)
    }

    fn put(&self, relative: &str, contents: &str) {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, contents).expect("write");
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.0.join(relative)).expect("read")
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str]) -> (i32, String) {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    let mut out = Vec::new();
    let code = test_command(Path::new("python3"), &args, &mut out, false);
    (code, String::from_utf8(out).expect("utf-8 report"))
}

#[test]
fn coro_test_reports_failures_with_diffs_and_blesses_them() {
    require_python3();
    let tree = Tree::new("cli");
    tree.put("lang/ok.py", "print(sum(range(10)))\n");
    tree.put("lang/ok.out", "45\n");
    tree.put("lang/wrong.py", "for i in range(3):\n    print(i * i)\n");
    tree.put("lang/wrong.out", "0\n1\n5\n");
    tree.put("lang/raises.py", "raise ValueError('bad')\n");
    tree.put("lang/raises.out", "");
    tree.put("lang/raises.code", "1\n");
    tree.put(
        "lang/raises.err",
        "Traceback (most recent call last):\n  File \"raises.py\", line 1, in <module>\n    raise ValueError('bad')\nValueError: bad\n",
    );
    tree.put("guide.md", "Squares:\n\n```python\nprint([x * x for x in range(4)])\n```\n\n```output\n[0, 1, 4, 9]\n```\n");
    let root = tree.0.to_str().expect("utf-8 temp path");

    let (code, report) = run(&["--real-time", root]);
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains("FAIL lang::wrong: wrong stdout\n"),
        "{report}"
    );
    assert!(
        report.contains("@@ -1,3 +1,3 @@\n 0\n 1\n-5\n+4\n"),
        "{report}"
    );
    assert!(report.ends_with("3 passed, 1 failed\n"), "{report}");

    let (code, report) = run(&["--real-time", "-k", "ok", root]);
    assert_eq!((code, report.as_str()), (0, "1 passed, 0 failed\n"));

    let (code, report) = run(&["--real-time", "--bless", root]);
    assert_eq!(code, 0, "{report}");
    assert!(report.contains("blessed lang::wrong\n"), "{report}");
    assert_eq!(tree.read("lang/wrong.out"), "0\n1\n4\n");
    assert!(report.ends_with("4 passed, 0 failed\n"), "{report}");
}

#[test]
fn coro_test_passes_virtual_time_unless_told_real_time() {
    require_python3();
    let tree = Tree::new("mode");
    tree.put("x.py", "print('hi')\n");
    tree.put("x.out", "hi\n");
    let root = tree.0.to_str().expect("utf-8 temp path");
    // python3 rejects --virtual-time, which proves the default mode passes it.
    let (code, report) = run(&[root]);
    assert_eq!(code, 1, "{report}");
    assert!(
        report.contains("expected exit code 0, got exit code 2"),
        "{report}"
    );
    assert!(report.contains("--virtual-time"), "{report}");
}

#[test]
fn coro_test_usage_errors_exit_2() {
    assert_eq!(run(&["--no-such-flag"]).0, 2);
    assert_eq!(run(&["/no/such/path/anywhere"]).0, 2);
}
