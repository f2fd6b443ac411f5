//! Networking against real peers and under load, what golden scripts cannot show: a coro
//! client talking to a python3 asyncio server and the other way round, a coro HTTP/1.1
//! client fetching a file from `python3 -m http.server`, 1,000 concurrent connections,
//! misbehaving clients, and connections opened and closed by the thousand without a file
//! descriptor left behind. The coro scripts are under tests/net/; every one also runs
//! under python3, and where output is compared, python3 printed the expected text.
//!
//! Everything binds 127.0.0.1 port 0 and stops by itself; a peer that does not finish
//! in time is killed and the test fails. Without python3 the interoperation tests say
//! so and pass (CI has it).

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CORO: &str = env!("CARGO_BIN_EXE_coro");

fn script(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("net")
        .join(name)
}

/// The interoperation tests need python3 as the peer: without it they fail, never pass.
fn require_python() {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "python3 is not on PATH: it is the peer of this interoperation test"
    );
}

/// A child process killed when dropped (a test that fails does not leave it running).
struct Peer(Child);

impl Drop for Peer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Wait for `child` to exit within `secs`, returning its stdout and stderr.
fn finish(mut child: Peer, secs: u64) -> (bool, String, String) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut out = child.0.stdout.take();
    let mut err = child.0.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(o) = out.as_mut() {
            let _ = o.read_to_string(&mut s);
        }
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(e) = err.as_mut() {
            let _ = e.read_to_string(&mut s);
        }
        s
    });
    loop {
        match child.0.try_wait() {
            Ok(Some(status)) => {
                let out = reader.join().unwrap_or_default();
                let err = err_reader.join().unwrap_or_default();
                return (status.success(), out, err);
            }
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            _ => {
                let _ = child.0.kill();
                panic!("a peer did not finish within {secs} s");
            }
        }
    }
}

fn spawn(cmd: &mut Command) -> Peer {
    Peer(
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn"),
    )
}

/// Start a server that prints `PORT n` (or a line containing `port n`) first.
fn spawn_server(cmd: &mut Command) -> (Peer, u16, BufReader<std::process::ChildStdout>) {
    let mut peer = spawn(cmd);
    let mut out = BufReader::new(peer.0.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("the server's first line");
    let port = line
        .split_whitespace()
        .skip_while(|w| !w.eq_ignore_ascii_case("port"))
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no port in {line:?}"));
    (peer, port, out)
}

fn run_coro(args: &[&str], secs: u64) -> String {
    let (ok, out, err) = finish(spawn(Command::new(CORO).args(args)), secs);
    assert!(ok, "coro {args:?} failed:\n{out}\n{err}");
    out
}

const ECHO_CLIENT_OUTPUT: &str = "HELLO\nFROM\nTHE CLIENT\nlong line back True\ntotal 50023\n";

/// The rest of a server's output, up to its exit, within `secs`.
fn read_rest(mut out: BufReader<std::process::ChildStdout>, secs: u64) -> String {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut s = String::new();
        let _ = out.read_to_string(&mut s);
        let _ = tx.send(s);
    });
    rx.recv_timeout(Duration::from_secs(secs))
        .expect("the server did not finish in time")
}

#[test]
fn coro_client_talks_to_a_python_asyncio_server() {
    require_python();
    let (mut server, port, out) =
        spawn_server(Command::new("python3").arg(script("echo_server.py")));
    let client = run_coro(
        &[
            script("echo_client.py").to_str().unwrap(),
            &port.to_string(),
        ],
        60,
    );
    assert_eq!(client, ECHO_CLIENT_OUTPUT);
    assert_eq!(read_rest(out, 30), "served 50023\n");
    assert!(server.0.wait().unwrap().success());
}

#[test]
fn python_client_talks_to_a_coro_server() {
    require_python();
    let (mut server, port, out) = spawn_server(Command::new(CORO).arg(script("echo_server.py")));
    let client = spawn(
        Command::new("python3")
            .arg(script("echo_client.py"))
            .arg(port.to_string()),
    );
    let (ok, client_out, err) = finish(client, 60);
    assert!(ok, "python3 client failed: {err}");
    assert_eq!(client_out, ECHO_CLIENT_OUTPUT);
    assert_eq!(read_rest(out, 30), "served 50023\n");
    assert!(server.0.wait().unwrap().success());
}

#[test]
fn coro_http_client_fetches_from_python_http_server() {
    require_python();
    let dir = std::env::temp_dir().join(format!("coro_net_http_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let body: String = (0..5000)
        .map(|i| format!("line {i} of the file\n"))
        .collect();
    let file = dir.join("data.txt");
    std::fs::File::create(&file)
        .unwrap()
        .write_all(body.as_bytes())
        .unwrap();
    let (server, port, _out) = spawn_server(
        Command::new("python3")
            .args(["-u", "-m", "http.server", "0", "--bind", "127.0.0.1"])
            .arg("--directory")
            .arg(&dir),
    );
    let got = run_coro(
        &[
            script("http_get.py").to_str().unwrap(),
            &port.to_string(),
            "/data.txt",
            file.to_str().unwrap(),
        ],
        60,
    );
    drop(server);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(
        got,
        format!(
            "200 OK\ncontent-length {}\nbody matches True trailing 0\n",
            body.len()
        )
    );
}

#[test]
fn a_thousand_concurrent_connections_lose_nothing() {
    let out = run_coro(&[script("load_1000.py").to_str().unwrap()], 240);
    assert_eq!(
        out,
        "connected 1000\nclients ok 1000\nserver handled 1000\n"
    );
}

#[test]
fn misbehaving_clients_do_not_stop_the_server() {
    let out = run_coro(&[script("faults.py").to_str().unwrap()], 240);
    assert_eq!(
        out,
        "reset seen by the server 1\n\
         never-read client: server blocked in drain True\n\
         never-read client: server buffer bounded True\n\
         never-read client: responses held back True\n\
         normal clients finished before the slow one True 100\n\
         slow client reply b'yyyyy\\n'\n\
         garbage answered b'ERR\\n'\n\
         garbage answered b'ERR\\n'\n\
         garbage answered b''\n\
         garbage lines 2 overlong 1\n\
         still serving b'yyy\\n'\n"
    );
}

/// 100,000 in the issue; the debug build CI runs makes each connection slow, so CI
/// opens 3,000 (`CORO_NET_CONNECTIONS` sets the number: the full count is run on a
/// release build and recorded in docs/PERFORMANCE.md).
#[test]
fn connections_opened_and_closed_leave_no_descriptor_behind() {
    let n = std::env::var("CORO_NET_CONNECTIONS").unwrap_or_else(|_| "3000".into());
    let out = run_coro(&[script("fd_churn.py").to_str().unwrap(), &n], 600);
    assert_eq!(out, format!("connections {n}\ndescriptors left behind 0\n"));
}

/// The resident set of process `pid` in KiB.
fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("proc status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmRSS")
}

/// Open descriptors allowed to this process (and so to the server it starts), raised
/// to the hard limit if need be.
fn raise_fd_limit(want: u64) -> u64 {
    let mut lim = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain system calls on a valid struct.
    unsafe {
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
        if lim.rlim_cur < want {
            lim.rlim_cur = want.min(lim.rlim_max);
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
    lim.rlim_cur
}

/// Issue 12's memory budget for idle connections: 10,000 of them may cost coro half of
/// CPython's memory (CPython: 4.7-5.4 KB per idle streams connection). Measured on debug
/// builds (docs/PERFORMANCE.md; the data structures are those of a release build): the
/// old design (a tokio task and registration per watched direction, a socket object
/// and extra dict per connection) 5.1 KB, the epoll set 2.6 KB, and with reads that
/// wait without a Future 2.3 KB at 2,000 connections. The budget, 3.5 KB, leaves room
/// for the allocator's moods and fails the old design.
#[test]
fn idle_connections_stay_small() {
    let limit = raise_fd_limit(4 * 2000 + 200);
    // Client and server ends both live in this machine: 2 descriptors per connection.
    let n: u64 = 2000.min(limit.saturating_sub(200) / 2);
    assert!(n >= 500, "descriptor limit {limit} too low for the test");
    let (mut server, port, mut out) = spawn_server(
        Command::new(CORO)
            .arg(script("idle_server.py"))
            .arg(n.to_string()),
    );
    let pid = server.0.id();
    // A first batch warms the allocator and the loop up, and is closed again.
    let warm: Vec<_> = (0..100)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect"))
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    drop(warm);
    std::thread::sleep(Duration::from_millis(500));
    let before = rss_kib(pid);
    let conns: Vec<_> = (0..n)
        .map(|_| std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect"))
        .collect();
    let mut line = String::new();
    out.read_line(&mut line).expect("the server's idle line");
    assert_eq!(line, format!("idle {n}\n"));
    let after = rss_kib(pid);
    let per_conn = (after.saturating_sub(before)) * 1024 / n;
    // Still serving: one connection asks and gets its answer.
    let mut first = &conns[0];
    first.write_all(b"ping\n").expect("write");
    let mut answer = [0u8; 3];
    first.read_exact(&mut answer).expect("read");
    assert_eq!(&answer, b"ok\n");
    eprintln!("{n} idle connections: {before} -> {after} KiB, {per_conn} B each");
    drop(conns);
    assert_eq!(read_rest(out, 120), "closed\n");
    let _ = server.0.wait();
    assert!(
        per_conn <= 3584,
        "{n} idle connections grew the server by {per_conn} B each ({before} -> {after} KiB)"
    );
}
