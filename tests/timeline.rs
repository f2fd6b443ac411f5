//! `coro --timeline FILE`: the JSON must be valid Chrome Trace Event Format describing
//! the known script's tasks (checked here event by event), and the HTML page must open
//! in a real headless Chromium without console errors, drawing one row per task (its
//! DOM and console are read; a screenshot is taken).

use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

const SCRIPT: &str = "tests/timeline/producer_consumer.py";
/// The script's tasks, and the two `asyncio.run` makes to shut down.
const TASKS: [&str; 7] = [
    "Task-1", "consumer", "fetch-a", "fetch-b", "broken", "Task-2", "Task-3",
];

fn record(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-timeline-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let base = dir.join("trace");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg("--virtual-time")
        .arg("--timeline")
        .arg(&base)
        .arg(root.join(SCRIPT))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['A', 'B']\nbroken: no\n"
    );
    base
}

fn num(e: &Value, key: &str) -> f64 {
    e[key]
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is not a number in {e}"))
}

/// Check the document against the Trace Event Format and return the events.
fn check_trace_format(doc: &Value) -> Vec<Value> {
    let events = doc["traceEvents"]
        .as_array()
        .expect("traceEvents array")
        .clone();
    assert!(matches!(doc["displayTimeUnit"].as_str(), Some("ms" | "ns")));
    let mut flows: HashMap<u64, (Option<Value>, Option<Value>)> = HashMap::new();
    for e in &events {
        let ph = e["ph"].as_str().expect("ph");
        assert!(e["name"].is_string(), "name: {e}");
        assert!(e["pid"].is_u64() && e["tid"].is_u64(), "pid/tid: {e}");
        match ph {
            "M" => {
                let name = e["name"].as_str().unwrap();
                assert!(["process_name", "thread_name", "thread_sort_index"].contains(&name));
                assert!(e["args"].is_object());
            }
            "X" => {
                assert!(num(e, "ts") >= 0.0 && num(e, "dur") >= 0.0, "{e}");
            }
            "i" => {
                assert!(num(e, "ts") >= 0.0);
                assert!(matches!(e["s"].as_str(), Some("t" | "p" | "g")));
            }
            "s" | "f" => {
                let id = e["id"].as_u64().expect("flow id");
                let slot = flows.entry(id).or_default();
                if ph == "s" {
                    assert!(
                        slot.0.replace(e.clone()).is_none(),
                        "flow {id} starts twice"
                    );
                } else {
                    assert_eq!(e["bp"], "e");
                    assert!(slot.1.replace(e.clone()).is_none(), "flow {id} ends twice");
                }
            }
            other => panic!("unexpected phase {other}"),
        }
    }
    // Every flow starts and ends, each end inside a slice of its track.
    let slices: Vec<&Value> = events.iter().filter(|e| e["ph"] == "X").collect();
    let enclosed = |e: &Value| {
        let ts = num(e, "ts");
        slices.iter().any(|s| {
            s["tid"] == e["tid"]
                && num(s, "ts") <= ts + 1e-3
                && ts <= num(s, "ts") + num(s, "dur") + 1e-3
        })
    };
    assert!(!flows.is_empty());
    for (id, (s, f)) in &flows {
        let (s, f) = (
            s.as_ref().expect("flow start"),
            f.as_ref().expect("flow end"),
        );
        assert!(enclosed(s), "flow {id} starts outside a slice: {s}");
        assert!(enclosed(f), "flow {id} ends outside a slice: {f}");
    }
    // On each track, slices follow one another without overlapping.
    let mut by_tid: HashMap<u64, Vec<(f64, f64)>> = HashMap::new();
    for s in &slices {
        by_tid
            .entry(s["tid"].as_u64().unwrap())
            .or_default()
            .push((num(s, "ts"), num(s, "ts") + num(s, "dur")));
    }
    for (tid, mut v) in by_tid {
        if tid == 0 {
            continue;
        }
        v.sort_by(|a, b| a.partial_cmp(b).unwrap());
        for w in v.windows(2) {
            assert!(w[0].1 <= w[1].0 + 1e-3, "track {tid} overlaps: {w:?}");
        }
    }
    events
}

#[test]
fn json_is_trace_event_format_with_a_track_per_task() {
    let base = record("json");
    let text = std::fs::read_to_string(base.with_extension("json")).unwrap();
    let doc: Value = serde_json::from_str(&text).expect("valid JSON");
    let events = check_trace_format(&doc);
    let names: HashMap<u64, String> = events
        .iter()
        .filter(|e| e["ph"] == "M" && e["name"] == "thread_name")
        .map(|e| {
            (
                e["tid"].as_u64().unwrap(),
                e["args"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let tasks: HashSet<&str> = names
        .iter()
        .filter(|(t, _)| **t > 0)
        .map(|(_, n)| n.as_str())
        .collect();
    assert_eq!(tasks, TASKS.into_iter().collect());
    let tid = |n: &str| *names.iter().find(|(_, v)| v.as_str() == n).unwrap().0;
    // Completion: results and the exception.
    let outcome = |n: &str| {
        events
            .iter()
            .find(|e| e["name"] == "done" && e["tid"] == tid(n))
            .map(|e| e["args"]["outcome"].as_str().unwrap().to_string())
    };
    assert_eq!(outcome("fetch-a").as_deref(), Some("result='A'"));
    assert_eq!(outcome("consumer").as_deref(), Some("result=['A', 'B']"));
    assert_eq!(
        outcome("broken").as_deref(),
        Some("exception=ValueError('no')")
    );
    // Waits: main awaits fetch-a, at the line of the await.
    assert!(events.iter().any(|e| e["cat"] == "wait"
        && e["tid"] == tid("Task-1")
        && e["args"]["awaiting"] == "Task fetch-a"
        && e["args"]["line"]
            .as_str()
            .unwrap()
            .ends_with("producer_consumer.py:32")));
    // Wake-ups: fetch-a by its timer (the loop's track), main by fetch-a finishing, the
    // consumer by main's put; at virtual times 0.1 s and 0.2 s.
    let flow = |from: u64, to: u64| {
        events
            .iter()
            .filter(|e| e["ph"] == "s" && e["tid"] == from)
            .any(|s| {
                events
                    .iter()
                    .any(|f| f["ph"] == "f" && f["id"] == s["id"] && f["tid"] == to)
            })
    };
    assert!(flow(0, tid("fetch-a")));
    assert!(flow(tid("fetch-a"), tid("Task-1")));
    assert!(flow(tid("Task-1"), tid("consumer")));
    let woke_fetch_b = events
        .iter()
        .find(|e| e["ph"] == "f" && e["tid"] == tid("fetch-b"))
        .unwrap();
    assert_eq!(num(woke_fetch_b, "ts"), 200_000.0);
    let created_by = events
        .iter()
        .find(|e| e["name"] == "created" && e["tid"] == tid("consumer"))
        .unwrap();
    assert_eq!(created_by["args"]["created_by"], "Task-1");
    std::fs::remove_dir_all(base.parent().unwrap()).unwrap();
}

fn chromium() -> String {
    for name in ["chromium", "chromium-browser"] {
        if Command::new(name)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return name.to_string();
        }
    }
    panic!(
        "the HTML timeline test needs Chromium (Debian package `chromium`; .ci/run installs it)"
    );
}

fn headless(profile: &Path) -> Command {
    let mut c = Command::new(chromium());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1200,400",
    ]);
    c.arg(format!("--user-data-dir={}", profile.display()));
    c
}

/// Waits on sockets read as I/O waits, woken by the loop's I/O, and the task the server
/// starts for a connection is created by the loop's I/O callback path.
#[test]
fn socket_waits_are_io_waits_woken_by_io() {
    let dir = std::env::temp_dir().join(format!("coro-timeline-{}-io", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let base = dir.join("trace");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg("--timeline")
        .arg(&base)
        .arg(root.join("tests/timeline/echo_io.py"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "b'HELLO\\n'\n");
    let text = std::fs::read_to_string(base.with_extension("json")).unwrap();
    let doc: Value = serde_json::from_str(&text).unwrap();
    let events = check_trace_format(&doc);
    let io_waits: Vec<&Value> = events
        .iter()
        .filter(|e| {
            e["cat"] == "wait"
                && e["args"]["awaiting"]
                    .as_str()
                    .is_some_and(|a| a.starts_with("I/O ("))
        })
        .collect();
    assert!(
        io_waits.iter().any(|e| e["args"]["line"]
            .as_str()
            .unwrap()
            .starts_with("main() running at")),
        "the client's wait for the reply: {io_waits:?}"
    );
    assert!(events
        .iter()
        .any(|e| e["cat"] == "loop" && e["name"] == "I/O"));
    let created_by: Vec<&str> = events
        .iter()
        .filter(|e| e["name"] == "created")
        .map(|e| e["args"]["created_by"].as_str().unwrap())
        .collect();
    assert_eq!(created_by[0], "main program");
    assert!(
        created_by.iter().any(|c| c.starts_with("loop ")),
        "{created_by:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn html_opens_in_headless_chromium_with_a_row_per_task() {
    let base = record("html");
    let page = base.with_extension("html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "the page must not reach the network"
    );
    let url = format!("file://{}", page.display());
    let dir = base.parent().unwrap();
    let dom = headless(&dir.join("profile-dom"))
        .args(["--enable-logging=stderr", "--v=0", "--dump-dom", &url])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&dom.stdout);
    let rows = format!("<b id=\"rows\">{}</b>", TASKS.len());
    assert!(text.contains(&rows), "no {rows} in the DOM:\n{text}");
    let console: Vec<&str> = std::str::from_utf8(&dom.stderr)
        .unwrap()
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .collect();
    assert!(
        console
            .iter()
            .any(|l| l.contains(&format!("coro timeline: {} task rows drawn", TASKS.len()))),
        "console: {console:?}"
    );
    assert!(
        !console
            .iter()
            .any(|l| l.contains("Uncaught") || l.contains("ERROR:CONSOLE") || l.contains("Error")),
        "console errors: {console:?}"
    );
    let shot = dir.join("shot.png");
    let out = headless(&dir.join("profile-shot"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .unwrap();
    assert!(out.status.success());
    let png = std::fs::read(&shot).unwrap();
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 5_000,
        "screenshot of {} bytes",
        png.len()
    );
    std::fs::remove_dir_all(dir).unwrap();
}
