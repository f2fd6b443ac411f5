//! `coro -m timeit`: the command line of the timeit module. Help and every error are
//! compared with what `python3 -m timeit` prints; timings differ run to run, so for them
//! the shape of the report is checked (`N loops, best of R: X unit per loop`).

mod common;

use std::path::PathBuf;

fn folder() -> PathBuf {
    std::env::temp_dir()
}

fn coro(args: &[&str]) -> (String, String, Option<i32>) {
    let mut all = vec!["-m", "timeit"];
    all.extend_from_slice(args);
    common::output_of(env!("CARGO_BIN_EXE_coro"), &folder(), &all, &[])
}

fn python(args: &[&str]) -> (String, String, Option<i32>) {
    let mut all = vec!["-m", "timeit"];
    all.extend_from_slice(args);
    common::output_of("python3", &folder(), &all, &[])
}

/// The same stdout, stderr and exit status as python3.
fn agree(args: &[&str]) {
    assert_eq!(coro(args), python(args), "coro -m timeit {args:?}");
}

/// The last line of stderr and the exit status agree (tracebacks name files that differ).
fn agree_on_error(args: &[&str]) {
    let (out, err, code) = coro(args);
    let (py_out, py_err, py_code) = python(args);
    assert_eq!(out, py_out, "stdout of {args:?}");
    assert_eq!(code, py_code, "exit status of {args:?}");
    assert_eq!(
        err.lines().last(),
        py_err.lines().last(),
        "stderr of {args:?}: {err}"
    );
}

/// `N loop(s), best of R: X unit per loop`: N and R as expected (N any of 1, 2, 5 times a
/// power of ten when None), X a positive number with at most `precision` significant
/// digits, unit `unit` or any of timeit's.
fn check_report(line: &str, loops: Option<u64>, repeat: u32, unit: Option<&str>) {
    let (count, rest) = line.split_once(' ').expect(line);
    let count: u64 = count.parse().expect(line);
    let plural = if count == 1 { "loop" } else { "loops" };
    let rest = rest
        .strip_prefix(&format!("{plural}, best of {repeat}: "))
        .expect(line);
    let rest = rest.strip_suffix(" per loop").expect(line);
    let (value, shown_unit) = rest.split_once(' ').expect(line);
    let value: f64 = value.parse().expect(line);
    assert!(value > 0.0, "{line}");
    match unit {
        Some(u) => assert_eq!(shown_unit, u, "{line}"),
        None => assert!(
            ["nsec", "usec", "msec", "sec"].contains(&shown_unit),
            "{line}"
        ),
    }
    match loops {
        Some(n) => assert_eq!(count, n, "{line}"),
        None => {
            let mut m = count;
            while m.is_multiple_of(10) {
                m /= 10;
            }
            assert!([1, 2, 5].contains(&m), "{line}");
        }
    }
}

#[test]
fn help_is_pythons() {
    agree(&["-h"]);
    agree(&["--help"]);
    agree(&["-n", "5", "-h"]);
}

#[test]
fn option_errors_are_pythons() {
    agree(&["-x"]);
    agree(&["-n"]);
    agree(&["--help=3"]);
    agree(&["--bogus"]);
    agree(&["-u", "years", "pass"]);
    agree(&["--unit=minutes", "pass"]);
}

#[test]
fn statement_errors_end_as_pythons() {
    agree_on_error(&["-n", "1", "-r", "1", "undefined_name"]);
    agree_on_error(&["-n", "1", "-r", "1", "1/0"]);
    agree_on_error(&["1 +"]);
    agree_on_error(&["-s", "x =", "pass"]);
    agree_on_error(&["-n", "abc", "pass"]);
    agree_on_error(&["-r", "1", "undefined_name"]);
}

#[test]
fn a_fixed_number_of_loops_reports_the_best() {
    let (out, _, code) = coro(&["-n", "3", "-r", "2", "x = 1"]);
    assert_eq!(code, Some(0));
    check_report(out.trim_end(), Some(3), 2, None);
    let (out, _, _) = coro(&["--number=1", "--repeat", "1", "--unit=usec", "pass"]);
    check_report(out.trim_end(), Some(1), 1, Some("usec"));
    let (out, _, _) = coro(&["-p", "-n", "10", "-u", "nsec", "pass"]);
    check_report(out.trim_end(), Some(10), 5, Some("nsec"));
}

#[test]
fn setup_and_several_lines_run_before_and_as_the_statement() {
    let (out, err, code) = coro(&[
        "-n",
        "2",
        "-r",
        "1",
        "-s",
        "x = [1]",
        "-s",
        "y = x * 2",
        "assert y == [1, 1]",
        "z = len(y)",
    ]);
    assert_eq!(code, Some(0), "{err}");
    check_report(out.trim_end(), Some(2), 1, None);
    let (out, _, code) = coro(&["-n", "1", "-r", "1", "--", "-1"]);
    assert_eq!(code, Some(0));
    check_report(out.trim_end(), Some(1), 1, None);
}

#[test]
fn the_number_of_loops_is_found_by_autorange() {
    let (out, _, code) = coro(&["-r", "1", "-s", "import time", "time.sleep(0.03)"]);
    assert_eq!(code, Some(0));
    check_report(out.trim_end(), None, 1, None);
}

#[test]
fn verbose_shows_the_autorange_steps_and_raw_times() {
    let (out, _, code) = coro(&["-v", "-r", "2", "-s", "import time", "time.sleep(0.05)"]);
    assert_eq!(code, Some(0));
    let lines: Vec<&str> = out.lines().collect();
    // 1 loop -> 0.05 secs, 2 loops -> 0.1 secs, 5 loops -> 0.25 secs
    let steps: Vec<&&str> = lines.iter().take_while(|l| !l.is_empty()).collect();
    assert!(!steps.is_empty(), "{out}");
    assert!(
        steps[0].starts_with("1 loop -> ") && steps[0].ends_with(" secs"),
        "{out}"
    );
    let raw = lines[steps.len() + 1];
    assert!(raw.starts_with("raw times: "), "{out}");
    assert_eq!(raw.matches(", ").count(), 1, "{out}");
    assert_eq!(lines[steps.len() + 2], "", "{out}");
    check_report(lines[steps.len() + 3], None, 2, None);
}
