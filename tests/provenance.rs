//! The provenance ratchet: no Python-written module in src/runtime/pylib/ may hold more of
//! CPython's Lib/ text than tests/provenance/ceilings.txt allows, and a module missing from
//! that list may hold at most NEW_MODULE_CEILING percent. tests/provenance/overlap.py
//! measures the share (lines inside runs of >= 4 lines identical to CPython's counterpart);
//! docs/PROVENANCE.md explains the measure and the rule.
//!
//! It does not judge whether the code is ours: it only keeps the measured share from
//! growing. Without python3 3.11 on PATH it fails: the counterpart files are that
//! python's Lib/, and a missing measure must not read as a pass.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

/// The most a module not listed in ceilings.txt may share with CPython, in percent.
const NEW_MODULE_CEILING: f64 = 20.0;

/// Why python3 cannot measure here, if it cannot: missing, or not CPython 3.11.
fn python3_problem() -> Option<String> {
    match Command::new("python3").arg("--version").output() {
        Ok(out) if out.status.success() => {
            let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
            (!version.starts_with("Python 3.11.")).then(|| {
                format!("python3 is {version:?}, not CPython 3.11: its Lib/ is not the reference")
            })
        }
        _ => Some("python3 is not on PATH (CPython 3.11's Lib/ is the reference)".into()),
    }
}

/// `module -> share` from lines `module share` (blank lines and `#` comments skipped).
fn parse_ceilings(text: &str) -> BTreeMap<String, f64> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let mut fields = line.split_whitespace();
            let module = fields.next().unwrap().to_string();
            let share = fields
                .next()
                .and_then(|s| s.parse().ok())
                .unwrap_or_else(|| panic!("ceilings.txt: bad line {line:?}"));
            (module, share)
        })
        .collect()
}

/// One measured module: its share and the rest of the tool's row, for the message.
struct Measured {
    module: String,
    share: f64,
    row: String,
}

fn measure(repo: &Path) -> Vec<Measured> {
    let out = Command::new("python3")
        .arg(repo.join("tests/provenance/overlap.py"))
        .arg("--tsv")
        .arg("--repo")
        .arg(repo)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "overlap.py failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8 table")
        .lines()
        .map(|row| {
            let fields: Vec<&str> = row.split('\t').collect();
            Measured {
                module: fields[0].to_string(),
                share: fields[1].parse().expect("a share"),
                row: row.replace('\t', "  "),
            }
        })
        .collect()
}

#[test]
fn no_module_shares_more_of_cpython_than_its_ceiling() {
    if let Some(problem) = python3_problem() {
        panic!("{problem}");
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let ceilings_text = std::fs::read_to_string(repo.join("tests/provenance/ceilings.txt"))
        .expect("tests/provenance/ceilings.txt");
    let ceilings = parse_ceilings(&ceilings_text);
    let measured = measure(repo);
    assert!(!measured.is_empty(), "overlap.py measured no module");
    let over: Vec<String> = measured
        .iter()
        .filter_map(|m| {
            let (ceiling, why) = match ceilings.get(&m.module) {
                Some(&ceiling) => (ceiling, "its ceiling"),
                None => (NEW_MODULE_CEILING, "the ceiling for unlisted modules"),
            };
            (m.share > ceiling).then(|| format!("{} (above {why}, {ceiling}%)", m.row))
        })
        .collect();
    assert!(
        over.is_empty(),
        "modules sharing more of CPython's Lib/ than allowed (module share lines overlapping \
         longest counterparts); rewrite them from documented behaviour, see docs/PROVENANCE.md:\n{}",
        over.join("\n")
    );
}

#[test]
fn ceilings_parse() {
    let ceilings = parse_ceilings("# comment\n\nqueue 12.5\nhtml 0.0\n");
    assert_eq!(ceilings.get("queue"), Some(&12.5));
    assert_eq!(ceilings.len(), 2);
}
