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

#[test]
fn intervals_pair_steps_and_waits() {
    let mut tl = Timeline::new("x".into(), "s.py".into());
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
fn tasks_past_the_limit_are_counted_not_recorded() {
    let mut tl = Timeline::new("x".into(), "s.py".into());
    for _ in 0..MAX_TASKS {
        assert!(tl.task_created(String::new(), String::new(), String::new(), 0, 0) > 0);
    }
    assert_eq!(
        tl.task_created(String::new(), String::new(), String::new(), 0, 0),
        0
    );
    assert_eq!(tl.untraced, 1);
}
