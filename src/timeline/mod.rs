//! `coro --timeline FILE script.py`: a record of what the event loop's tasks did, written
//! when the program ends as `FILE.json` (Chrome/Perfetto Trace Event Format, see
//! [`trace`]) and `FILE.html` (one self-contained interactive page, see [`html`]).
//!
//! What is recorded, on the loop's clock (real, or virtual with `--virtual-time`): each
//! task's creation (by which task), every step (start and end), what the step left the
//! task waiting for (a task, a future, a sleep, or nothing: ready again) and the source
//! line it waits at, every wake-up (the task whose step completed the awaited future, or
//! the loop itself: a timer, I/O, a callback), and completion with the result or the
//! exception.
//!
//! The recorder lives in `Vm::timeline`; with the option off every hook is one test of
//! that `Option`. It is not a profiler of Python code (nothing inside a step is seen) and
//! it keeps at most [`MAX_TASKS`] tasks (later tasks are counted, not recorded), so
//! that a program spawning hundreds of thousands of tasks still writes files a browser
//! opens.

pub mod html;
pub mod trace;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

/// Tasks recorded at most; more are counted in `Timeline::untraced`.
pub const MAX_TASKS: usize = 10_000;

/// One task's record.
pub struct TaskRecord {
    pub name: String,
    /// The coroutine's qualified name and where it is defined (`file:line`).
    pub coro: String,
    pub defined_at: String,
    pub created_ns: i64,
    /// The trace id of the task that created it (0: none, the main program).
    pub created_by: u32,
    /// What ended it: `result=...`, `exception=...` or `cancelled` (empty: never ended).
    pub outcome: String,
    pub done_ns: Option<i64>,
}

/// What a step left its task waiting for.
pub struct Wait {
    pub what: String,
    pub line: String,
}

/// A timed event; tasks are named by trace id (1-based, index + 1 into `tasks`).
pub enum Event {
    StepStart {
        task: u32,
        ns: i64,
    },
    StepEnd {
        task: u32,
        ns: i64,
        wait: Option<Box<Wait>>,
    },
    /// `from` 0 is the loop itself (a timer, I/O, a callback).
    Wake {
        from: u32,
        to: u32,
        ns: i64,
        how: &'static str,
    },
}

#[derive(Default)]
pub struct Timeline {
    /// Where to write (`FILE.json`, `FILE.html`), as given on the command line.
    pub path: String,
    /// The script, as the files name it.
    pub script: String,
    pub tasks: Vec<TaskRecord>,
    pub events: Vec<Event>,
    /// Tasks created past [`MAX_TASKS`].
    pub untraced: u64,
    /// Whether the loop ran on the virtual clock.
    pub virtual_time: bool,
    /// Futures completed by a task's step while a task awaited them: future address to
    /// the completing task, read when the awaiting task wakes.
    completed_by: HashMap<usize, u32>,
}

impl Timeline {
    pub fn new(path: String, script: String) -> Timeline {
        Timeline {
            path,
            script,
            ..Timeline::default()
        }
    }

    /// A task was created; its trace id, 0 when past the limit.
    pub fn task_created(
        &mut self,
        name: String,
        coro: String,
        defined_at: String,
        ns: i64,
        by: u32,
    ) -> u32 {
        if self.tasks.len() >= MAX_TASKS {
            self.untraced += 1;
            return 0;
        }
        self.tasks.push(TaskRecord {
            name,
            coro,
            defined_at,
            created_ns: ns,
            created_by: by,
            outcome: String::new(),
            done_ns: None,
        });
        self.tasks.len() as u32
    }

    pub fn step_start(&mut self, task: u32, ns: i64) {
        self.events.push(Event::StepStart { task, ns });
    }

    pub fn step_end(&mut self, task: u32, ns: i64, wait: Option<Wait>) {
        self.events.push(Event::StepEnd {
            task,
            ns,
            wait: wait.map(Box::new),
        });
    }

    pub fn task_done(&mut self, task: u32, ns: i64, name: String, outcome: String) {
        if let Some(t) = self.tasks.get_mut(task as usize - 1) {
            t.name = name;
            t.outcome = outcome;
            t.done_ns = Some(ns);
        }
    }

    /// The step of `by` completed the future at `fut`, which a task awaits.
    pub fn future_completed(&mut self, fut: usize, by: u32) {
        self.completed_by.insert(fut, by);
    }

    /// `to` wakes because the future at `fut` is done (`awaited_task`: the future is that
    /// task, which woke it by finishing).
    pub fn woke_by_future(&mut self, to: u32, fut: usize, awaited_task: u32, ns: i64) {
        let from = match self.completed_by.remove(&fut) {
            Some(by) => by,
            None => awaited_task,
        };
        let how = if from == 0 { "callback" } else { "future" };
        self.events.push(Event::Wake { from, to, ns, how });
    }

    /// `to` wakes because its sleep's timer fired.
    pub fn woke_by_timer(&mut self, to: u32, ns: i64) {
        self.events.push(Event::Wake {
            from: 0,
            to,
            ns,
            how: "timer",
        });
    }

    /// Write `PATH.json` and `PATH.html` (PATH without a `.json`/`.html` ending).
    pub fn write(&self) -> std::io::Result<()> {
        let script = &self.script;
        let base = self
            .path
            .strip_suffix(".json")
            .or_else(|| self.path.strip_suffix(".html"))
            .unwrap_or(&self.path);
        std::fs::write(format!("{base}.json"), trace::render(self, script))?;
        std::fs::write(format!("{base}.html"), html::render(self, script))?;
        Ok(())
    }
}

/// `s` as a JSON string literal.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `<` too, so that embedded data cannot close the page's <script>.
            c if (c as u32) < 0x20 || c == '<' || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Nanoseconds as the microseconds the Trace Event Format counts, relative to `t0`.
pub fn micros(ns: i64, t0: i64) -> String {
    let d = ns - t0;
    format!("{}.{:03}", d / 1000, (d % 1000).abs())
}

/// A task's steps and waits as intervals, for the writers.
#[derive(Default)]
pub struct TaskIntervals {
    /// (start, end) of each step.
    pub steps: Vec<(i64, i64)>,
    /// (start, end, what, line) of each wait between two steps (a wait still going on
    /// when the program ended ends at the last recorded time).
    pub waits: Vec<(i64, i64, String, String)>,
}

impl Timeline {
    /// The first and last recorded times.
    pub fn span(&self) -> (i64, i64) {
        let mut lo = i64::MAX;
        let mut hi = i64::MIN;
        let mut see = |ns: i64| {
            lo = lo.min(ns);
            hi = hi.max(ns);
        };
        for t in &self.tasks {
            see(t.created_ns);
            if let Some(d) = t.done_ns {
                see(d);
            }
        }
        for e in &self.events {
            match e {
                Event::StepStart { ns, .. }
                | Event::StepEnd { ns, .. }
                | Event::Wake { ns, .. } => see(*ns),
            }
        }
        if lo > hi {
            (0, 0)
        } else {
            (lo, hi)
        }
    }

    /// Every task's steps and waits, indexed as `tasks`.
    pub fn intervals(&self) -> Vec<TaskIntervals> {
        let n = self.tasks.len();
        let mut out: Vec<TaskIntervals> = (0..n).map(|_| TaskIntervals::default()).collect();
        let mut started: Vec<Option<i64>> = vec![None; n];
        let mut waiting: Vec<Option<(i64, String, String)>> = vec![None; n];
        for e in &self.events {
            match e {
                Event::StepStart { task, ns } => {
                    let i = *task as usize - 1;
                    if let Some((s, what, line)) = waiting[i].take() {
                        out[i].waits.push((s, *ns, what, line));
                    }
                    started[i] = Some(*ns);
                }
                Event::StepEnd { task, ns, wait } => {
                    let i = *task as usize - 1;
                    let s = started[i].take().unwrap_or(*ns);
                    out[i].steps.push((s, *ns));
                    if let Some(w) = wait {
                        waiting[i] = Some((*ns, w.what.clone(), w.line.clone()));
                    }
                }
                Event::Wake { .. } => {}
            }
        }
        let end = self.span().1;
        for (i, w) in waiting.into_iter().enumerate() {
            if let Some((s, what, line)) = w {
                out[i].waits.push((s, end, what, line));
            }
        }
        out
    }
}
