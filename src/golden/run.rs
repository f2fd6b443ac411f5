//! Running one golden case as a child process and judging the result.
//!
//! The interpreter is whatever [`Runner`] names (the `coro` binary, or `python3` as the
//! reference), started with the script's directory as its working directory and the script's
//! file name as its argument, so tracebacks read `File "x.py"` on every machine. A run that
//! outlives the timeout is killed and reported. Not a renderer: see `diff.rs` for that.

use super::scratch::ScratchDir;
use super::{Case, CaseSource, Expected};
use std::ffi::{OsStr, OsString};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Which interpreter runs the cases, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Runner {
    pub program: PathBuf,
    /// Arguments placed before the script path, such as `--virtual-time`.
    pub args: Vec<OsString>,
    /// Extra environment variables for the child.
    pub env: Vec<(OsString, OsString)>,
    /// A run still going after this long is killed and reported as timed out.
    pub timeout: Duration,
}

impl Runner {
    /// A runner with no extra arguments, `NO_COLOR=1` (expected stderr is plain text) and a
    /// 60 second timeout.
    pub fn new(program: impl Into<PathBuf>) -> Runner {
        Runner {
            program: program.into(),
            args: Vec::new(),
            env: vec![("NO_COLOR".into(), "1".into())],
            timeout: Duration::from_secs(60),
        }
    }

    pub fn arg(mut self, arg: impl Into<OsString>) -> Runner {
        self.args.push(arg.into());
        self
    }

    pub fn env(mut self, key: impl Into<OsString>, value: impl Into<OsString>) -> Runner {
        self.env.push((key.into(), value.into()));
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Runner {
        self.timeout = timeout;
        self
    }
}

/// What a run produced.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Actual {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// `None` when the process did not exit normally (killed by a signal).
    pub code: Option<i32>,
    /// The signal that ended the process, where the platform tells.
    pub signal: Option<i32>,
}

impl Actual {
    /// `exit code 1`, `killed by signal 9`, ...
    pub fn status_text(&self) -> String {
        match (self.code, self.signal) {
            (Some(code), _) => format!("exit code {code}"),
            (None, Some(signal)) => format!("killed by signal {signal}"),
            (None, None) => "no exit code".to_string(),
        }
    }
}

/// Which output stream a mismatch is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

/// One way a run differed from its expectations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mismatch {
    Output {
        stream: Stream,
        expected: Vec<u8>,
        actual: Vec<u8>,
    },
    ExitCode {
        expected: i32,
        actual: Option<i32>,
    },
}

/// The verdict on one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    Failed {
        diffs: Vec<Mismatch>,
        actual: Actual,
    },
    TimedOut {
        after: Duration,
        actual: Actual,
    },
    /// The case could not be run at all (unreadable files, interpreter not found, ...).
    Error(String),
}

/// Runs `case` with `runner` and compares the result with the case's expectations.
pub fn run_case(case: &Case, runner: &Runner) -> Outcome {
    let expected = match Expected::load(case) {
        Ok(expected) => expected,
        Err(message) => return Outcome::Error(message),
    };
    // Kept alive until the run ends: a Markdown case's script lives in it.
    let mut scratch = None;
    let mut inputs = Inputs::default();
    let (cwd, script) = match &case.source {
        CaseSource::Doctest { path } => {
            let file_name = match path.file_name() {
                Some(name) => PathBuf::from(name),
                None => return Outcome::Error(format!("{}: not a file", path.display())),
            };
            inputs.leading = vec!["-m".into(), "doctest".into()];
            (directory_of(path), file_name)
        }
        CaseSource::Script { path } => {
            let file_name = match path.file_name() {
                Some(name) => PathBuf::from(name),
                None => return Outcome::Error(format!("{}: not a file", path.display())),
            };
            inputs = match Inputs::load(path) {
                Ok(inputs) => inputs,
                Err(message) => return Outcome::Error(message),
            };
            let dir = directory_of(path);
            if is_folder_case(&dir) {
                let copy = match ScratchDir::copy_of("case", &dir) {
                    Ok(copy) => copy,
                    Err(e) => return Outcome::Error(format!("cannot copy {}: {e}", dir.display())),
                };
                let cwd = copy.path().to_path_buf();
                scratch = Some(copy);
                (cwd, file_name)
            } else {
                (dir, file_name)
            }
        }
        CaseSource::Markdown {
            path, line, code, ..
        } => {
            let dir = match ScratchDir::new("md") {
                Ok(dir) => dir,
                Err(e) => return Outcome::Error(format!("cannot create a temp dir: {e}")),
            };
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let script = match dir.write(&format!("{stem}_line{line}.py"), code) {
                Ok(script) => script,
                Err(e) => return Outcome::Error(format!("cannot write a temp script: {e}")),
            };
            scratch = Some(dir);
            (directory_of(path), script)
        }
    };
    let result = execute(runner, &cwd, script.as_os_str(), &inputs);
    drop(scratch);
    match result {
        Err(message) => Outcome::Error(message),
        Ok(Execution::TimedOut(actual)) => Outcome::TimedOut {
            after: runner.timeout,
            actual,
        },
        Ok(Execution::Finished(actual)) => judge(&expected, actual),
    }
}

/// What a script case gets besides its file: `X.stdin` as standard input (else none),
/// `X.args` as arguments (one per line), `X.env` as environment variables (`KEY=VALUE`
/// lines).
#[derive(Debug, Default)]
struct Inputs {
    /// Arguments before the script's name (`-m doctest` for a doctest case).
    leading: Vec<String>,
    stdin: Option<Vec<u8>>,
    args: Vec<String>,
    env: Vec<(String, String)>,
}

impl Inputs {
    fn load(script: &Path) -> Result<Inputs, String> {
        let text = |ext: &str| -> Result<Option<String>, String> {
            let path = script.with_extension(ext);
            match std::fs::read_to_string(&path) {
                Ok(t) => Ok(Some(t)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(format!("cannot read {}: {e}", path.display())),
            }
        };
        let stdin = match std::fs::read(script.with_extension("stdin")) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("cannot read {}.stdin: {e}", script.display())),
        };
        let args = text("args")?
            .map(|t| t.lines().map(str::to_string).collect())
            .unwrap_or_default();
        let env = text("env")?
            .map(|t| {
                t.lines()
                    .filter_map(|l| l.split_once('='))
                    .map(|(k, v)| (k.to_string(), v.to_string()))
                    .collect()
            })
            .unwrap_or_default();
        Ok(Inputs {
            leading: Vec::new(),
            stdin,
            args,
            env,
        })
    }
}

/// A folder named `NAME.case` is one program: it runs in a fresh temporary copy of the
/// folder, so it may write files beside itself.
pub(super) fn is_folder_case(dir: &Path) -> bool {
    dir.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".case"))
}

fn directory_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn judge(expected: &Expected, actual: Actual) -> Outcome {
    let mut diffs = Vec::new();
    if actual.stdout != expected.stdout {
        diffs.push(Mismatch::Output {
            stream: Stream::Stdout,
            expected: expected.stdout.clone(),
            actual: actual.stdout.clone(),
        });
    }
    if let Some(stderr) = &expected.stderr {
        if actual.stderr != *stderr {
            diffs.push(Mismatch::Output {
                stream: Stream::Stderr,
                expected: stderr.clone(),
                actual: actual.stderr.clone(),
            });
        }
    }
    if actual.code != Some(expected.code) {
        diffs.push(Mismatch::ExitCode {
            expected: expected.code,
            actual: actual.code,
        });
    }
    if diffs.is_empty() {
        Outcome::Passed
    } else {
        Outcome::Failed { diffs, actual }
    }
}

enum Execution {
    Finished(Actual),
    TimedOut(Actual),
}

fn execute(
    runner: &Runner,
    cwd: &Path,
    script: &OsStr,
    inputs: &Inputs,
) -> Result<Execution, String> {
    let mut child = Command::new(&runner.program)
        .args(&runner.args)
        .args(&inputs.leading)
        .arg(script)
        .args(&inputs.args)
        .current_dir(cwd)
        .envs(runner.env.iter().map(|(k, v)| (k, v)))
        .envs(inputs.env.iter().map(|(k, v)| (k, v)))
        .stdin(if inputs.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| cannot_start(runner, cwd, e))?;
    if let (Some(mut pipe), Some(bytes)) = (child.stdin.take(), inputs.stdin.clone()) {
        // Fed on its own thread: a child that reads nothing must not block the runner.
        std::thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&bytes);
        });
    }
    // Both pipes are drained on their own threads so a chatty child never blocks on a full pipe.
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let finished = wait_until(&mut child, Instant::now() + runner.timeout)?;
    let status = match finished {
        Some(status) => Some(status),
        None => {
            let _ = child.kill();
            child.wait().ok();
            None
        }
    };
    let mut actual = Actual {
        stdout: stdout.join().unwrap_or_default(),
        stderr: relative_to(cwd, stderr.join().unwrap_or_default()),
        code: None,
        signal: None,
    };
    match status {
        None => Ok(Execution::TimedOut(actual)),
        Some(status) => {
            actual.code = status.code();
            actual.signal = signal_of(&status);
            Ok(Execution::Finished(actual))
        }
    }
}

/// Drops the script directory's absolute path from stderr: CPython makes the main script's
/// path absolute, so its tracebacks would otherwise name a different file on every machine.
fn relative_to(cwd: &Path, stderr: Vec<u8>) -> Vec<u8> {
    let mut prefixes = Vec::new();
    if let Ok(canonical) = cwd.canonicalize() {
        prefixes.push(canonical);
    }
    if let Ok(here) = std::env::current_dir() {
        prefixes.push(here.join(cwd));
    }
    let mut text = stderr;
    for prefix in prefixes {
        let mut needle = prefix.as_os_str().as_encoded_bytes().to_vec();
        needle.push(std::path::MAIN_SEPARATOR as u8);
        text = replace_all(&text, &needle);
    }
    text
}

/// `haystack` without any occurrence of `needle`.
fn replace_all(haystack: &[u8], needle: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = rest.windows(needle.len()).position(|w| w == needle) {
        out.extend_from_slice(&rest[..at]);
        rest = &rest[at + needle.len()..];
    }
    out.extend_from_slice(rest);
    out
}

#[cold]
fn cannot_start(runner: &Runner, cwd: &Path, error: std::io::Error) -> String {
    format!(
        "cannot run {} in {}: {error}",
        runner.program.display(),
        cwd.display()
    )
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// Polls the child until it exits (`Some`) or the deadline passes (`None`).
fn wait_until(
    child: &mut Child,
    deadline: Instant,
) -> Result<Option<std::process::ExitStatus>, String> {
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(Some(status)),
            Ok(None) => {}
            Err(e) => return Err(format!("cannot wait for the interpreter: {e}")),
        }
        let now = Instant::now();
        if now >= deadline {
            return Ok(None);
        }
        std::thread::sleep(pause.min(deadline - now));
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.signal()
}

#[cfg(not(unix))]
fn signal_of(_status: &std::process::ExitStatus) -> Option<i32> {
    None
}

#[cfg(test)]
mod tests {
    use super::super::discover;
    use super::super::scratch::ScratchDir;
    use super::*;

    fn python() -> Option<Runner> {
        let found = Command::new("python3")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
        found.then(|| Runner::new("python3").env("PYTHONDONTWRITEBYTECODE", "1"))
    }

    fn only_case(dir: &ScratchDir) -> Case {
        let mut cases = discover(&[dir.path().to_path_buf()], None).unwrap();
        assert_eq!(cases.len(), 1, "{cases:?}");
        cases.remove(0)
    }

    #[test]
    fn matching_output_passes_and_runs_in_the_script_directory() {
        let Some(python) = python() else { return };
        let dir = ScratchDir::new("run-pass").unwrap();
        dir.put("sub/data.txt", "hello\n");
        dir.put("sub/reads.py", "print(open('data.txt').read(), end='')\n");
        dir.put("sub/reads.out", "hello\n");
        assert_eq!(run_case(&only_case(&dir), &python), Outcome::Passed);
    }

    #[test]
    fn stdout_is_compared_byte_for_byte() {
        let Some(python) = python() else { return };
        let dir = ScratchDir::new("run-bytes").unwrap();
        dir.put("x.py", "print('a', end='')\n");
        dir.put("x.out", "a\n");
        match run_case(&only_case(&dir), &python) {
            Outcome::Failed { diffs, actual } => {
                assert_eq!(actual.stdout, b"a");
                assert_eq!(
                    diffs,
                    [Mismatch::Output {
                        stream: Stream::Stdout,
                        expected: b"a\n".to_vec(),
                        actual: b"a".to_vec()
                    }]
                );
            }
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn exit_code_and_stderr_are_checked_when_expected() {
        let Some(python) = python() else { return };
        let dir = ScratchDir::new("run-code").unwrap();
        dir.put("boom.py", "print('before')\nraise ValueError('x')\n");
        dir.put("boom.out", "before\n");
        dir.put("boom.code", "1\n");
        dir.put(
            "boom.err",
            "Traceback (most recent call last):\n  File \"boom.py\", line 2, in <module>\n    \
             raise ValueError('x')\nValueError: x\n",
        );
        assert_eq!(run_case(&only_case(&dir), &python), Outcome::Passed);

        dir.put("boom.code", "0\n");
        match run_case(&only_case(&dir), &python) {
            Outcome::Failed { diffs, .. } => assert_eq!(
                diffs,
                [Mismatch::ExitCode {
                    expected: 0,
                    actual: Some(1)
                }]
            ),
            other => panic!("expected a failure, got {other:?}"),
        }
    }

    #[test]
    fn replace_all_removes_every_occurrence() {
        assert_eq!(replace_all(b"/a/x /a/y", b"/a/"), b"x y");
        assert_eq!(replace_all(b"none", b"/a/"), b"none");
    }

    #[test]
    fn a_run_past_the_timeout_is_killed_and_reported() {
        let Some(python) = python() else { return };
        let dir = ScratchDir::new("run-timeout").unwrap();
        dir.put(
            "slow.py",
            "import sys, time\nprint('started', flush=True)\ntime.sleep(30)\n",
        );
        dir.put("slow.out", "started\n");
        let started = Instant::now();
        let outcome = run_case(
            &only_case(&dir),
            &python.timeout(Duration::from_millis(3000)),
        );
        assert!(started.elapsed() < Duration::from_secs(10));
        match outcome {
            Outcome::TimedOut { actual, .. } => assert_eq!(actual.stdout, b"started\n"),
            other => panic!("expected a timeout, got {other:?}"),
        }
    }

    #[test]
    fn markdown_cases_run_with_the_document_directory_as_cwd() {
        let Some(python) = python() else { return };
        let dir = ScratchDir::new("run-md").unwrap();
        dir.put("docs/data.txt", "from file\n");
        dir.put(
            "docs/guide.md",
            "```python\nprint(open('data.txt').read(), end='')\n```\n```text\nfrom file\n```\n",
        );
        assert_eq!(run_case(&only_case(&dir), &python), Outcome::Passed);
    }

    #[test]
    fn a_missing_interpreter_is_an_error_not_a_failure() {
        let dir = ScratchDir::new("run-missing").unwrap();
        dir.put("x.py", "print(1)\n");
        dir.put("x.out", "1\n");
        let runner = Runner::new(dir.path().join("no-such-interpreter"));
        assert!(matches!(
            run_case(&only_case(&dir), &runner),
            Outcome::Error(_)
        ));
    }
}
