//! The timeline as Chrome's Trace Event Format (what chrome://tracing and
//! ui.perfetto.dev open), streamed to `FILE.json` through a buffered writer as the
//! events happen, so the record of every task costs no memory: one thread track per
//! task named as the task (track 0 is the event loop itself), a complete event ("X")
//! per step and per wait (written when it ends), instant events for creation and
//! completion, and flow events ("s"/"f") from the step (or loop callback) that
//! completed a future to the task it woke. Times are microseconds from the first
//! recorded event. Not the HTML page (see `html`), nor what to record (`Timeline`).

use super::{json_str, micros};
use std::io::{self, Write};

pub struct TraceWriter {
    out: Box<dyn Write>,
    /// The first write error; nothing more is written after it.
    error: Option<io::Error>,
    /// Whether an event was written (the next one needs a separator).
    any: bool,
    /// The time of the first recorded event: time 0 of the file.
    t0: Option<i64>,
    /// Flow ids given so far.
    flows: u64,
}

impl TraceWriter {
    /// Start the document on `out`: the process and the event loop's track.
    pub fn new(out: Box<dyn Write>, script: &str) -> TraceWriter {
        let mut w = TraceWriter {
            out,
            error: None,
            any: false,
            t0: None,
            flows: 0,
        };
        w.raw("{\"traceEvents\":[\n");
        w.event(format_args!(
            r#"{{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{{"name":{}}}}}"#,
            json_str(&format!("coro {script}"))
        ));
        w.event(format_args!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":0,"args":{{"name":"event loop"}}}}"#
        ));
        w.event(format_args!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":0,"args":{{"sort_index":0}}}}"#
        ));
        w
    }

    fn raw(&mut self, s: &str) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(s.as_bytes()) {
                self.error = Some(e);
            }
        }
    }

    fn event(&mut self, e: std::fmt::Arguments<'_>) {
        if self.error.is_some() {
            return;
        }
        let sep = if self.any { ",\n" } else { "" };
        self.any = true;
        if let Err(e) = write!(self.out, "{sep}{e}") {
            self.error = Some(e);
        }
    }

    /// `ns` as the file's timestamp (the first time seen is 0).
    fn ts(&mut self, ns: i64) -> String {
        let t0 = *self.t0.get_or_insert(ns);
        micros(ns.max(t0), t0)
    }

    /// A task's track, and its creation (`by`: the creating task's name).
    pub fn task(&mut self, tid: u32, name: &str, ns: i64, coro: &str, defined_at: &str, by: &str) {
        self.track_name(tid, name);
        self.event(format_args!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{tid},"args":{{"sort_index":{tid}}}}}"#
        ));
        let ts = self.ts(ns);
        self.event(format_args!(
            r#"{{"name":"created","cat":"task","ph":"i","s":"t","ts":{ts},"pid":1,"tid":{tid},"args":{{"coro":{},"defined_at":{},"created_by":{}}}}}"#,
            json_str(coro),
            json_str(defined_at),
            json_str(by),
        ));
    }

    /// Name a task's track (again, when the task was renamed: the last name holds).
    pub fn track_name(&mut self, tid: u32, name: &str) {
        self.event(format_args!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{tid},"args":{{"name":{}}}}}"#,
            json_str(name)
        ));
    }

    pub fn done(&mut self, tid: u32, ns: i64, outcome: &str) {
        let ts = self.ts(ns);
        self.event(format_args!(
            r#"{{"name":"done","cat":"task","ph":"i","s":"t","ts":{ts},"pid":1,"tid":{tid},"args":{{"outcome":{}}}}}"#,
            json_str(outcome)
        ));
    }

    pub fn step(&mut self, tid: u32, coro: &str, start: i64, end: i64) {
        let ts = self.ts(start);
        self.event(format_args!(
            r#"{{"name":{},"cat":"step","ph":"X","ts":{ts},"dur":{},"pid":1,"tid":{tid}}}"#,
            json_str(coro),
            micros(end.max(start), start)
        ));
    }

    pub fn wait(&mut self, tid: u32, start: i64, end: i64, what: &str, line: &str) {
        let ts = self.ts(start);
        self.event(format_args!(
            r#"{{"name":{},"cat":"wait","ph":"X","ts":{ts},"dur":{},"pid":1,"tid":{tid},"args":{{"awaiting":{},"line":{}}}}}"#,
            json_str(&format!("await {what}")),
            micros(end.max(start), start),
            json_str(what),
            json_str(line)
        ));
    }

    /// A wake-up flow from track `from` (0: the loop, which gets a zero-length slice
    /// for the flow to start in) to `to`.
    pub fn wake(&mut self, from: u32, to: u32, ns: i64, how: &str) {
        let ts = self.ts(ns);
        if from == 0 {
            self.event(format_args!(
                r#"{{"name":{},"cat":"loop","ph":"X","ts":{ts},"dur":0,"pid":1,"tid":0}}"#,
                json_str(how)
            ));
        }
        let id = self.flows;
        self.flows += 1;
        self.event(format_args!(
            r#"{{"name":"wake","cat":"wake","ph":"s","id":{id},"ts":{ts},"pid":1,"tid":{from}}}"#
        ));
        self.event(format_args!(
            r#"{{"name":"wake","cat":"wake","ph":"f","bp":"e","id":{id},"ts":{ts},"pid":1,"tid":{to}}}"#
        ));
    }

    /// End the document and flush it; the first error met on the way, if any.
    pub fn finish(&mut self, virtual_time: bool, tasks: u32) -> io::Result<()> {
        let tail = format!(
            "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{{\"clock\":{},\"tasks\":{tasks}}}}}\n",
            json_str(if virtual_time { "virtual" } else { "real" }),
        );
        self.raw(&tail);
        if self.error.is_none() {
            if let Err(e) = self.out.flush() {
                self.error = Some(e);
            }
        }
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}
