//! `coro --timeline FILE script.py`: a record of what the event loop's tasks did:
//! `FILE.json` (Chrome/Perfetto Trace Event Format, see [`trace`]), streamed as the
//! program runs, and `FILE.html` (one self-contained interactive page, see [`html`]),
//! written when the program ends.
//!
//! What is recorded, on the loop's clock (real, or virtual with `--virtual-time`): each
//! task's creation (by which task), every step (start and end), what the step left the
//! task waiting for (a task, a future, a sleep, or nothing: ready again) and the source
//! line it waits at, every wake-up (the task whose step completed the awaited future, or
//! the loop itself: a timer, I/O, a callback), and completion with the result or the
//! exception.
//!
//! The JSON has every task and event: it is written through a buffered writer as
//! things happen, and the recorder keeps only what the tasks alive now need (their
//! names, the start of the running step, the wait in progress), so memory stays
//! bounded however many tasks a program spawns. The page draws the first
//! [`MAX_TASKS`] tasks (at most [`MAX_PAGE_EVENTS`] of their events) and says how many
//! it leaves out: a browser could not draw hundreds of thousands of rows anyway.
//!
//! The recorder lives in `Vm::timeline`; with the option off every hook is one test of
//! that `Option`. It is not a profiler of Python code (nothing inside a step is seen).

pub mod html;
pub mod trace;

#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::io;
use trace::TraceWriter;

/// Task rows the HTML page draws; later tasks are only in the JSON.
pub const MAX_TASKS: usize = 10_000;
/// Events of those tasks the page keeps at most.
pub const MAX_PAGE_EVENTS: usize = 1_000_000;

/// One task's record, for the page.
pub struct TaskRecord {
    pub name: String,
    /// The coroutine's qualified name and where it is defined (`file:line`).
    pub coro: String,
    pub defined_at: String,
    pub created_ns: i64,
    /// The trace id of the task that created it (0: none, the main program).
    pub created_by: u32,
    /// What the loop was doing when `created_by` is 0.
    pub created_in: LoopWork,
    /// What ended it: `result=...`, `exception=...` or `cancelled` (empty: never ended).
    pub outcome: String,
    pub done_ns: Option<i64>,
}

/// What a step left its task waiting for.
pub struct Wait {
    pub what: String,
    pub line: String,
}

/// A timed event of the page; tasks are named by trace id (1-based, index + 1 into
/// `tasks`).
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

/// What the loop is doing outside task steps, for the wake-ups and creations it
/// causes: the page and the JSON name a loop-made wake-up by it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LoopWork {
    /// Not inside the loop's callbacks: the main program, before or between runs.
    Outside,
    /// A callback from the ready queue (`call_soon`, a done-callback, ...).
    Callback,
    /// A callback that real I/O readiness (a socket, a pipe, a process) queued.
    Io,
}

impl LoopWork {
    /// How a wake-up caused by this work is named.
    fn wake_name(self) -> &'static str {
        match self {
            LoopWork::Outside | LoopWork::Callback => "callback",
            LoopWork::Io => "I/O",
        }
    }

    /// Who created a task when no task was running.
    fn creator(self) -> &'static str {
        match self {
            LoopWork::Outside => "main program",
            LoopWork::Callback => "loop callback",
            LoopWork::Io => "loop I/O callback",
        }
    }
}

/// What the recorder keeps of a task until it ends.
struct Live {
    name: String,
    coro: String,
    step_start: Option<i64>,
    /// Since when, and for what, it waits.
    wait: Option<(i64, Box<Wait>)>,
}

pub struct Timeline {
    /// Where to write (`FILE.json`, `FILE.html`), as given on the command line.
    pub path: String,
    /// The script, as the files name it.
    pub script: String,
    /// Whether the loop ran on the virtual clock.
    pub virtual_time: bool,
    trace: TraceWriter,
    /// The tasks not ended yet, by trace id.
    live: HashMap<u32, Live>,
    /// Trace ids given so far (every task gets one).
    created: u32,
    /// The last time recorded: where waits still going on at the end end.
    last_ns: i64,
    /// The page's tasks (the first [`MAX_TASKS`]) and their events.
    pub tasks: Vec<TaskRecord>,
    pub events: Vec<Event>,
    /// Tasks past [`MAX_TASKS`], which the page does not draw.
    pub untraced: u64,
    /// Futures completed while a task awaited them: future address to the completing
    /// task (0: the loop) and how, read when the awaiting task wakes.
    completed_by: HashMap<usize, (u32, &'static str)>,
    /// What the loop is running now, when no task step runs (set by the run loop).
    pub loop_work: LoopWork,
}

/// `PATH` without a `.json`/`.html` ending.
fn base_of(path: &str) -> &str {
    path.strip_suffix(".json")
        .or_else(|| path.strip_suffix(".html"))
        .unwrap_or(path)
}

/// The JSON file's writer; a failure to create it is reported when the record ends.
fn json_sink(path: &str) -> Box<dyn io::Write> {
    match std::fs::File::create(format!("{}.json", base_of(path))) {
        Ok(f) => Box::new(io::BufWriter::with_capacity(1 << 16, f)),
        Err(e) => Box::new(FailedSink(Some(e))),
    }
}

/// A sink whose first write reports why the file could not be made.
struct FailedSink(Option<io::Error>);

impl io::Write for FailedSink {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(self
            .0
            .take()
            .unwrap_or_else(|| io::Error::other("not written")))
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Timeline {
    /// A recorder that streams the JSON to `PATH.json` from now on.
    pub fn new(path: String, script: String) -> Timeline {
        let sink = json_sink(&path);
        Timeline::with_sink(path, script, sink)
    }

    /// A recorder that streams the JSON to `sink`.
    pub fn with_sink(path: String, script: String, sink: Box<dyn io::Write>) -> Timeline {
        Timeline {
            trace: TraceWriter::new(sink, &script),
            path,
            script,
            virtual_time: false,
            live: HashMap::new(),
            created: 0,
            last_ns: i64::MIN,
            tasks: Vec::new(),
            events: Vec::new(),
            untraced: 0,
            completed_by: HashMap::new(),
            loop_work: LoopWork::Outside,
        }
    }

    fn saw(&mut self, ns: i64) {
        self.last_ns = self.last_ns.max(ns);
    }

    /// Whether the page keeps events of task `id`.
    fn on_page(&self, id: u32) -> bool {
        id as usize <= MAX_TASKS && self.events.len() < MAX_PAGE_EVENTS
    }

    fn page_event(&mut self, id: u32, e: Event) {
        if self.on_page(id) {
            self.events.push(e);
        }
    }

    /// A task was created; its trace id.
    pub fn task_created(
        &mut self,
        name: String,
        coro: String,
        defined_at: String,
        ns: i64,
        by: u32,
    ) -> u32 {
        self.saw(ns);
        self.created += 1;
        let id = self.created;
        let creator = match self.live.get(&by) {
            Some(t) => t.name.as_str(),
            None => self.loop_work.creator(),
        };
        self.trace.task(id, &name, ns, &coro, &defined_at, creator);
        if self.tasks.len() < MAX_TASKS {
            self.tasks.push(TaskRecord {
                name: name.clone(),
                coro: coro.clone(),
                defined_at,
                created_ns: ns,
                created_by: by,
                created_in: self.loop_work,
                outcome: String::new(),
                done_ns: None,
            });
        } else {
            self.untraced += 1;
        }
        self.live.insert(
            id,
            Live {
                name,
                coro,
                step_start: None,
                wait: None,
            },
        );
        id
    }

    pub fn step_start(&mut self, task: u32, ns: i64) {
        self.saw(ns);
        if let Some(t) = self.live.get_mut(&task) {
            t.step_start = Some(ns);
            if let Some((since, w)) = t.wait.take() {
                self.trace.wait(task, since, ns, &w.what, &w.line);
            }
        }
        self.page_event(task, Event::StepStart { task, ns });
    }

    pub fn step_end(&mut self, task: u32, ns: i64, wait: Option<Wait>) {
        self.saw(ns);
        let wait = wait.map(Box::new);
        if let Some(t) = self.live.get_mut(&task) {
            let start = t.step_start.take().unwrap_or(ns);
            self.trace.step(task, &t.coro, start, ns);
            if let Some(w) = &wait {
                t.wait = Some((
                    ns,
                    Box::new(Wait {
                        what: w.what.clone(),
                        line: w.line.clone(),
                    }),
                ));
            }
        }
        self.page_event(task, Event::StepEnd { task, ns, wait });
    }

    pub fn task_done(&mut self, task: u32, ns: i64, name: String, outcome: String) {
        self.saw(ns);
        if let Some(t) = self.live.remove(&task) {
            if t.name != name {
                self.trace.track_name(task, &name);
            }
        }
        self.trace.done(task, ns, &outcome);
        if let Some(t) = self.tasks.get_mut(task as usize - 1) {
            t.name = name;
            t.outcome = outcome;
            t.done_ns = Some(ns);
        }
    }

    /// The step of `by` (0: the loop, doing `loop_work`) completed the future at `fut`,
    /// which a task awaits.
    pub fn future_completed(&mut self, fut: usize, by: u32) {
        let how = match by {
            0 => self.loop_work.wake_name(),
            _ => "future",
        };
        self.completed_by.insert(fut, (by, how));
    }

    /// `to` wakes because the future at `fut` is done (`awaited_task`: the future is that
    /// task, which woke it by finishing).
    pub fn woke_by_future(&mut self, to: u32, fut: usize, awaited_task: u32, ns: i64) {
        let (from, how) = match self.completed_by.remove(&fut) {
            Some(by_how) => by_how,
            None if awaited_task == 0 => (0, "callback"),
            None => (awaited_task, "future"),
        };
        if how == "I/O" {
            // The wait was for I/O readiness, whatever future stood for it.
            if let Some((_, w)) = self.live.get_mut(&to).and_then(|t| t.wait.as_mut()) {
                w.what = format!("I/O ({})", w.what);
            }
        }
        self.wake(from, to, ns, how);
    }

    /// `to` wakes because its sleep's timer fired.
    pub fn woke_by_timer(&mut self, to: u32, ns: i64) {
        self.wake(0, to, ns, "timer");
    }

    fn wake(&mut self, from: u32, to: u32, ns: i64, how: &'static str) {
        self.saw(ns);
        self.trace.wake(from, to, ns, how);
        if (from as usize) <= MAX_TASKS {
            self.page_event(to, Event::Wake { from, to, ns, how });
        }
    }

    /// End the record: finish `PATH.json` (the waits still going on end at the last
    /// recorded time) and write `PATH.html` (PATH without a `.json`/`.html` ending).
    pub fn write(&mut self) -> io::Result<()> {
        let mut waiting: Vec<(u32, i64, Box<Wait>)> = self
            .live
            .iter_mut()
            .filter_map(|(id, t)| t.wait.take().map(|(s, w)| (*id, s, w)))
            .collect();
        waiting.sort_by_key(|w| w.0);
        for (id, since, w) in waiting {
            self.trace.wait(id, since, self.last_ns, &w.what, &w.line);
        }
        self.trace.finish(self.virtual_time, self.created)?;
        let base = base_of(&self.path);
        std::fs::write(format!("{base}.html"), html::render(self, &self.script))?;
        Ok(())
    }
}

/// Who created task `t` of the page: a task's name, or what the loop was doing.
pub fn creator_name(tl: &Timeline, t: &TaskRecord) -> String {
    match t.created_by {
        0 => t.created_in.creator().into(),
        n => tl
            .tasks
            .get(n as usize - 1)
            .map_or_else(String::new, |t| t.name.clone()),
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
