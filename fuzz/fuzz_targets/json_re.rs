//! cargo-fuzz target `json_re`: see `coro_fuzz::json_re`.
#![no_main]

#[global_allocator]
static ALLOC: coro_fuzz::CappedAlloc = coro_fuzz::CappedAlloc;

libfuzzer_sys::fuzz_target!(|data: &[u8]| coro_fuzz::json_re(data));
