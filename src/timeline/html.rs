//! The timeline as one self-contained HTML page (of the first `MAX_TASKS` tasks): the page (`page.html`: inline CSS and
//! JavaScript, no network, no external assets) with the recorded data embedded as JSON
//! in a `<script type="application/json">`. It draws a row per task: bars for steps,
//! thin lines for waits, arrows for wake-ups, with zoom, pan and hover details. The page
//! writes the number of task rows into `#rows` and the console, which the browser test
//! reads. Not the Trace Event JSON (see `trace`).

use super::{creator_name, json_str, micros, Event, Timeline};

const PAGE: &str = include_str!("page.html");

/// The page's data: times in microseconds from the first recorded event.
fn data(tl: &Timeline, script: &str) -> String {
    let (t0, t1) = tl.span();
    let mut tasks = Vec::with_capacity(tl.tasks.len());
    for (t, iv) in tl.tasks.iter().zip(tl.intervals()) {
        let steps: Vec<String> = iv
            .steps
            .iter()
            .map(|(s, e)| format!("[{},{}]", micros(*s, t0), micros(*e, t0)))
            .collect();
        let waits: Vec<String> = iv
            .waits
            .iter()
            .map(|(s, e, what, line)| {
                format!(
                    "[{},{},{},{}]",
                    micros(*s, t0),
                    micros(*e, t0),
                    json_str(what),
                    json_str(line)
                )
            })
            .collect();
        tasks.push(format!(
            r#"{{"name":{},"coro":{},"defined":{},"created":{},"by":{},"done":{},"outcome":{},"steps":[{}],"waits":[{}]}}"#,
            json_str(&t.name),
            json_str(&t.coro),
            json_str(&t.defined_at),
            micros(t.created_ns, t0),
            json_str(&creator_name(tl, t)),
            t.done_ns.map_or("null".to_string(), |d| micros(d, t0)),
            json_str(&t.outcome),
            steps.join(","),
            waits.join(",")
        ));
    }
    let wakes: Vec<String> = tl
        .events
        .iter()
        .filter_map(|e| match e {
            Event::Wake { from, to, ns, how } => Some(format!(
                "[{from},{to},{},{}]",
                micros(*ns, t0),
                json_str(how)
            )),
            _ => None,
        })
        .collect();
    format!(
        r#"{{"script":{},"clock":{},"untraced":{},"span":{},"tasks":[{}],"wakes":[{}]}}"#,
        json_str(script),
        json_str(if tl.virtual_time { "virtual" } else { "real" }),
        tl.untraced,
        micros(t1, t0),
        tasks.join(",\n"),
        wakes.join(",")
    )
}

/// The page.
pub fn render(tl: &Timeline, script: &str) -> String {
    PAGE.replacen("/*DATA*/", &data(tl, script), 1)
}
