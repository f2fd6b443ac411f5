//! Python threads against the clock, through the `coro` binary in real time: a thread's
//! blocking call runs while the event loop runs, a CPU-bound thread does not hold the
//! loop's timers back for more than a few switch intervals. Bounds are generous (the
//! machine is shared); golden scripts under scripts/io_threads/ show the semantics.

use std::process::Command;

/// Run `source` with coro (real time) and return its stdout, checking it succeeded.
fn run(tag: &str, source: &str) -> String {
    let dir = std::env::temp_dir().join(format!("coro-threads-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("t.py");
    std::fs::write(&script, source).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .arg(&script)
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// The numbers the script printed on its last line.
fn numbers(stdout: &str) -> Vec<f64> {
    stdout
        .lines()
        .last()
        .unwrap_or("")
        .split_whitespace()
        .map(|w| w.parse().unwrap())
        .collect()
}

#[test]
fn a_sleep_in_a_thread_and_a_loop_sleep_overlap() {
    let out = run(
        "gather",
        "import asyncio, time\n\
         async def main():\n    \
             await asyncio.to_thread(int)  # imports concurrent.futures first\n    \
             t0 = time.monotonic()\n    \
             await asyncio.gather(asyncio.to_thread(time.sleep, 1), asyncio.sleep(1))\n    \
             print(time.monotonic() - t0)\n\
         asyncio.run(main())\n",
    );
    let took = numbers(&out)[0];
    assert!((0.95..1.6).contains(&took), "took {took} s");
}

#[test]
fn the_loop_ticks_while_a_thread_sleeps() {
    let out = run(
        "ticks",
        "import asyncio, time\n\
         async def main():\n    \
             ticks = 0\n    \
             job = asyncio.ensure_future(asyncio.to_thread(time.sleep, 0.5))\n    \
             while not job.done():\n        \
                 await asyncio.sleep(0.01)\n        \
                 ticks += 1\n    \
             print(ticks)\n\
         asyncio.run(main())\n",
    );
    let ticks = numbers(&out)[0];
    assert!(ticks >= 15.0, "{ticks} ticks of 10 ms in 0.5 s");
}

#[test]
fn a_cpu_bound_thread_does_not_stall_the_loop_timers() {
    let out = run(
        "cpu",
        "import asyncio, time\n\
         def cpu():\n    \
             s = 0\n    \
             for i in range(1_500_000):\n        \
                 s += i\n    \
             return s\n\
         async def main():\n    \
             gaps = []\n    \
             job = asyncio.ensure_future(asyncio.to_thread(cpu))\n    \
             last = time.monotonic()\n    \
             while not job.done():\n        \
                 await asyncio.sleep(0.01)\n        \
                 now = time.monotonic()\n        \
                 gaps.append(now - last)\n        \
                 last = now\n    \
             await job\n    \
             print(len(gaps), sorted(gaps)[len(gaps) // 2] * 1000)\n\
         asyncio.run(main())\n",
    );
    let got = numbers(&out);
    let (ticks, median_ms) = (got[0], got[1]);
    assert!(
        ticks >= 5.0,
        "only {ticks} timer ticks while the thread ran"
    );
    // 10 ms sleeps, plus at most a switch interval or two (5 ms each) of the thread.
    assert!(median_ms < 60.0, "median gap {median_ms} ms");
}

#[test]
fn a_lock_wait_and_a_timer_wait_in_threads_end_together() {
    // One thread waits on an Event that another sets after a sleep; main joins both.
    let out = run(
        "join",
        "import threading, time\n\
         t0 = time.monotonic()\n\
         e = threading.Event()\n\
         a = threading.Thread(target=e.wait)\n\
         b = threading.Thread(target=lambda: (time.sleep(0.3), e.set()))\n\
         a.start(); b.start(); a.join(); b.join()\n\
         print(time.monotonic() - t0)\n",
    );
    let took = numbers(&out)[0];
    assert!((0.29..1.0).contains(&took), "took {took} s");
}
