//! Every golden case under `scripts/` and every Markdown example under `docs/` as
//! its own test, run through the `coro` binary in virtual-time mode (`lang/closures.py`
//! becomes the test `lang::closures`), and the doctests of `scripts/doctests/` run as
//! `coro -m doctest FILE` (`doctest:shapes.py`).
//!
//! `CORO_BLESS=1 cargo test --test golden` rewrites the expected files of failing cases
//! instead of failing. Not the CPython check: tests/cpython_agrees.rs makes sure every `.out`
//! is what CPython prints.

use coro::golden::{bless, discover, discover_doctests, render_failure, run_case, Outcome, Runner};
use libtest_mimic::{Arguments, Failed, Trial};
use std::path::Path;

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let scripts = root.join("scripts");
    let docs = root.join("docs");
    let blessing = std::env::var("CORO_BLESS").is_ok_and(|value| value == "1");
    let runner = Runner::new(env!("CARGO_BIN_EXE_coro")).arg("--virtual-time");
    let doctests = scripts.join("doctests");
    let found = discover(&[scripts, docs], None).and_then(|mut cases| {
        cases.extend(discover_doctests(&[doctests], None)?);
        Ok(cases)
    });
    let trials = match found {
        Ok(cases) => cases
            .into_iter()
            .map(|case| {
                let runner = runner.clone();
                Trial::test(case.name.clone(), move || match run_case(&case, &runner) {
                    Outcome::Passed => Ok(()),
                    Outcome::Failed { actual, .. } if blessing => {
                        bless(&case, &actual).map_err(Failed::from)
                    }
                    outcome => Err(render_failure(&case, &outcome, false).into()),
                })
            })
            .collect(),
        Err(message) => vec![Trial::test("discover", move || Err(message.into()))],
    };
    libtest_mimic::run(&args, trials).exit();
}
