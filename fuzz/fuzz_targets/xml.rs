//! cargo-fuzz target `xml`: see `coro_fuzz::xml`.
#![no_main]

#[global_allocator]
static ALLOC: coro_fuzz::CappedAlloc = coro_fuzz::CappedAlloc;

libfuzzer_sys::fuzz_target!(|data: &[u8]| coro_fuzz::xml(data));
