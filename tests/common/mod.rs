//! What the integration tests that compare coro with python3 share: running a program
//! in a folder and collecting what it printed and how it exited.

use std::path::Path;
use std::process::Command;

/// Run `program args` in `dir` with extra environment variables: (stdout, stderr, exit
/// code), the streams decoded lossily.
pub fn output_of(
    program: &str,
    dir: &Path,
    args: &[&str],
    env: &[(&str, &std::ffi::OsStr)],
) -> (String, String, Option<i32>) {
    let out = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .envs(env.iter().copied())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.code(),
    )
}
