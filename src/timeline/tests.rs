use super::*;

#[test]
fn json_strings_escape_quotes_controls_and_script_ends() {
    assert_eq!(
        json_str("a\"b\\c\n</script>"),
        r#""a\"b\\c\n\u003c/script>""#
    );
}

#[test]
fn micros_are_relative_with_three_decimals() {
    assert_eq!(micros(1_234_567, 1_000_000), "234.567");
    assert_eq!(micros(5, 5), "0.000");
}

/// A recorder whose JSON goes to a buffer the test reads.
fn recorder() -> (Timeline, std::rc::Rc<std::cell::RefCell<Vec<u8>>>) {
    #[derive(Clone)]
    struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);
    impl std::io::Write for Shared {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Shared(Default::default());
    let tl = Timeline::with_sink("x".into(), "s.py".into(), Box::new(buf.clone()));
    (tl, buf.0)
}

#[test]
fn intervals_pair_steps_and_waits() {
    let (mut tl, _) = recorder();
    let a = tl.task_created("A".into(), "main".into(), "s.py:1".into(), 0, 0);
    tl.step_start(a, 10);
    tl.step_end(
        a,
        20,
        Some(Wait {
            what: "sleep".into(),
            line: "s.py:2".into(),
        }),
    );
    tl.woke_by_timer(a, 30);
    tl.step_start(a, 40);
    tl.step_end(a, 50, None);
    tl.task_done(a, 50, "A".into(), "result=None".into());
    let iv = tl.intervals();
    assert_eq!(iv[0].steps, vec![(10, 20), (40, 50)]);
    assert_eq!(
        iv[0].waits,
        vec![(20, 40, "sleep".to_string(), "s.py:2".to_string())]
    );
    assert_eq!(tl.span(), (0, 50));
}

#[test]
fn every_task_is_streamed_the_page_keeps_the_first() {
    let (mut tl, json) = recorder();
    let n = MAX_TASKS as u32 + 5;
    for i in 1..=n {
        let id = tl.task_created(format!("T{i}"), "c".into(), String::new(), i as i64, 0);
        assert_eq!(id, i);
        tl.step_start(id, i as i64);
        tl.step_end(id, i as i64 + 1, None);
        tl.task_done(id, i as i64 + 1, format!("T{i}"), "result=None".into());
    }
    assert_eq!(tl.tasks.len(), MAX_TASKS);
    assert_eq!(tl.untraced, 5);
    assert!(tl.live.is_empty(), "ended tasks are forgotten");
    // The JSON is written as the program runs: all of it is there before the end.
    let text = String::from_utf8(json.borrow().clone()).unwrap();
    assert!(text.contains(&format!(r#""tid":{n},"args":{{"name":"T{n}"}}"#)));
    assert_eq!(text.matches(r#""cat":"step""#).count(), n as usize);
}

/// Task A, made by the main program, after one step that left it awaiting a future.
fn waiting_on_a_future(tl: &mut Timeline) -> u32 {
    let a = tl.task_created("A".into(), "main".into(), "s.py:1".into(), 0, 0);
    tl.step_start(a, 10);
    let wait = Wait {
        what: "Future".into(),
        line: "s.py:3".into(),
    };
    tl.step_end(a, 20, Some(wait));
    a
}

#[test]
fn futures_completed_by_io_callbacks_name_the_wait_and_the_wake_io() {
    let (mut tl, buf) = recorder();
    let a = waiting_on_a_future(&mut tl);
    // The loop runs an I/O-ready callback, which completes the awaited future and
    // creates a task.
    tl.loop_work = LoopWork::Io;
    tl.future_completed(0xf00, 0);
    let b = tl.task_created("B".into(), "handle".into(), "s.py:7".into(), 25, 0);
    tl.loop_work = LoopWork::Callback;
    tl.woke_by_future(a, 0xf00, 0, 30);
    tl.step_start(a, 40);
    tl.step_end(a, 50, None);
    let json = String::from_utf8(buf.borrow().clone()).unwrap();
    assert!(json.contains(r#""name":"I/O","cat":"loop""#), "{json}");
    assert!(json.contains(r#""awaiting":"I/O (Future)""#), "{json}");
    assert!(
        json.contains(r#""created_by":"loop I/O callback""#),
        "{json}"
    );
    assert_eq!(
        creator_name(&tl, &tl.tasks[b as usize - 1]),
        "loop I/O callback"
    );
    assert_eq!(creator_name(&tl, &tl.tasks[a as usize - 1]), "main program");
}

#[test]
fn futures_completed_by_plain_callbacks_wake_as_callbacks() {
    let (mut tl, buf) = recorder();
    let a = waiting_on_a_future(&mut tl);
    tl.loop_work = LoopWork::Callback;
    tl.future_completed(0xf00, 0);
    tl.woke_by_future(a, 0xf00, 0, 30);
    tl.step_start(a, 40);
    let json = String::from_utf8(buf.borrow().clone()).unwrap();
    assert!(json.contains(r#""name":"callback","cat":"loop""#), "{json}");
    assert!(json.contains(r#""awaiting":"Future""#), "{json}");
}
