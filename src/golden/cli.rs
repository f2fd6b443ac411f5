//! `coro test [--bless] [--real-time] [-k FILTER] [PATH...]`: the user-facing golden runner.
//!
//! Runs every case under the paths (default `scripts/`) through the interpreter binary it is
//! given, cases in parallel, reports each failure with its diff and ends with the line
//! `N passed, M failed`. Not argument parsing for the rest of the CLI: only this subcommand.

use super::{bless, discover, discover_doctests, render_failure, run_case, Case, Outcome, Runner};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

const USAGE: &str = "\
usage: coro test [--bless] [--real-time] [--doctest] [-k FILTER] [PATH...]

Runs golden cases: each X.py with X.out (expected stdout), optional X.err (expected stderr)
and X.code (expected exit code), and each ```python block of a .md file followed by a
```text or ```output block. PATH defaults to scripts/.

  --bless       write the actual output as the expected output of failing cases
  --real-time   run scripts on the real clock (default: --virtual-time)
  --doctest     run the >>> examples of every .py, .md, .rst and .txt file under PATH
                instead (each file as `coro -m doctest FILE`)
  -k FILTER     only cases whose name contains FILTER
";

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
struct Options {
    bless: bool,
    doctest: bool,
    real_time: bool,
    filter: Option<String>,
    paths: Vec<PathBuf>,
}

/// What a command line can be besides valid options.
#[derive(Debug, PartialEq, Eq)]
enum Parsed {
    Run(Options),
    Help,
    Usage(String),
}

fn parse(args: &[String]) -> Parsed {
    let mut options = Options {
        bless: false,
        doctest: false,
        real_time: false,
        filter: None,
        paths: Vec::new(),
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--bless" => options.bless = true,
            "--real-time" => options.real_time = true,
            "--doctest" => options.doctest = true,
            "-h" | "--help" => return Parsed::Help,
            "-k" => match args.next() {
                Some(filter) => options.filter = Some(filter.clone()),
                None => return Parsed::Usage("-k needs a FILTER".into()),
            },
            "--" => options.paths.extend(args.by_ref().map(PathBuf::from)),
            _ if arg.starts_with("-k") => options.filter = Some(arg[2..].to_string()),
            _ if arg.starts_with('-') => return Parsed::Usage(format!("unknown option {arg}")),
            _ => options.paths.push(PathBuf::from(arg)),
        }
    }
    if options.paths.is_empty() {
        options.paths.push(PathBuf::from("scripts"));
    }
    Parsed::Run(options)
}

/// Runs `coro test` with `args` (the words after `test`) using the interpreter binary
/// `interpreter`; returns the process exit code: 0 all passed, 1 any failure, 2 usage error.
/// Colour when stdout is a terminal and NO_COLOR is unset.
pub fn main_test_command(interpreter: &Path, args: &[String]) -> i32 {
    let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    test_command(interpreter, args, &mut std::io::stdout().lock(), color)
}

/// [`main_test_command`] writing its report to `out`. Write errors (a closed pipe under
/// `coro test | head`) are ignored: the exit code still tells the verdict.
pub fn test_command(interpreter: &Path, args: &[String], out: &mut dyn Write, color: bool) -> i32 {
    let options = match parse(args) {
        Parsed::Run(options) => options,
        Parsed::Help => {
            let _ = out.write_all(USAGE.as_bytes());
            return 0;
        }
        Parsed::Usage(message) => {
            eprint!("coro test: {message}\n{USAGE}");
            return 2;
        }
    };
    let found = if options.doctest {
        discover_doctests(&options.paths, options.filter.as_deref())
    } else {
        discover(&options.paths, options.filter.as_deref())
    };
    let cases = match found {
        Ok(cases) => cases,
        Err(message) => {
            eprintln!("coro test: {message}");
            return 2;
        }
    };
    if cases.is_empty() {
        let _ = out.write_all(b"no golden cases found\n0 passed, 0 failed\n");
        return 1;
    }
    let mut runner = Runner::new(interpreter);
    if !options.real_time {
        runner = runner.arg("--virtual-time");
    }

    let outcomes = run_all(&cases, &runner);
    let (mut passed, mut failed, mut blessed) = (0, 0, 0);
    for (case, outcome) in cases.iter().zip(&outcomes) {
        let report = match outcome {
            Outcome::Passed => {
                passed += 1;
                continue;
            }
            Outcome::Failed { actual, .. } if options.bless => match bless(case, actual) {
                Ok(()) => {
                    blessed += 1;
                    passed += 1;
                    format!("blessed {}\n", case.name)
                }
                Err(message) => {
                    failed += 1;
                    format!("FAIL {message}\n")
                }
            },
            Outcome::Failed { .. } | Outcome::TimedOut { .. } | Outcome::Error(_) => {
                failed += 1;
                format!("FAIL {}", render_failure(case, outcome, color))
            }
        };
        let _ = out.write_all(report.as_bytes());
    }
    if options.bless {
        let _ = writeln!(out, "{blessed} blessed");
    }
    let _ = writeln!(out, "{passed} passed, {failed} failed");
    let _ = out.flush();
    if failed > 0 {
        1
    } else {
        0
    }
}

/// Runs the cases on as many threads as the machine has cores; outcomes in case order.
fn run_all(cases: &[Case], runner: &Runner) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> = Mutex::new(vec![None; cases.len()]);
    let workers = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(cases.len());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(index) else { break };
                let outcome = run_case(case, runner);
                if let Ok(mut outcomes) = outcomes.lock() {
                    outcomes[index] = Some(outcome);
                }
            });
        }
    });
    outcomes
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .map(|o| o.unwrap_or_else(|| Outcome::Error("the case was not run".into())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn defaults_to_scripts_in_virtual_time() {
        assert_eq!(
            parse(&[]),
            Parsed::Run(Options {
                bless: false,
                doctest: false,
                real_time: false,
                filter: None,
                paths: vec![PathBuf::from("scripts")],
            })
        );
    }

    #[test]
    fn reads_flags_filter_and_paths_in_any_order() {
        assert_eq!(
            parse(&words("a.py --bless -k clos docs --real-time")),
            Parsed::Run(Options {
                bless: true,
                doctest: false,
                real_time: true,
                filter: Some("clos".into()),
                paths: vec![PathBuf::from("a.py"), PathBuf::from("docs")],
            })
        );
        assert!(
            matches!(parse(&words("-kx")), Parsed::Run(Options { filter: Some(f), .. }) if f == "x")
        );
    }

    #[test]
    fn rejects_unknown_options_and_a_dangling_k() {
        assert!(matches!(parse(&words("--frobnicate")), Parsed::Usage(_)));
        assert!(matches!(parse(&words("-k")), Parsed::Usage(_)));
        assert_eq!(parse(&words("--help")), Parsed::Help);
    }
}
