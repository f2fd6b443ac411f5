//! `_time`, the native half of the `time` module: the clocks and `sleep` of `sys_time.rs`
//! plus what needs the C library's calendar and time zone: broken-down local and UTC
//! times, `mktime`, `strftime`, the zone names and offsets, and the CPU clocks. The
//! Python half (pylib `time.py`) wraps the tuples these return in `struct_time`.

use super::{def, float_arg, index_i64};
use crate::runtime::dict::PyDict;
use crate::runtime::error::{overflow_error, type_error, value_error, PyResult};
use crate::runtime::function::Args;
use crate::runtime::signature::{module_positional, Signature};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

/// The `_time` module.
pub fn module() -> Rc<PyDict> {
    let m = super::sys_time::time_module();
    m.set_by_str("__name__", Value::str("_time"));
    def(&m, "_localtime", localtime);
    def(&m, "_gmtime", gmtime);
    def(&m, "_mktime", mktime);
    def(&m, "_strftime", strftime);
    def(&m, "_zone_info", zone_info);
    def(&m, "process_time", |_, a| {
        Signature::no_args("time.process_time").none(&a)?;
        Ok(Value::Float(
            cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID) as f64 / 1e9,
        ))
    });
    def(&m, "process_time_ns", |_, a| {
        Signature::no_args("time.process_time_ns").none(&a)?;
        Ok(Value::Int(cpu_clock(libc::CLOCK_PROCESS_CPUTIME_ID)))
    });
    def(&m, "thread_time", |_, a| {
        Signature::no_args("time.thread_time").none(&a)?;
        Ok(Value::Float(
            cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID) as f64 / 1e9,
        ))
    });
    def(&m, "thread_time_ns", |_, a| {
        Signature::no_args("time.thread_time_ns").none(&a)?;
        Ok(Value::Int(cpu_clock(libc::CLOCK_THREAD_CPUTIME_ID)))
    });
    m
}

fn cpu_clock(clock: libc::clockid_t) -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; the clock ids are constants Linux knows.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec * 1_000_000_000 + ts.tv_nsec
}

/// Seconds since the epoch from an optional argument (None: now), as `time_t`.
fn seconds_arg(vm: &mut Vm, args: &Args<'_>, fname: &str) -> PyResult<libc::time_t> {
    // The private natives of time.py: positional, counted as a tuple.
    let p = module_positional(args, "_time", fname, 0, 1)?;
    let secs = match p.first() {
        None | Some(Value::None) => std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0),
        Some(v) => float_arg(vm, v)?,
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if !(-9.2e18..9.2e18).contains(&secs) {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(secs.floor() as libc::time_t)
}

/// A `struct tm` as the 11-tuple the Python half turns into struct_time.
fn tm_tuple(tm: &libc::tm) -> Value {
    // SAFETY: tm_zone is either null or a NUL-terminated string owned by the C library.
    let zone = if tm.tm_zone.is_null() {
        String::new()
    } else {
        unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    Value::tuple(vec![
        Value::Int(tm.tm_year as i64 + 1900),
        Value::Int(tm.tm_mon as i64 + 1),
        Value::Int(tm.tm_mday as i64),
        Value::Int(tm.tm_hour as i64),
        Value::Int(tm.tm_min as i64),
        Value::Int(tm.tm_sec as i64),
        Value::Int((tm.tm_wday as i64 + 6) % 7),
        Value::Int(tm.tm_yday as i64 + 1),
        Value::Int(tm.tm_isdst as i64),
        Value::str(&zone),
        Value::Int(tm.tm_gmtoff),
    ])
}

fn empty_tm() -> libc::tm {
    // SAFETY: libc::tm is plain data; all-zero is a valid value (null tm_zone).
    unsafe { std::mem::zeroed() }
}

fn localtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = seconds_arg(vm, &args, "_localtime")?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to a time_t and a tm owned by this frame.
    if unsafe { libc::localtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

fn gmtime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let t = seconds_arg(vm, &args, "_gmtime")?;
    let mut tm = empty_tm();
    // SAFETY: valid pointers to a time_t and a tm owned by this frame.
    if unsafe { libc::gmtime_r(&t, &mut tm) }.is_null() {
        return Err(overflow_error("timestamp out of range for platform time_t"));
    }
    Ok(tm_tuple(&tm))
}

/// A `struct tm` from the first nine items of a time tuple (already checked in Python).
fn tm_from(vm: &mut Vm, v: &Value) -> PyResult<libc::tm> {
    let items = vm.collect(v)?;
    if items.len() < 9 {
        return Err(type_error("time tuple must have at least 9 items"));
    }
    let mut f = [0i64; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = index_i64(vm, item)?;
    }
    let mut tm = empty_tm();
    tm.tm_year = (f[0] - 1900) as libc::c_int;
    tm.tm_mon = (f[1] - 1) as libc::c_int;
    tm.tm_mday = f[2] as libc::c_int;
    tm.tm_hour = f[3] as libc::c_int;
    tm.tm_min = f[4] as libc::c_int;
    tm.tm_sec = f[5] as libc::c_int;
    tm.tm_wday = ((f[6] + 1) % 7) as libc::c_int;
    tm.tm_yday = (f[7] - 1) as libc::c_int;
    tm.tm_isdst = f[8] as libc::c_int;
    Ok(tm)
}

fn mktime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_time", "_mktime", 1, 1)?;
    let mut tm = tm_from(vm, &p[0])?;
    tm.tm_wday = -1;
    // SAFETY: `tm` is a valid, writable struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(t as f64))
}

/// `_strftime(format, tuple, zone, gmtoff)`: the C library's strftime of a checked tuple.
fn strftime(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let p = module_positional(&args, "_time", "_strftime", 4, 4)?;
    let Some(format) = p[0].as_pystr() else {
        return Err(type_error("strftime() argument 1 must be str"));
    };
    let mut tm = tm_from(vm, &p[1])?;
    let zone = p[2]
        .as_pystr()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let zone = std::ffi::CString::new(zone).unwrap_or_default();
    tm.tm_zone = zone.as_ptr();
    tm.tm_gmtoff = index_i64(vm, &p[3]).unwrap_or(0) as libc::c_long;
    if format.as_str().contains('\0') {
        return Err(value_error("embedded null character"));
    }
    let c_format = std::ffi::CString::new(format.as_str()).unwrap_or_default();
    let mut size = 256 + format.as_str().len() * 4;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: buf has `size` writable bytes; c_format and tm (with zone alive) are valid.
        let n = unsafe {
            libc::strftime(
                buf.as_mut_ptr() as *mut libc::c_char,
                size,
                c_format.as_ptr(),
                &tm,
            )
        };
        if n > 0 || format.as_str().is_empty() || size > 1 << 20 {
            buf.truncate(n);
            return Ok(Value::from_string(
                String::from_utf8_lossy(&buf).into_owned(),
            ));
        }
        size *= 4;
    }
}

/// `(timezone, altzone, daylight, (stdname, dstname))` from the C library's zone data.
fn zone_info(_vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    module_positional(&args, "_time", "_zone_info", 0, 0)?;
    // SAFETY: tzset has no preconditions; it reads TZ and fills the globals read below.
    unsafe { tzset() };
    let (january, july) = jan_july_offsets();
    // Daylight saving time adds to the offset, in either hemisphere.
    let (standard, daylight_zone) = if january.1 <= july.1 {
        (january, july)
    } else {
        (july, january)
    };
    let daylight = standard.1 != daylight_zone.1;
    Ok(Value::tuple(vec![
        Value::Int(-standard.1),
        Value::Int(-daylight_zone.1),
        Value::Int(daylight as i64),
        Value::tuple(vec![Value::str(&standard.0), Value::str(&daylight_zone.0)]),
    ]))
}

extern "C" {
    fn tzset();
}

/// (zone name, UTC offset in seconds) on January 1st and July 1st of this year, as
/// CPython's `init_timezone` probes them.
fn jan_july_offsets() -> ((String, i64), (String, i64)) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let year_start = (now / 31_556_952) * 31_556_952;
    let probe = |t: i64| {
        let t = t as libc::time_t;
        let mut tm = empty_tm();
        // SAFETY: valid pointers to a time_t and a tm owned by this frame.
        unsafe { libc::localtime_r(&t, &mut tm) };
        let zone = if tm.tm_zone.is_null() {
            String::new()
        } else {
            // SAFETY: a NUL-terminated string owned by the C library.
            unsafe { std::ffi::CStr::from_ptr(tm.tm_zone) }
                .to_string_lossy()
                .into_owned()
        };
        (zone, tm.tm_gmtoff)
    };
    (probe(year_start), probe(year_start + 182 * 86_400))
}
