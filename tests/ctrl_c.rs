//! Ctrl-C for real: a SIGINT sent to a child `coro` while its event loop waits must raise
//! KeyboardInterrupt at the running await, run the script's `finally` blocks, print the
//! traceback ending in `KeyboardInterrupt` and exit with 130 (what a shell shows for
//! CPython killed by SIGINT).

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

const SCRIPT: &str = "import asyncio\n\nasync def main():\n    try:\n        print(\"ready\", flush=True)\n        await asyncio.sleep(30)\n    finally:\n        print(\"finally ran\", flush=True)\n\nasyncio.run(main())\n";

#[test]
fn sigint_during_an_await_runs_finally_and_exits_130() {
    let dir = std::env::temp_dir().join(format!("coro-ctrl-c-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("wait.py");
    std::fs::write(&script, SCRIPT).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg(&script)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "ready\n");
    // Let the loop reach its wait (the SIGINT listener is installed there).
    std::thread::sleep(Duration::from_millis(500));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(rest, "finally ran\n");
    assert!(
        stderr.trim_end().ends_with("KeyboardInterrupt"),
        "stderr: {stderr}"
    );
    assert_eq!(status.code(), Some(130));
    let _ = std::fs::remove_dir_all(&dir);
}
