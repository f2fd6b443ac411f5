//! Signals from outside, for real: a child `coro` prints "ready", this test sends it a
//! signal with `kill`, and the outcome must be CPython's — a Python SIGINT handler runs
//! instead of KeyboardInterrupt (in a busy loop and in the event loop's wait), a server
//! shuts down gracefully on SIGTERM through `loop.add_signal_handler`, and SIGTERM with
//! no handler ends the process by that signal.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, ExitStatus, Stdio};
use std::time::Duration;

const SIGINT_HANDLER_BUSY: &str = "import signal
hits = []
signal.signal(signal.SIGINT, lambda n, f: hits.append(n))
print('ready', flush=True)
while not hits:
    pass
print('handled', hits)
";

const SIGINT_HANDLER_AWAIT: &str = "import asyncio, signal
async def main():
    woke = asyncio.Event()
    signal.signal(signal.SIGINT, lambda n, f: woke.set())
    print('ready', flush=True)
    await asyncio.wait_for(woke.wait(), 20)
    print('handled in the loop')
asyncio.run(main())
";

const SIGTERM_SERVER: &str = "import asyncio, signal
async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    async def serve():
        while not stop.is_set():
            await asyncio.sleep(0.01)
    server = asyncio.create_task(serve())
    print('ready', flush=True)
    await stop.wait()
    await server
    print('shut down gracefully')
asyncio.run(main())
";

const NO_HANDLER: &str = "import time
print('ready', flush=True)
time.sleep(20)
print('not reached')
";

#[test]
fn a_python_sigint_handler_runs_in_a_busy_loop() {
    let (status, out, err) = signal_script("busy", SIGINT_HANDLER_BUSY, "INT");
    assert_eq!(out, "handled [2]\n", "stderr: {err}");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn a_python_sigint_handler_wakes_the_event_loop() {
    let (status, out, err) = signal_script("await", SIGINT_HANDLER_AWAIT, "INT");
    assert_eq!(out, "handled in the loop\n", "stderr: {err}");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn sigterm_shuts_a_server_down_gracefully() {
    let (status, out, err) = signal_script("term", SIGTERM_SERVER, "TERM");
    assert_eq!(out, "shut down gracefully\n", "stderr: {err}");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn sigterm_without_a_handler_ends_the_process() {
    let (status, out, _) = signal_script("default", NO_HANDLER, "TERM");
    assert_eq!(out, "");
    assert_eq!(status.signal(), Some(15));
}

/// Run `source`, wait for its "ready" line, send `signal`; the exit status and what
/// followed on stdout and stderr.
fn signal_script(tag: &str, source: &str, signal: &str) -> (ExitStatus, String, String) {
    let dir = std::env::temp_dir().join(format!("coro-signals-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("script.py");
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
    // Let the script reach its loop or its wait.
    std::thread::sleep(Duration::from_millis(300));
    let sent = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
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
    let _ = std::fs::remove_dir_all(&dir);
    (status, rest, stderr)
}
