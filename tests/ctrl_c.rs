//! Ctrl-C for real: a SIGINT sent to a child `coro` — waiting in its event loop, spinning in
//! a loop, or deep in calls — must raise KeyboardInterrupt where it runs, run the script's `finally` blocks, print the
//! traceback ending in `KeyboardInterrupt` and end killed by SIGINT, as CPython does (a
//! shell shows 130).

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::Duration;

const AWAIT: &str = "import asyncio\n\nasync def main():\n    try:\n        print(\"ready\", flush=True)\n        await asyncio.sleep(30)\n    finally:\n        print(\"finally ran\", flush=True)\n\nasyncio.run(main())\n";

const BUSY_LOOP: &str = "try:\n    print(\"ready\", flush=True)\n    while True:\n        pass\nfinally:\n    print(\"finally ran\", flush=True)\n";

const RECURSION: &str = "def f(n):\n    return 0 if n == 0 else f(n - 1) + 1\ntry:\n    print(\"ready\", flush=True)\n    while True:\n        f(100)\nfinally:\n    print(\"finally ran\", flush=True)\n";

const THREAD_SPINS: &str = "import threading\n\ndef spin():\n    while True:\n        pass\n\nthreading.Thread(target=spin, daemon=True).start()\ntry:\n    print(\"ready\", flush=True)\n    threading.Event().wait()\nfinally:\n    print(\"finally ran\", flush=True)\n";

const SLEEP: &str = "import time\ntry:\n    print(\"ready\", flush=True)\n    time.sleep(30)\nfinally:\n    print(\"finally ran\", flush=True)\n";

#[test]
fn sigint_reaches_the_main_thread_waiting_while_another_spins() {
    interrupt_script("thread", THREAD_SPINS);
}

#[test]
fn sigint_interrupts_time_sleep() {
    interrupt_script("sleep", SLEEP);
}

#[test]
fn sigint_during_an_await_runs_finally_and_dies_by_sigint() {
    interrupt_script("await", AWAIT);
}

#[test]
fn sigint_during_a_busy_loop_raises_keyboard_interrupt() {
    interrupt_script("loop", BUSY_LOOP);
}

#[test]
fn sigint_during_calls_raises_keyboard_interrupt() {
    interrupt_script("calls", RECURSION);
}

/// Run `source`, wait for its "ready" line, send SIGINT, and check the CPython outcome.
fn interrupt_script(tag: &str, source: &str) {
    let dir = std::env::temp_dir().join(format!("coro-ctrl-c-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("wait.py");
    std::fs::write(&script, source).unwrap();
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
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(libc::SIGINT));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A KeyboardInterrupt the script raises itself and nobody catches ends the process by
/// SIGINT too, after the traceback and the output written before it.
#[test]
fn uncaught_keyboard_interrupt_dies_by_sigint() {
    use std::os::unix::process::ExitStatusExt;
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(["-c", "print('before')\nraise KeyboardInterrupt"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.trim_end().ends_with("KeyboardInterrupt"),
        "stderr: {stderr}"
    );
    assert_eq!(out.status.signal(), Some(libc::SIGINT));
    // A SystemExit(130) is an ordinary exit code, not a signal.
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(["-c", "raise SystemExit(130)"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(130));
}
