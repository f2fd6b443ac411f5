//! A `.out` is truth only if CPython agrees: every golden case under `scripts/` is run with
//! `python3` and must print its expected output (and `.err`, `.code`) exactly.
//!
//! The case's first line decides how: containing `coro-only` (the script uses what CPython
//! 3.11 lacks and says why) skips it; a comment containing `vpython` runs it under
//! `shared/tools/vpython.py` (CPython's asyncio on a virtual clock), found as
//! `../shared/tools/vpython.py` from the repository root (or `../../shared/...` from a git
//! worktree under `wt/`, or the `CORO_VPYTHON` variable). The Markdown examples under `docs/`
//! run on the virtual clock as `cargo test --test golden` runs them, so they go through
//! vpython.py too. Without python3 3.11 on PATH, or without vpython.py for a case that needs
//! it, every such case fails: an oracle that is absent must not read as agreement.

use coro::golden::{
    discover, discover_doctests, render_failure, run_case, Case, CaseSource, Outcome, Runner,
};
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
    let markdown = matches!(case.source, CaseSource::Markdown { .. });
    Ok(if first_line.contains("coro-only") {
        Reference::CoroOnly(first_line.trim().to_string())
    } else if markdown || first_line.trim_start().starts_with('#') && first_line.contains("vpython")
    {
        Reference::VirtualTime
    } else {
        Reference::Python
    })
}

/// Why python3 cannot be the oracle here, if it cannot: missing, or not CPython 3.11.
fn python3_problem() -> Option<String> {
    let output = match Command::new("python3").arg("--version").output() {
        Ok(output) if output.status.success() => output,
        Ok(_) | Err(_) => {
            return Some("python3 is not on PATH (CPython 3.11 is the oracle)".into())
        }
    };
    let version = String::from_utf8_lossy(&output.stdout).trim().to_string();
    if version.starts_with("Python 3.11.") {
        None
    } else {
        Some(format!(
            "python3 is {version:?}, not CPython 3.11: it cannot be the oracle"
        ))
    }
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

fn check(
    case: &Case,
    python_problem: Option<&str>,
    vpython: Option<&Path>,
) -> Result<Completion, Failed> {
    if let Some(problem) = python_problem {
        return Err(problem.into());
    }
    let python = Runner::new("python3").env("PYTHONDONTWRITEBYTECODE", "1");
    let runner = match reference_of(case)? {
        Reference::CoroOnly(reason) => return Ok(Completion::ignored_with(reason)),
        Reference::Python => python,
        Reference::VirtualTime => match vpython {
            Some(vpython) => python.arg(vpython),
            None => return Err("needs vpython.py, not found at ../shared/tools/vpython.py".into()),
        },
    };
    match run_case(case, &runner) {
        Outcome::Passed => Ok(Completion::Completed),
        outcome => Err(render_failure(case, &outcome, false).into()),
    }
}

/// A table generated from CPython (the numeric core's cases.json, cmath's cases and special
/// values) must be exactly what its generator `script` computes now.
fn generated_is_fresh(
    repo: &Path,
    script: &str,
    python_problem: Option<&str>,
) -> Result<(), Failed> {
    if let Some(problem) = python_problem {
        return Err(problem.into());
    }
    let output = Command::new("python3")
        .arg(repo.join(script))
        .arg("--check")
        .output()
        .map_err(|e| format!("cannot run {script}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned().into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python_problem = python3_problem();
    let vpython = find_vpython(repo);
    let found = discover(&[repo.join("scripts"), repo.join("docs")], None).and_then(|mut cases| {
        cases.extend(discover_doctests(
            &[repo.join("scripts").join("doctests")],
            None,
        )?);
        Ok(cases)
    });
    let mut trials: Vec<Trial> = match found {
        Ok(cases) => cases
            .into_iter()
            .map(|case| {
                let vpython = vpython.clone();
                let python_problem = python_problem.clone();
                Trial::ignorable_test(case.name.clone(), move || {
                    check(&case, python_problem.as_deref(), vpython.as_deref())
                })
            })
            .collect(),
        Err(message) => vec![Trial::test("discover", move || Err(message.into()))],
    };
    let generated = [
        (
            "numeric::cases_json_is_cpythons",
            "tests/data/numeric/generate.py",
        ),
        (
            "cmath::cases_json_is_cpythons",
            "tests/data/cmath/generate.py",
        ),
        (
            "cmath::special_values_are_cpythons",
            "tests/data/cmath/special_values.py",
        ),
        (
            "unicode_data::tables_are_cpythons",
            "src/unicode_data/generate.py",
        ),
    ];
    for (name, script) in generated {
        let python_problem = python_problem.clone();
        trials.push(Trial::test(name, move || {
            generated_is_fresh(repo, script, python_problem.as_deref())
        }));
    }
    libtest_mimic::run(&args, trials).exit();
}
