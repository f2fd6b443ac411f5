//! `-u` and PYTHONUNBUFFERED: stdout is written at once, so with stdout and stderr on one
//! pipe the lines come out in the order the program wrote them; without either, stdout's
//! block buffer keeps its text until exit (stderr first). Each case runs coro and python3
//! through `sh -c 'PROGRAM ... 2>&1'` and compares the combined text.

use std::process::Command;

const SCRIPT: &str = "import sys, logging\n\
print('one')\n\
print('err1', file=sys.stderr)\n\
logging.warning('logged')\n\
print('two', end='')\n\
sys.stderr.write('err2\\n')\n\
print(' three')\n\
raise SystemExit('bye')\n";

fn combined(program: &str, flags: &str, unbuffered_env: bool) -> String {
    let tag = format!("{}{flags}{unbuffered_env}", program.len());
    let dir = std::env::temp_dir().join(format!("coro-unbuffered-{}-{tag}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("order.py"), SCRIPT).unwrap();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{program} {flags} order.py 2>&1; echo \"exit $?\""))
        .current_dir(&dir)
        .env_remove("PYTHONUNBUFFERED");
    if unbuffered_env {
        cmd.env("PYTHONUNBUFFERED", "1");
    }
    let out = cmd.output().expect("sh runs");
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn agree(flags: &str, unbuffered_env: bool) {
    let coro = combined(env!("CARGO_BIN_EXE_coro"), flags, unbuffered_env);
    let python = combined("python3", flags, unbuffered_env);
    assert_eq!(
        coro, python,
        "flags {flags:?}, PYTHONUNBUFFERED {unbuffered_env}"
    );
}

#[test]
fn pythonunbuffered_keeps_the_written_order() {
    agree("", true);
}

#[test]
fn dash_u_keeps_the_written_order() {
    agree("-u", false);
}

#[test]
fn block_buffered_stdout_comes_after_stderr() {
    agree("", false);
}
