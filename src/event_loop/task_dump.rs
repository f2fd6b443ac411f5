//! `coro tasks PID`: print the await tree of every task of a running coro process.
//!
//! The asking side sends the process `TASK_DUMP_SIGNAL` (SIGURG) and waits for the file
//! [`dump_path`] names; the process's signal handler only sets a flag (and wakes an idle
//! event loop), and at its next safe point the interpreter writes there the call graph
//! of each pending task of its running loop (`asyncio.format_all_call_graphs`), or a
//! line saying it runs none. Nothing is paid until the signal comes. Not the call graph
//! itself (`asyncio_graph.py`, `call_graph`).

use crate::vm::Vm;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Where process `pid` writes its dump.
pub fn dump_path(pid: u32) -> PathBuf {
    std::env::temp_dir().join(format!("coro-tasks-{pid}.txt"))
}

/// The dump's text: every pending task's call graph.
fn render(vm: &mut Vm) -> String {
    let Some(lp) = super::run_loop::running_loop(vm) else {
        return "no running event loop\n".into();
    };
    let text = vm.import_absolute("asyncio").and_then(|m| {
        let f = vm.getattr(&m, "format_all_call_graphs")?;
        let s = vm.call_args(&f, vec![lp.value()])?;
        vm.str(&s)
    });
    match text {
        Ok(t) if t.is_empty() => "no pending tasks\n".into(),
        Ok(t) => t + "\n",
        Err(e) => format!(
            "cannot list the tasks: {}\n",
            vm.repr(&e.value(vm.types())).unwrap_or_default()
        ),
    }
}

/// Write the dump (first to a temporary name, then renamed, so the reader never sees
/// half of it).
#[cold]
pub fn write(vm: &mut Vm) {
    let path = dump_path(std::process::id());
    let text = render(vm);
    let tmp = path.with_extension("part");
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
}

/// `coro tasks PID`: the exit status.
pub fn command(args: &[String]) -> i32 {
    let Some(pid) = args
        .first()
        .and_then(|a| a.parse::<i32>().ok())
        .filter(|p| *p > 0)
    else {
        eprintln!("usage: coro tasks PID");
        return 2;
    };
    let path = dump_path(pid as u32);
    let _ = std::fs::remove_file(&path);
    // SAFETY: kill(2) with a plain signal number has no memory effects.
    if unsafe { libc::kill(pid, crate::runtime::signal::TASK_DUMP_SIGNAL) } != 0 {
        eprintln!(
            "coro tasks: no process {pid}: {}",
            std::io::Error::last_os_error()
        );
        return 1;
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if let Ok(text) = std::fs::read_to_string(&path) {
            let _ = std::fs::remove_file(&path);
            print!("{text}");
            return 0;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    eprintln!("coro tasks: process {pid} did not answer in 5 seconds (is it coro, and does it return to its event loop or run Python code?)");
    1
}
