//! `coro tasks PID` against a running coro process: the await tree of each task of a
//! known stuck script, then the script is stopped; and the answer for a process that
//! does not exist.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

fn masked(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let line = match line.find("id=0x") {
            Some(i) => {
                let end = line[i..].find(')').map_or(line.len(), |e| i + e);
                format!("{}id=0x?{}", &line[..i], &line[end..])
            }
            None => line.to_string(),
        };
        // The library's own frames: their lines are coro's business.
        let frame = "File '<frozen asyncio>', line ";
        let line = match line.find(frame) {
            Some(i) => {
                let rest = &line[i + frame.len()..];
                let comma = rest.find(',').unwrap_or(0);
                format!(
                    "{}File '<frozen asyncio>', line ?{}",
                    &line[..i],
                    &rest[comma..]
                )
            }
            None => line,
        };
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn tasks_prints_the_tree_of_every_task_of_a_running_script() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join("tests/timeline/stuck.py");
    let mut child = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg(&script)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert_eq!(first, "ready\n");
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(["tasks", &child.id().to_string()])
        .output()
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = script.display();
    let expected = format!(
        "* Task(name='Task-1', id=0x?)
  + Call stack:
  |   File '{file}', line 17, in async main()

* Task(name='worker', id=0x?)
  + Call stack:
  |   File '<frozen asyncio>', line ?, in async Event.wait()
  |   File '{file}', line 6, in async worker()
  + Awaited by:
    * Task(name='waiter', id=0x?)
      + Call stack:
      |   File '{file}', line 9, in async waiter()

* Task(name='waiter', id=0x?)
  + Call stack:
  |   File '{file}', line 9, in async waiter()
"
    );
    assert_eq!(masked(&String::from_utf8_lossy(&out.stdout)), expected);
}

#[test]
fn tasks_of_no_process_fails() {
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(["tasks", "999999999"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no process 999999999"));
    let usage = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(["tasks", "x"])
        .output()
        .unwrap();
    assert_eq!(usage.status.code(), Some(2));
}
