//! Unit tests of `itertools_tools.rs`: the steps that run no Python code (`repeat`
//! counting down, `cycle` wrapping around its saved items, a tee copy reading its
//! buffer), which states need the VM, and what the collector is shown.

use super::itertools_tools::{Tool, TEE_LINK_ITEMS};
use super::value::Value;

fn int(v: Option<Option<Value>>) -> Option<Option<i64>> {
    v.map(|item| {
        item.map(|v| match v {
            Value::Int(i) => i,
            _ => panic!("not an int"),
        })
    })
}

#[test]
fn repeat_counts_down_then_stays_at_zero() {
    let mut r = Tool::Repeat {
        object: Value::Int(7),
        left: Some(2),
    };
    assert_eq!(int(r.next_plain()), Some(Some(7)));
    assert_eq!(int(r.next_plain()), Some(Some(7)));
    assert_eq!(int(r.next_plain()), Some(None));
    assert_eq!(int(r.next_plain()), Some(None));
    let mut forever = Tool::Repeat {
        object: Value::Int(1),
        left: None,
    };
    for _ in 0..5 {
        assert_eq!(int(forever.next_plain()), Some(Some(1)));
    }
}

#[test]
fn cycle_after_its_first_pass_wraps_around() {
    let mut c = Tool::Cycle {
        it: None,
        saved: vec![Value::Int(1), Value::Int(2), Value::Int(3)],
        index: 1,
    };
    let got: Vec<_> = (0..5).map(|_| int(c.next_plain())).collect();
    let want = [2, 3, 1, 2, 3].map(|i| Some(Some(i)));
    assert_eq!(got, want);
}

#[test]
fn states_that_read_a_source_need_the_vm() {
    let mut first_pass = Tool::Cycle {
        it: Some(Value::None),
        saved: Vec::new(),
        index: 0,
    };
    assert!(first_pass.next_plain().is_none());
    let mut chain = Tool::Chain {
        sources: None,
        active: None,
    };
    assert!(chain.next_plain().is_none());
    assert_eq!(chain.type_name(), "chain");
}

#[test]
fn tee_copy_reads_its_buffer_and_stops_at_its_end() {
    // A link: the source, then two items read already.
    let link = Value::list(vec![Value::None, Value::Int(10), Value::Int(11)]);
    let mut t = Tool::Tee { link, index: 0 };
    assert_eq!(int(t.next_plain()), Some(Some(10)));
    assert_eq!(int(t.next_plain()), Some(Some(11)));
    // Past what is buffered: the VM reads the source.
    assert!(t.next_plain().is_none());
    let full = Value::list(vec![Value::None]);
    let mut at_end = Tool::Tee {
        link: full,
        index: TEE_LINK_ITEMS,
    };
    assert!(at_end.next_plain().is_none());
    assert_eq!(at_end.type_name(), "_tee");
}

#[test]
fn collector_sees_every_held_value() {
    let acc = Tool::Accumulate {
        it: Value::Int(1),
        func: Value::Int(2),
        total: Some(Value::Int(3)),
        initial: None,
    };
    let mut seen = Vec::new();
    acc.for_each_value(|v| {
        if let Value::Int(i) = v {
            seen.push(*i)
        }
    });
    assert_eq!(seen, [1, 2, 3]);
}
