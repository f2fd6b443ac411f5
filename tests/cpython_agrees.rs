//! A `.out` is truth only if CPython agrees: every golden case under `scripts/` is run with
//! `python3` and must print its expected output (and `.err`, `.code`) exactly.
//!
//! The case's first line decides how: containing `coro-only` (the script uses what CPython
//! 3.11 lacks and says why) skips it; a comment containing `vpython` runs it under
//! `shared/tools/vpython.py` (CPython's asyncio on a virtual clock), found as
//! `../shared/tools/vpython.py` from the repository root (or `../../shared/...` from a git
//! worktree under `wt/`, or the `CORO_VPYTHON` variable). Without python3 on PATH, or without
//! vpython.py for a case that needs it, the test is reported ignored, never passed.

use coro::golden::{discover, discover_doctests, render_failure, run_case, Case, Outcome, Runner};
use libtest_mimic::{Arguments, Completion, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

/// How CPython must run a case, from its first line.
enum Reference {
    Python,
    VirtualTime,
    CoroOnly(String),
}

fn reference_of(case: &Case) -> Result<Reference, String> {
    let first_line = case
        .first_line()
        .map_err(|e| format!("cannot read {}: {e}", case.file().display()))?;
    Ok(if first_line.contains("coro-only") {
        Reference::CoroOnly(first_line.trim().to_string())
    } else if first_line.trim_start().starts_with('#') && first_line.contains("vpython") {
        Reference::VirtualTime
    } else {
        Reference::Python
    })
}

fn python3_found() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success())
}

fn find_vpython(repo: &Path) -> Option<PathBuf> {
    let from_env = std::env::var_os("CORO_VPYTHON").map(PathBuf::from);
    let beside_repo = repo.join("../shared/tools/vpython.py");
    let beside_worktrees = repo.join("../../shared/tools/vpython.py");
    [from_env, Some(beside_repo), Some(beside_worktrees)]
        .into_iter()
        .flatten()
        .find(|path| path.is_file())
}

fn check(case: &Case, python_found: bool, vpython: Option<&Path>) -> Result<Completion, Failed> {
    if !python_found {
        return Ok(Completion::ignored_with("python3 is not on PATH"));
    }
    let python = Runner::new("python3").env("PYTHONDONTWRITEBYTECODE", "1");
    let runner = match reference_of(case)? {
        Reference::CoroOnly(reason) => return Ok(Completion::ignored_with(reason)),
        Reference::Python => python,
        Reference::VirtualTime => match vpython {
            Some(vpython) => python.arg(vpython),
            None => {
                return Ok(Completion::ignored_with(
                    "needs vpython.py, not found at ../shared/tools/vpython.py",
                ))
            }
        },
    };
    match run_case(case, &runner) {
        Outcome::Passed => Ok(Completion::Completed),
        outcome => Err(render_failure(case, &outcome, false).into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python_found = python3_found();
    let vpython = find_vpython(repo);
    let found = discover(&[repo.join("scripts")], None).and_then(|mut cases| {
        cases.extend(discover_doctests(
            &[repo.join("scripts").join("doctests")],
            None,
        )?);
        Ok(cases)
    });
    let trials = match found {
        Ok(cases) => cases
            .into_iter()
            .map(|case| {
                let vpython = vpython.clone();
                Trial::ignorable_test(case.name.clone(), move || {
                    check(&case, python_found, vpython.as_deref())
                })
            })
            .collect(),
        Err(message) => vec![Trial::test("discover", move || Err(message.into()))],
    };
    libtest_mimic::run(&args, trials).exit();
}
