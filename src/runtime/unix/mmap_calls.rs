//! `_mmap`: memory maps by address. `map` returns the address of a new mapping and every
//! other call names one by it; a process-wide table of live mappings (address -> length)
//! is checked first, so an unknown address or a range past the end is a ValueError, never
//! a stray memory access. Not the `mmap` object (pylib `mmap.py`).

use super::{c_int, checked, int_constants};
use crate::runtime::builtins::def;
use crate::runtime::bytes::with_bytes;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, value_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::native::bytes_value;
use crate::runtime::os::int_arg;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Mutex;

/// The live mappings, address to length. Mappings belong to the process, so the table
/// does too: a map made on one interpreter thread may be used from another.
static MAPPINGS: Mutex<BTreeMap<usize, usize>> = Mutex::new(BTreeMap::new());

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_mmap"));
    def(&m, "map", map);
    def(&m, "unmap", unmap);
    def(&m, "read", read);
    def(&m, "write", write);
    def(&m, "flush", flush);
    def(&m, "remap", remap);
    def(&m, "move", move_bytes);
    def(&m, "madvise", madvise);
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as i64;
    let mut table: Vec<(&str, i64)> = vec![
        ("PAGESIZE", page),
        ("ALLOCATIONGRANULARITY", page),
        ("MAP_SHARED", libc::MAP_SHARED as i64),
        ("MAP_PRIVATE", libc::MAP_PRIVATE as i64),
        ("MAP_ANON", libc::MAP_ANON as i64),
        ("MAP_ANONYMOUS", libc::MAP_ANONYMOUS as i64),
        ("PROT_READ", libc::PROT_READ as i64),
        ("PROT_WRITE", libc::PROT_WRITE as i64),
        ("PROT_EXEC", libc::PROT_EXEC as i64),
        ("MADV_NORMAL", libc::MADV_NORMAL as i64),
        ("MADV_RANDOM", libc::MADV_RANDOM as i64),
        ("MADV_SEQUENTIAL", libc::MADV_SEQUENTIAL as i64),
        ("MADV_WILLNEED", libc::MADV_WILLNEED as i64),
        ("MADV_DONTNEED", libc::MADV_DONTNEED as i64),
    ];
    #[cfg(target_os = "linux")]
    table.extend([
        ("MAP_DENYWRITE", libc::MAP_DENYWRITE as i64),
        ("MAP_EXECUTABLE", libc::MAP_EXECUTABLE as i64),
        ("MAP_POPULATE", libc::MAP_POPULATE as i64),
        ("MAP_STACK", libc::MAP_STACK as i64),
        ("MADV_FREE", libc::MADV_FREE as i64),
        ("MADV_REMOVE", libc::MADV_REMOVE as i64),
        ("MADV_DONTFORK", libc::MADV_DONTFORK as i64),
        ("MADV_DOFORK", libc::MADV_DOFORK as i64),
        ("MADV_MERGEABLE", libc::MADV_MERGEABLE as i64),
        ("MADV_UNMERGEABLE", libc::MADV_UNMERGEABLE as i64),
        ("MADV_HUGEPAGE", libc::MADV_HUGEPAGE as i64),
        ("MADV_NOHUGEPAGE", libc::MADV_NOHUGEPAGE as i64),
        ("MADV_DONTDUMP", libc::MADV_DONTDUMP as i64),
        ("MADV_DODUMP", libc::MADV_DODUMP as i64),
        ("MADV_HWPOISON", libc::MADV_HWPOISON as i64),
    ]);
    int_constants(&m, &table);
    m
}

fn table() -> std::sync::MutexGuard<'static, BTreeMap<usize, usize>> {
    MAPPINGS.lock().unwrap_or_else(|e| e.into_inner())
}

/// The integer arguments of `name` (exactly `n`).
fn int_args(vm: &mut Vm, args: &Args<'_>, name: &str, n: usize) -> PyResult<Vec<i64>> {
    args.no_kw(name)?;
    let pos = args.check_pos(name, n, n)?;
    pos.iter().map(|v| int_arg(vm, v)).collect()
}

/// The mapping at `addr` and the byte range `start..start+len` inside it.
fn range(addr: i64, start: i64, len: i64) -> PyResult<(*mut u8, usize)> {
    let size = *table().get(&(addr as usize)).ok_or_else(not_mapped)?;
    let end = start.checked_add(len).ok_or_else(out_of_range)?;
    if start < 0 || len < 0 || end as u64 > size as u64 {
        return Err(out_of_range());
    }
    Ok(((addr as usize + start as usize) as *mut u8, len as usize))
}

/// The range `(ptr, len)` widened to start on a page boundary, as msync and madvise
/// want (mappings start on one, so the widened range stays inside).
fn whole_pages((ptr, len): (*mut u8, usize)) -> (*mut libc::c_void, usize) {
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) } as usize;
    let start = ptr as usize / page * page;
    (start as *mut libc::c_void, len + (ptr as usize - start))
}

#[cold]
fn not_mapped() -> PyErr {
    value_error("mmap closed or invalid")
}

#[cold]
fn out_of_range() -> PyErr {
    value_error("mmap range out of bounds")
}

/// `map(fd, length, flags, prot, offset)`: fd -1 with MAP_ANONYMOUS in flags for memory.
fn map(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "map", 5)?;
    let len = usize::try_from(n[1]).map_err(|_| out_of_range())?;
    // A zero-length mapping is refused by the kernel; keep one page for the address.
    // SAFETY: a fresh mapping; the kernel picks the address.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len.max(1),
            c_int(n[3])?,
            c_int(n[2])?,
            c_int(n[0])?,
            n[4] as libc::off_t,
        )
    };
    if ptr == libc::MAP_FAILED {
        return Err(super::errno_error());
    }
    table().insert(ptr as usize, len);
    Ok(Value::Int(ptr as i64))
}

fn unmap(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "unmap", 1)?;
    let Some(len) = table().remove(&(n[0] as usize)) else {
        return Ok(Value::None);
    };
    // SAFETY: the address and length of a live mapping, now forgotten by the table.
    unsafe { libc::munmap(n[0] as usize as *mut libc::c_void, len.max(1)) };
    Ok(Value::None)
}

/// `read(addr, start, stop)`: a copy of the bytes.
fn read(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "read", 3)?;
    let (ptr, len) = range(n[0], n[1], n[2].saturating_sub(n[1]).max(0))?;
    // SAFETY: `range` checked that the bytes lie inside a live mapping.
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    Ok(bytes_value(vm.types(), bytes))
}

/// `write(addr, offset, data)`.
fn write(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    args.no_kw("write")?;
    let pos = args.check_pos("write", 3, 3)?;
    let addr = int_arg(vm, &pos[0])?;
    let offset = int_arg(vm, &pos[1])?;
    let Some(data) = with_bytes(&pos[2], <[u8]>::to_vec) else {
        return Err(type_error("a bytes-like object is required"));
    };
    let (ptr, len) = range(addr, offset, data.len() as i64)?;
    // SAFETY: `range` checked the destination; `data` is a separate buffer.
    unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), ptr, len) };
    Ok(Value::None)
}

/// `flush(addr, offset, size)`: msync of the pages holding the range.
fn flush(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "flush", 3)?;
    let (start, len) = whole_pages(range(n[0], n[1], n[2])?);
    // SAFETY: msync of whole pages inside a live mapping.
    let rc = unsafe { libc::msync(start, len, libc::MS_SYNC) };
    checked(rc as i64)?;
    Ok(Value::None)
}

/// `remap(addr, new_length)`: the mapping's new address (it may move).
fn remap(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "remap", 2)?;
    let new_len = usize::try_from(n[1]).map_err(|_| out_of_range())?;
    let mut mappings = table();
    let old_len = *mappings.get(&(n[0] as usize)).ok_or_else(not_mapped)?;
    #[cfg(target_os = "linux")]
    {
        // SAFETY: resizing a live mapping; MREMAP_MAYMOVE lets the kernel move it.
        let ptr = unsafe {
            libc::mremap(
                n[0] as usize as *mut libc::c_void,
                old_len.max(1),
                new_len.max(1),
                libc::MREMAP_MAYMOVE,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(super::errno_error());
        }
        mappings.remove(&(n[0] as usize));
        mappings.insert(ptr as usize, new_len);
        Ok(Value::Int(ptr as i64))
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = (old_len, new_len);
        Err(crate::runtime::error::runtime_error(
            "mmap: resizing is not available",
        ))
    }
}

/// `move(addr, dest, src, count)`: memmove inside the mapping.
fn move_bytes(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "move", 4)?;
    let (to, count) = range(n[0], n[1], n[3])?;
    let (from, _) = range(n[0], n[2], n[3])?;
    // SAFETY: both ranges checked inside the same live mapping; copy handles overlap.
    unsafe { std::ptr::copy(from, to, count) };
    Ok(Value::None)
}

/// `madvise(addr, option, start, length)`.
fn madvise(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let n = int_args(vm, &args, "madvise", 4)?;
    let (start, len) = whole_pages(range(n[0], n[2], n[3])?);
    // SAFETY: advice on whole pages inside a live mapping.
    let rc = unsafe { libc::madvise(start, len, c_int(n[1])?) };
    checked(rc as i64)?;
    Ok(Value::None)
}
