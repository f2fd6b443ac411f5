//! The cycle collector keeps memory bounded: a child `coro` makes 200,000 objects that
//! each refer to themselves (garbage only the collector can free) and reports its peak
//! resident size from /proc/self/status. Without the collector this peaks near 80 MB.

use std::process::Command;

const SELF_CYCLES: &str = r#"
class Node:
    pass

for i in range(200_000):
    n = Node()
    n.me = n
    n.items = [n, {"n": n}]

with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("VmHWM:"):
            print(line.split()[1])
"#;

#[test]
#[cfg(target_os = "linux")]
fn self_cycles_stay_under_fifty_megabytes() {
    let out = Command::new(env!("CARGO_BIN_EXE_coro"))
        .args(["-c", SELF_CYCLES])
        .output()
        .expect("coro runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let peak_kb: u64 = text.trim().parse().expect("a VmHWM figure");
    assert!(peak_kb < 50 * 1024, "peak {peak_kb} kB");
}
