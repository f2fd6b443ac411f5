//! The `coro` binary: runs the command line on a thread with a large stack (native code
//! that calls back into Python nests Rust frames; the recursion limit keeps that bounded,
//! and a roomy stack keeps the bound far from the real one).
//! This first thread then blocks every signal, so the kernel delivers signals sent to
//! the process to the interpreter's thread: one sent to itself (`os.kill(os.getpid(),
//! ...)`) is handled before the call returns, as in CPython.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    coro::vm::internal_error::install_panic_hook(true);
    coro::cli::malloc_tuning::tune();
    let worker = std::thread::Builder::new()
        .name("coro".into())
        .stack_size(512 * 1024 * 1024)
        .spawn(move || coro::cli::main(args));
    let code = match worker {
        Ok(handle) => {
            block_signals();
            handle.join().unwrap_or_else(|_| {
                // A panic nothing caught (outside a script's run): still a readable report.
                let message = coro::vm::internal_error::last_panic();
                eprint!("{}", coro::vm::internal_error::headline(&message));
                70
            })
        }
        Err(e) => {
            eprintln!("coro: cannot start the interpreter thread: {e}");
            71
        }
    };
    std::process::exit(code);
}

/// Keep signals off this waiting thread (the interpreter's thread, already spawned, keeps
/// its own mask).
fn block_signals() {
    #[cfg(unix)]
    // SAFETY: filling a local sigset_t and changing this thread's own mask.
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_BLOCK, &all, std::ptr::null_mut());
    }
}
