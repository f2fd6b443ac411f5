//! The C allocator's thresholds, fixed at start-up so that a program which builds and drops
//! big containers in a loop does not hand their pages back to the kernel and fault them in
//! again on every turn.
//!
//! The interpreter runs on its own thread (for its 512 MB stack), so glibc gives it a
//! non-main arena. When a free leaves more than the trim threshold at the top of such an
//! arena's heap, glibc returns the pages with `madvise(MADV_DONTNEED)`, and the next
//! allocation faults each page in again (zeroed by the kernel). glibc raises the threshold
//! only as far as the last freed `mmap`ed chunk, so a loop over 3 MB set tables kept
//! releasing 12 MB per turn: `a & b`, `a | b`, `a - b` on 50,000-element sets took 64,800
//! page faults and 0.10 s of system time where python3 takes 14,300 and 0.04 s.
//!
//! The values are glibc's own ceilings for its dynamic thresholds (32 MB for `mmap`, twice
//! that for trimming), so coro behaves as a long-running glibc process settles anyway.
//! Not a different allocator (mimalloc raised start-up memory: docs/PERFORMANCE.md), and
//! a user's own `MALLOC_*_` or `GLIBC_TUNABLES` settings win: then nothing is changed.

/// Set the thresholds, before any thread but the caller exists.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let user_set = [
            "MALLOC_MMAP_THRESHOLD_",
            "MALLOC_TRIM_THRESHOLD_",
            "GLIBC_TUNABLES",
        ]
        .iter()
        .any(|name| std::env::var_os(name).is_some());
        if user_set {
            return;
        }
        const MMAP_THRESHOLD: libc::c_int = 32 * 1024 * 1024;
        const TRIM_THRESHOLD: libc::c_int = 2 * MMAP_THRESHOLD;
        // SAFETY: mallopt only changes the allocator's parameters; called from `main`
        // before the interpreter's thread is spawned.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, MMAP_THRESHOLD);
            libc::mallopt(libc::M_TRIM_THRESHOLD, TRIM_THRESHOLD);
        }
    }
}
