//! Replays the committed corpus (fuzz/corpus/<target>/) through each target's harness on
//! any toolchain: the CI's fallback when cargo-fuzz cannot run, and the regression tests
//! for the crashes fuzzing found (each kept as a corpus file).

use std::path::Path;

fn replay(target: &str, harness: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("a corpus entry").path();
        let data = std::fs::read(&path).expect("a corpus file");
        harness(&data);
        count += 1;
    }
    assert!(count > 0, "no corpus for {target}");
}

#[test]
fn compile() {
    replay("compile", coro_fuzz::compile);
}

#[test]
fn run() {
    replay("run", coro_fuzz::run);
}

#[test]
fn numbers() {
    replay("numbers", coro_fuzz::numbers);
}

#[test]
fn json_re() {
    replay("json_re", coro_fuzz::json_re);
}

#[test]
fn xml() {
    replay("xml", coro_fuzz::xml);
}
