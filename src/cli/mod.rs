//! The `coro` command line: `coro FILE [ARGS...]`, `coro -c CODE`, `coro -` (script on
//! stdin), the interactive REPL (`coro` on a terminal, `-i` after a script, `-q` without
//! the banner), `coro --version`, and `coro test` (the golden runner). Options follow
//! python3's: everything after the script name belongs to the script (`sys.argv`), which
//! is why this is a small hand parser rather than a generic option library.
//!
//! It decides what to run and how to exit; running is the [`Interpreter`]'s job.

pub mod malloc_tuning;

use crate::interpreter::{Interpreter, Outcome};
use crate::repl::{self, ReplOptions};
use crate::report;
use std::io::{IsTerminal, Read};

const USAGE: &str = "usage: coro [--virtual-time] [--timeline FILE] [-i] [-q] [-u] [-W ARG] [-c CODE | -m MODULE | FILE | -] [ARGS...]\n       coro tasks PID\n       coro test [--bless] [--real-time] [-k FILTER] [PATH...]\n       coro --version";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Version,
    Help,
    /// Run a script: its display name, its text source and the script's argv.
    Run {
        source: Source,
        argv: Vec<String>,
    },
    /// `coro test ...` with its own arguments.
    Test(Vec<String>),
    /// `coro tasks PID`: print the tasks of a running coro process.
    Tasks(Vec<String>),
}

#[derive(Debug, PartialEq)]
pub enum Source {
    File(String),
    Code(String),
    /// `-m NAME`: a module found on the search path, run as `__main__`.
    Module(String),
    Stdin,
}

/// Options that apply to any run.
#[derive(Debug, Default, PartialEq)]
pub struct Options {
    pub virtual_time: bool,
    /// `-i`: open the REPL on the script's globals after it ran (or on stdin).
    pub interactive: bool,
    /// `-q`: no REPL banner.
    pub quiet: bool,
    /// `-u`: stdout unbuffered (as PYTHONUNBUFFERED).
    pub unbuffered: bool,
    /// `-W ARG` options, in order: `sys.warnoptions` (after PYTHONWARNINGS's).
    pub warnoptions: Vec<String>,
    /// `--timeline FILE`: record what the tasks do into FILE.json and FILE.html.
    pub timeline: Option<String>,
}

/// Parse the arguments (without the program name). Err is a usage message (exit 2).
pub fn parse_args(args: &[String]) -> Result<(Command, Options), String> {
    let mut opts = Options {
        virtual_time: std::env::var("CORO_VIRTUAL_TIME").is_ok_and(|v| v == "1"),
        ..Options::default()
    };
    if args.first().map(|s| s.as_str()) == Some("test") {
        return Ok((Command::Test(args[1..].to_vec()), opts));
    }
    if args.first().map(|s| s.as_str()) == Some("tasks") {
        return Ok((Command::Tasks(args[1..].to_vec()), opts));
    }
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--version" | "-V" => return Ok((Command::Version, opts)),
            "--help" | "-h" => return Ok((Command::Help, opts)),
            "--virtual-time" => opts.virtual_time = true,
            "--real-time" => opts.virtual_time = false,
            "-i" => opts.interactive = true,
            "--timeline" => {
                let file = args
                    .get(i + 1)
                    .ok_or_else(|| "Argument expected for the --timeline option".to_string())?;
                opts.timeline = Some(file.clone());
                i += 1;
            }
            "-q" => opts.quiet = true,
            "-u" => opts.unbuffered = true,
            "-W" => {
                let arg = args
                    .get(i + 1)
                    .ok_or_else(|| "Argument expected for the -W option".to_string())?;
                opts.warnoptions.push(arg.clone());
                i += 1;
            }
            _ if a.starts_with("-W") => opts.warnoptions.push(a[2..].to_string()),
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or_else(|| "Argument expected for the -c option".to_string())?;
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok((
                    Command::Run {
                        source: Source::Code(code.clone()),
                        argv,
                    },
                    opts,
                ));
            }
            "-m" => {
                let name = args
                    .get(i + 1)
                    .ok_or_else(|| "Argument expected for the -m option".to_string())?;
                let mut argv = vec![name.clone()];
                argv.extend(args[i + 2..].iter().cloned());
                return Ok((
                    Command::Run {
                        source: Source::Module(name.clone()),
                        argv,
                    },
                    opts,
                ));
            }
            "-" => {
                let mut argv = vec!["-".to_string()];
                argv.extend(args[i + 1..].iter().cloned());
                return Ok((
                    Command::Run {
                        source: Source::Stdin,
                        argv,
                    },
                    opts,
                ));
            }
            _ if a.starts_with('-') => return Err(format!("unknown option {a}")),
            _ => {
                return Ok((
                    Command::Run {
                        source: Source::File(a.to_string()),
                        argv: args[i..].to_vec(),
                    },
                    opts,
                ))
            }
        }
        i += 1;
    }
    // No script: stdin is the script (the REPL is for a terminal).
    Ok((
        Command::Run {
            source: Source::Stdin,
            argv: vec![String::new()],
        },
        opts,
    ))
}

/// Run the command line; returns the process exit code.
pub fn main(args: Vec<String>) -> i32 {
    let (command, opts) = match parse_args(&args) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("coro: {msg}\n{USAGE}");
            return 2;
        }
    };
    match command {
        Command::Version => {
            println!("coro {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Command::Help => {
            println!("{USAGE}");
            0
        }
        Command::Test(args) => match std::env::current_exe() {
            Ok(exe) => crate::golden::main_test_command(&exe, &args),
            Err(e) => {
                eprintln!("coro test: cannot find the coro binary: {e}");
                2
            }
        },
        Command::Tasks(args) => crate::event_loop::task_dump::command(&args),
        Command::Run { source, argv } => run_script(source, argv, &opts),
    }
}

fn run_script(source: Source, argv: Vec<String>, opts: &Options) -> i32 {
    if let Err(msg) = crate::runtime::string_hash::init_from_env() {
        // CPython refuses to start too, with this report and status.
        eprintln!("Fatal Python error: config_init_hash_seed: {msg}\nPython runtime state: preinitialized\n");
        return 1;
    }
    if let Err(msg) = crate::numeric::parse::max_str_digits_from_env() {
        eprintln!("Fatal Python error: config_init_int_max_str_digits: {msg}\nPython runtime state: preinitialized\n");
        return 1;
    }
    let no_script = source == Source::Stdin && argv.first().is_some_and(|a| a.is_empty());
    if no_script && (opts.interactive || std::io::stdin().is_terminal()) {
        // `coro` on a terminal, or `coro -i` on anything: the REPL reads stdin.
        let mut interp = interpreter(argv, opts);
        interp.set_search_path("");
        return repl::run(interp, &ReplOptions::from_env(opts.quiet));
    }
    if let Source::Module(module) = &source {
        return run_module(module, argv, opts);
    }
    let source = match source {
        Source::File(path) if std::path::Path::new(&path).is_dir() => match dir_main(&path) {
            Ok(main) => Source::File(main),
            Err(code) => return code,
        },
        other => other,
    };
    let (name, text) = match source {
        Source::File(path) => match std::fs::read(&path) {
            Ok(bytes) => {
                let shown = std::fs::canonicalize(&path)
                    .map(|p| p.display().to_string())
                    .unwrap_or(path.clone());
                match String::from_utf8(bytes) {
                    Ok(t) => (shown, t),
                    Err(e) => {
                        let pos = e.utf8_error().valid_up_to();
                        eprintln!(
                            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {pos}: invalid start byte ({shown})",
                            e.as_bytes()[pos]
                        );
                        return 1;
                    }
                }
            }
            Err(e) => {
                let reason = match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        "[Errno 2] No such file or directory".to_string()
                    }
                    _ => e.to_string(),
                };
                let abs = std::env::current_dir()
                    .map(|d| d.join(&path).display().to_string())
                    .unwrap_or(path.clone());
                eprintln!("coro: can't open file '{abs}': {reason}");
                return 2;
            }
        },
        Source::Code(code) => ("<string>".to_string(), code),
        Source::Module(_) => unreachable!("handled above"),
        Source::Stdin => {
            let mut bytes = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
                eprintln!("coro: cannot read stdin: {e}");
                return 2;
            }
            match String::from_utf8(bytes) {
                Ok(t) => ("<stdin>".to_string(), t),
                Err(_) => {
                    eprintln!("SyntaxError: (unicode error) 'utf-8' codec can't decode the script");
                    return 1;
                }
            }
        }
    };
    let mut interp = interpreter(argv, opts);
    interp.set_search_path(&search_path_start(&name));
    let outcome = interp.run_source(&name, &text);
    finish(interp, outcome, opts)
}

/// A directory given as the script runs its `__main__.py` (sys.argv[0] stays the
/// directory, sys.path[0] is it), as CPython's; without one, CPython's complaint.
#[cold]
fn dir_main(dir: &str) -> Result<String, i32> {
    let main = std::path::Path::new(dir).join("__main__.py");
    if main.is_file() {
        return Ok(main.display().to_string());
    }
    let abs = std::env::current_dir()
        .map(|d| d.join(dir).display().to_string())
        .unwrap_or(dir.to_string());
    eprintln!("coro: can't find '__main__' module in '{abs}'");
    Err(1)
}

/// Report how a run ended, shut the interpreter down, and return the exit status (or
/// open the REPL after it with `-i`).
fn finish(mut interp: Interpreter, outcome: Outcome, opts: &Options) -> i32 {
    let code = interp.exit_code(&outcome);
    interp.vm.out.flush();
    if opts.interactive {
        // python3 -i: report how the script ended (even SystemExit, as a traceback),
        // then inspect its globals.
        match &outcome {
            Outcome::Raised(e) if is_system_exit(interp.vm.types(), &outcome) => {
                eprint!("{}", report::render_traceback(&mut interp.vm, e));
            }
            _ => report_outcome(&mut interp, &outcome),
        }
        return repl::run(interp, &ReplOptions::from_env(opts.quiet));
    }
    report_outcome(&mut interp, &outcome);
    if !matches!(outcome, Outcome::InternalError(..)) {
        // (After a panic the thread scheduler's state is not to be trusted.)
        interp.wait_for_threads();
        // CPython runs atexit callbacks after it waited for the threads.
        interp.vm.run_atexit();
    }
    interp.vm.finalizing = true;
    interp.vm.out.flush();
    // Shutdown clears `__main__` as CPython's does (finalizers of what it held run),
    // so coroutines still bound to its names are reported too.
    if !matches!(outcome, Outcome::InternalError(..)) {
        // CPython empties sys.modules first, so a module imported by `__main__` (whose
        // `sys.modules` reaches `__main__` again) does not keep it alive.
        interp
            .vm
            .modules
            .del_str(&crate::runtime::str::PyStr::new("__main__"));
        let main = interp.main.clone();
        interp.vm.gc_collect_at_exit(&main);
    }
    interp.main.clear();
    interp.vm.report_unawaited_at_exit();
    interp.vm.out.flush();
    if let Some(mut tl) = interp.vm.timeline.take() {
        if let Err(e) = tl.write() {
            eprintln!("coro: cannot write the timeline {}: {e}", tl.path);
            return code.max(1);
        }
    }
    if let Outcome::Raised(e) = &outcome {
        if e.is_instance(&interp.vm.types().keyboard_interrupt) {
            die_of_sigint();
        }
    }
    code
}

/// An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython's does, so a
/// parent sees "killed by signal 2" (a shell `$?` of 130, `returncode` -2).
#[cold]
fn die_of_sigint() {
    #[cfg(unix)]
    // SAFETY: restoring SIGINT's default action, unblocking it on this thread and sending
    // it to this thread: the process ends there.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(libc::SIGINT);
    }
}

/// A new interpreter for a run: the clock the options ask for and the script's argv.
fn interpreter(argv: Vec<String>, opts: &Options) -> Interpreter {
    let mut interp = Interpreter::new();
    interp.set_virtual_time(opts.virtual_time);
    if opts.unbuffered {
        interp.vm.out.set_unbuffered(true);
    }
    if let Some(path) = &opts.timeline {
        let script = argv.first().cloned().unwrap_or_default();
        let mut tl = crate::timeline::Timeline::new(path.clone(), script);
        tl.virtual_time = opts.virtual_time;
        interp.vm.timeline = Some(Box::new(tl));
    }
    interp.set_argv(argv);
    // As CPython: PYTHONWARNINGS's comma-separated filters, then the -W options.
    let mut warnoptions: Vec<String> = std::env::var("PYTHONWARNINGS")
        .map(|v| {
            v.split(',')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect()
        })
        .unwrap_or_default();
    warnoptions.extend(opts.warnoptions.iter().cloned());
    interp.set_warnoptions(warnoptions);
    interp
}

/// `coro -m NAME [ARGS...]`.
fn run_module(name: &str, argv: Vec<String>, opts: &Options) -> i32 {
    let mut interp = interpreter(argv, opts);
    let outcome = match interp.run_module(name) {
        Ok(outcome) => outcome,
        Err(message) => {
            interp.vm.out.flush();
            eprintln!("coro: {message}");
            return 1;
        }
    };
    finish(interp, outcome, opts)
}

/// `sys.path[0]`: the folder of a script file, else the current directory (`''`).
fn search_path_start(shown_name: &str) -> String {
    if shown_name.starts_with('<') {
        return String::new();
    }
    std::path::Path::new(shown_name)
        .parent()
        .map(|p| p.display().to_string())
        .unwrap_or_default()
}

fn is_system_exit(t: &crate::runtime::types::Types, outcome: &Outcome) -> bool {
    matches!(outcome, Outcome::Raised(e) if e.is_instance(&t.system_exit))
}

/// Print what ended a script: its syntax error, traceback, or `SystemExit` message.
fn report_outcome(interp: &mut Interpreter, outcome: &Outcome) {
    match outcome {
        Outcome::Finished => {}
        Outcome::Syntax(e, src) => eprint!("{}", report::render_syntax_error(e, src)),
        Outcome::InternalError(message, trace) => {
            interp.vm.out.flush();
            let mut text = crate::vm::internal_error::headline(message);
            text.push_str(&report::render_traceback(&mut interp.vm, trace));
            eprint!("{text}");
        }
        Outcome::Raised(e) => {
            if e.is_instance(&interp.vm.types().system_exit) {
                if let Some(arg) = e.first_arg() {
                    if !matches!(
                        arg,
                        crate::runtime::value::Value::Int(_)
                            | crate::runtime::value::Value::None
                            | crate::runtime::value::Value::Bool(_)
                    ) {
                        if let Ok(s) = interp.vm.str(&arg) {
                            to_stderr(interp, &format!("{s}\n"));
                        }
                    }
                }
            } else {
                interp.vm.report_uncaught(e);
            }
        }
    }
    interp.vm.out.flush();
}

/// Text for whatever `sys.stderr` is now (a script may have replaced it).
fn to_stderr(interp: &mut Interpreter, text: &str) {
    if crate::runtime::io::std_streams::write_stderr(&mut interp.vm, text).is_err() {
        eprint!("{text}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn script_arguments_belong_to_the_script() {
        let (cmd, _) = parse_args(&args(&["x.py", "-c", "--version"])).unwrap();
        assert_eq!(
            cmd,
            Command::Run {
                source: Source::File("x.py".into()),
                argv: args(&["x.py", "-c", "--version"])
            }
        );
    }

    #[test]
    fn warning_options_collect_in_order() {
        let (cmd, opts) = parse_args(&args(&[
            "-W",
            "error",
            "-Wignore::DeprecationWarning",
            "x.py",
            "-W",
            "x",
        ]))
        .unwrap();
        assert_eq!(
            opts.warnoptions,
            args(&["error", "ignore::DeprecationWarning"])
        );
        assert_eq!(
            cmd,
            Command::Run {
                source: Source::File("x.py".into()),
                argv: args(&["x.py", "-W", "x"])
            }
        );
        assert!(parse_args(&args(&["-W"])).is_err());
    }

    #[test]
    fn options_before_the_script() {
        let (cmd, opts) = parse_args(&args(&["--virtual-time", "-c", "print(1)", "a"])).unwrap();
        assert!(opts.virtual_time);
        assert_eq!(
            cmd,
            Command::Run {
                source: Source::Code("print(1)".into()),
                argv: args(&["-c", "a"])
            }
        );
        assert!(parse_args(&args(&["--bogus"])).is_err());
        let (cmd, opts) = parse_args(&args(&["-i", "-q", "x.py", "-i"])).unwrap();
        assert!(opts.interactive && opts.quiet);
        assert_eq!(
            cmd,
            Command::Run {
                source: Source::File("x.py".into()),
                argv: args(&["x.py", "-i"])
            }
        );
        assert_eq!(
            parse_args(&args(&["--version"])).unwrap().0,
            Command::Version
        );
    }
}
