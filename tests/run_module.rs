//! `coro -m NAME`: a module or package found on the search path (the current directory
//! first, then PYTHONPATH) runs as `__main__`, with `sys.argv[0]` its file, exactly as
//! `python3 -m NAME` does. Each case runs both interpreters in the same temporary folder and
//! compares stdout, stderr (the interpreter's name aside) and the exit status.

mod common;

use std::path::{Path, PathBuf};

/// A folder with a package `app` (with `__main__`), a package `lib` without one, a
/// module `tool`, and `deps/dep.py` reachable only through PYTHONPATH.
fn project(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-run-module-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let files = [
        ("app/__init__.py", "print('app init', __name__)\n"),
        (
            "app/__main__.py",
            "import sys\nfrom . import helper\nprint('main', __name__, __package__, __spec__.name, sys.argv[1:])\nprint(sys.argv[0].endswith('app/__main__.py'), helper.X)\n",
        ),
        ("app/helper.py", "X = 'helper'\n"),
        ("lib/__init__.py", ""),
        (
            "tool.py",
            "import sys, dep\nprint('tool', __name__, __spec__.name, sys.argv[1:], dep.D)\nif __name__ == '__main__':\n    sys.exit(3)\n",
        ),
        ("deps/dep.py", "D = 'from PYTHONPATH'\n"),
        (
            "runme/__main__.py",
            "import sys\nprint('dir main', __name__, sys.argv)\nsys.exit(4)\n",
        ),
    ];
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn run(program: &str, dir: &Path, args: &[&str]) -> (String, String, Option<i32>) {
    let deps = dir.join("deps");
    let (stdout, stderr, code) =
        common::output_of(program, dir, args, &[("PYTHONPATH", deps.as_os_str())]);
    // python3 names itself by its full path in these messages.
    let stderr = match stderr.split_once(": ") {
        Some((who, rest)) if who.ends_with("python3") || who.ends_with("coro") => rest.to_string(),
        _ => stderr,
    };
    (stdout, stderr, code)
}

fn agree(tag: &str, args: &[&str]) {
    let dir = project(tag);
    let coro = run(env!("CARGO_BIN_EXE_coro"), &dir, args);
    let python = run("python3", &dir, args);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        coro, python,
        "coro -m ... differs from python3 for {args:?}"
    );
}

#[test]
fn a_package_runs_its_main_with_argv() {
    agree("package", &["-m", "app", "x", "--flag"]);
}

#[test]
fn a_module_runs_as_main_and_sees_pythonpath() {
    agree("module", &["-m", "tool", "a"]);
}

#[test]
fn a_submodule_runs_after_its_package() {
    agree("submodule", &["-m", "app.helper"]);
}

#[test]
fn a_package_without_main_cannot_run() {
    agree("no-main", &["-m", "lib"]);
}

#[test]
fn a_missing_module_is_reported() {
    agree("missing", &["-m", "nosuch"]);
    agree("missing-parent", &["-m", "nosuch.sub"]);
}

#[test]
fn a_directory_given_as_the_script_runs_its_main() {
    agree("dir-main", &["runme", "x"]);
}

#[test]
fn a_directory_without_main_is_refused() {
    agree("dir-no-main", &["lib"]);
}
