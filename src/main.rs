//! The `coro` binary: runs the command line on a thread with a large stack (native code
//! that calls back into Python nests Rust frames; the recursion limit keeps that bounded,
//! and a roomy stack keeps the bound far from the real one).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    coro::vm::internal_error::install_panic_hook(true);
    let worker = std::thread::Builder::new()
        .name("coro".into())
        .stack_size(512 * 1024 * 1024)
        .spawn(move || coro::cli::main(args));
    let code = match worker {
        Ok(handle) => handle.join().unwrap_or_else(|_| {
            // A panic nothing caught (outside a script's run): still a readable report.
            let message = coro::vm::internal_error::last_panic();
            eprint!("{}", coro::vm::internal_error::headline(&message));
            70
        }),
        Err(e) => {
            eprintln!("coro: cannot start the interpreter thread: {e}");
            71
        }
    };
    std::process::exit(code);
}
