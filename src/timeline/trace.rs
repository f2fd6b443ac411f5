//! The timeline as Chrome's Trace Event Format (what chrome://tracing and
//! ui.perfetto.dev open): one thread track per task named as the task (track 0 is the
//! event loop itself), a complete event ("X") per step and per wait, instant events for
//! creation and completion, and flow events ("s"/"f") from the step (or loop callback)
//! that completed a future to the task it woke. Times are microseconds from the first
//! recorded event. Not the HTML page (see `html`).

use super::{json_str, micros, Event, Timeline};
use std::fmt::Write;

/// The JSON document.
pub fn render(tl: &Timeline, script: &str) -> String {
    let (t0, _) = tl.span();
    let mut ev: Vec<String> = Vec::new();
    ev.push(format!(
        r#"{{"name":"process_name","ph":"M","pid":1,"tid":0,"args":{{"name":{}}}}}"#,
        json_str(&format!("coro {script}"))
    ));
    ev.push(
        r#"{"name":"thread_name","ph":"M","pid":1,"tid":0,"args":{"name":"event loop"}}"#.into(),
    );
    ev.push(
        r#"{"name":"thread_sort_index","ph":"M","pid":1,"tid":0,"args":{"sort_index":0}}"#.into(),
    );
    for (i, t) in tl.tasks.iter().enumerate() {
        let tid = i + 1;
        ev.push(format!(
            r#"{{"name":"thread_name","ph":"M","pid":1,"tid":{tid},"args":{{"name":{}}}}}"#,
            json_str(&t.name)
        ));
        ev.push(format!(
            r#"{{"name":"thread_sort_index","ph":"M","pid":1,"tid":{tid},"args":{{"sort_index":{tid}}}}}"#
        ));
        ev.push(format!(
            r#"{{"name":"created","cat":"task","ph":"i","s":"t","ts":{},"pid":1,"tid":{tid},"args":{{"coro":{},"defined_at":{},"created_by":{}}}}}"#,
            micros(t.created_ns, t0),
            json_str(&t.coro),
            json_str(&t.defined_at),
            json_str(&creator_name(tl, t.created_by)),
        ));
        if let Some(d) = t.done_ns {
            ev.push(format!(
                r#"{{"name":"done","cat":"task","ph":"i","s":"t","ts":{},"pid":1,"tid":{tid},"args":{{"outcome":{}}}}}"#,
                micros(d, t0),
                json_str(&t.outcome)
            ));
        }
    }
    for (i, iv) in tl.intervals().iter().enumerate() {
        let tid = i + 1;
        let coro = &tl.tasks[i].coro;
        for (s, e) in &iv.steps {
            ev.push(format!(
                r#"{{"name":{},"cat":"step","ph":"X","ts":{},"dur":{},"pid":1,"tid":{tid}}}"#,
                json_str(coro),
                micros(*s, t0),
                micros(*e, *s)
            ));
        }
        for (s, e, what, line) in &iv.waits {
            ev.push(format!(
                r#"{{"name":{},"cat":"wait","ph":"X","ts":{},"dur":{},"pid":1,"tid":{tid},"args":{{"awaiting":{},"line":{}}}}}"#,
                json_str(&format!("await {what}")),
                micros(*s, t0),
                micros(*e, *s),
                json_str(what),
                json_str(line)
            ));
        }
    }
    for (id, e) in tl.events.iter().enumerate() {
        let Event::Wake { from, to, ns, how } = e else {
            continue;
        };
        let ts = micros(*ns, t0);
        if *from == 0 {
            // A zero-length slice on the loop's track for the flow to start in.
            ev.push(format!(
                r#"{{"name":{},"cat":"loop","ph":"X","ts":{ts},"dur":0,"pid":1,"tid":0}}"#,
                json_str(how)
            ));
        }
        ev.push(format!(
            r#"{{"name":"wake","cat":"wake","ph":"s","id":{id},"ts":{ts},"pid":1,"tid":{from}}}"#
        ));
        ev.push(format!(
            r#"{{"name":"wake","cat":"wake","ph":"f","bp":"e","id":{id},"ts":{ts},"pid":1,"tid":{to}}}"#
        ));
    }
    let mut out = String::from("{\"traceEvents\":[\n");
    out.push_str(&ev.join(",\n"));
    let _ = write!(
        out,
        "\n],\"displayTimeUnit\":\"ms\",\"otherData\":{{\"clock\":{},\"untraced_tasks\":{}}}}}\n",
        json_str(if tl.virtual_time { "virtual" } else { "real" }),
        tl.untraced
    );
    out
}

/// The name of the task with trace id `id` (0: the main program).
pub fn creator_name(tl: &Timeline, id: u32) -> String {
    match id {
        0 => "main program".into(),
        n => tl.tasks[n as usize - 1].name.clone(),
    }
}
