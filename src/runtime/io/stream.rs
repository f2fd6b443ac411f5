//! The byte stream under every file object: an OS file (or fd) with a read-ahead buffer and
//! a write buffer, or one of the process's standard streams. Reading, writing, seeking and
//! closing in bytes, with CPython's errors (`I/O operation on closed file.`, `not
//! readable`). Not the text layer (see `text`) nor the Python methods (see `methods`).

use super::unsupported;
use crate::runtime::error::{os_error, value_error, PyErr, PyResult};
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};

/// How much a read asks the OS for at once, and how much writing buffers: CPython's
/// DEFAULT_BUFFER_SIZE.
pub const CHUNK: usize = 8192;

/// Where the bytes go.
pub enum Sink {
    File(File),
    /// fd 0: read through Rust's stdin handle.
    Stdin,
    /// fd 1: written into the VM's output buffer (`vm.out`), shared with `print`.
    Stdout,
    /// fd 2: written straight through.
    Stderr,
    /// A Python binary stream under `io.TextIOWrapper(buffer)` (a BytesIO, ...): its
    /// `read`, `write`, `seek` and `tell` are called (see `wrapper`).
    Object(Value),
    Closed,
}

pub struct Stream {
    pub sink: Sink,
    /// Bytes read ahead: `rbuf[rpos..]` are not consumed yet.
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    /// Bytes written and not yet given to the OS.
    pub wbuf: Vec<u8>,
    /// The OS said end of file on the last read.
    pub eof: bool,
    pub readable: bool,
    pub writable: bool,
    /// Close the fd on close (False for `open(fd, closefd=False)`).
    pub closefd: bool,
    /// Flush whenever a newline is written (`buffering=1`, or a terminal).
    pub line_buffering: bool,
    /// `buffering=0`: every write goes to the OS at once.
    pub unbuffered: bool,
    /// What UnsupportedOperation says for a read or a write the mode forbids: each CPython
    /// class words it its own way.
    pub refusals: Refusals,
    /// How many chunks have been read: the text layer notes the line ends of each new one.
    pub fills: u64,
}

#[derive(Clone, Copy)]
pub struct Refusals {
    pub read: &'static str,
    pub write: &'static str,
    pub truncate: &'static str,
}

impl Refusals {
    pub const TEXT: Refusals = Refusals {
        read: "not readable",
        write: "not writable",
        truncate: "truncate",
    };
    pub const BUFFERED: Refusals = Refusals {
        read: "read",
        write: "write",
        truncate: "truncate",
    };
    pub const RAW: Refusals = Refusals {
        read: "File not open for reading",
        write: "File not open for writing",
        truncate: "File not open for writing",
    };
}

impl Stream {
    pub fn new(sink: Sink, readable: bool, writable: bool) -> Stream {
        Stream {
            sink,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            eof: false,
            readable,
            writable,
            closefd: true,
            line_buffering: false,
            unbuffered: false,
            refusals: Refusals::TEXT,
            fills: 0,
        }
    }

    pub fn closed(&self) -> bool {
        matches!(self.sink, Sink::Closed)
    }

    pub fn check_open(&self) -> PyResult<()> {
        if self.closed() {
            return Err(closed_file());
        }
        Ok(())
    }

    pub fn check_readable(&self, t: &crate::runtime::types::Types) -> PyResult<()> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported(t, self.refusals.read));
        }
        Ok(())
    }

    pub fn check_writable(&self, t: &crate::runtime::types::Types) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported(t, self.refusals.write));
        }
        Ok(())
    }

    /// The unconsumed read-ahead.
    pub fn pending(&self) -> &[u8] {
        &self.rbuf[self.rpos..]
    }

    /// Consume `n` bytes already looked at in place.
    pub fn skip(&mut self, n: usize) {
        self.rpos += n;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
    }

    pub fn consume(&mut self, n: usize) -> Vec<u8> {
        let out = self.rbuf[self.rpos..self.rpos + n].to_vec();
        self.rpos += n;
        if self.rpos == self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        out
    }

    /// Put bytes back in front of the read-ahead.
    pub fn unread(&mut self, bytes: &[u8]) {
        let mut v = bytes.to_vec();
        v.extend_from_slice(self.pending());
        self.rbuf = v;
        self.rpos = 0;
    }

    /// Read one more chunk from the OS into the read-ahead; false at end of file.
    pub fn fill(&mut self, vm: &mut Vm) -> PyResult<bool> {
        self.flush(vm)?;
        if self.rpos > 0 {
            self.rbuf.drain(..self.rpos);
            self.rpos = 0;
        }
        let start = self.rbuf.len();
        self.rbuf.resize(start + CHUNK, 0);
        let got = loop {
            let r = match &mut self.sink {
                Sink::File(f) => f.read(&mut self.rbuf[start..]),
                Sink::Stdin => {
                    vm.out.flush();
                    // Waiting for input lets the other Python threads run.
                    let (r, chunk) = crate::threads::blocking(vm, || {
                        let mut chunk = vec![0u8; CHUNK];
                        let r = std::io::stdin().lock().read(&mut chunk);
                        (r, chunk)
                    })?;
                    if let Ok(n) = r {
                        self.rbuf[start..start + n].copy_from_slice(&chunk[..n]);
                    }
                    r
                }
                Sink::Stdout | Sink::Stderr => Ok(0),
                Sink::Object(obj) => {
                    let obj = obj.clone();
                    let got = super::wrapper::read_chunk(vm, &obj, CHUNK)?;
                    self.rbuf.truncate(start);
                    self.rbuf.extend_from_slice(&got);
                    self.eof = got.is_empty();
                    self.fills += 1;
                    return Ok(!got.is_empty());
                }
                Sink::Closed => {
                    self.rbuf.truncate(start);
                    return Err(closed_file());
                }
            };
            match r {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.rbuf.truncate(start);
                    return Err(os_error(&e, None, None));
                }
            }
        };
        self.rbuf.truncate(start + got);
        self.eof = got == 0;
        self.fills += 1;
        Ok(got > 0)
    }

    /// Read until end of file.
    pub fn read_all(&mut self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        while self.fill(vm)? {}
        let n = self.pending().len();
        Ok(self.consume(n))
    }

    /// Up to `n` bytes (fewer only at end of file).
    pub fn read_n(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        while self.pending().len() < n && self.fill(vm)? {}
        let n = n.min(self.pending().len());
        Ok(self.consume(n))
    }

    /// Up to and including the next `\n`, at most `limit` bytes.
    pub fn read_line(&mut self, vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        let mut scanned = 0;
        loop {
            let pending = self.pending();
            if let Some(i) = pending[scanned..].iter().position(|&b| b == b'\n') {
                let end = scanned + i + 1;
                return Ok(self.consume(limit.map_or(end, |l| l.min(end))));
            }
            scanned = pending.len();
            if limit.is_some_and(|l| scanned >= l) || !self.fill(vm)? {
                let n = limit.map_or(scanned, |l| l.min(scanned));
                return Ok(self.consume(n));
            }
        }
    }

    /// Buffer `data` for writing (the read-ahead is dropped first, the OS position moved
    /// back over it, so that writing in a `+` file lands where reading stopped).
    pub fn write(&mut self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        if !self.pending().is_empty() {
            self.drop_read_ahead()?;
        }
        match self.sink {
            Sink::Stdout => {
                vm.out.write_bytes(data);
                return Ok(());
            }
            Sink::Stderr => {
                vm.out.write_stderr_bytes(data);
                return Ok(());
            }
            _ => {}
        }
        self.wbuf.extend_from_slice(data);
        if self.unbuffered
            || self.wbuf.len() >= CHUNK
            || (self.line_buffering && data.contains(&b'\n'))
        {
            self.flush(vm)?;
        }
        Ok(())
    }

    /// Forget the read-ahead, moving the OS position back to where reading stopped.
    pub fn drop_read_ahead(&mut self) -> PyResult<()> {
        let back = self.pending().len() as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        if back > 0 {
            if let Sink::File(f) = &mut self.sink {
                f.seek(SeekFrom::Current(-back))
                    .map_err(|e| os_error(&e, None, None))?;
            }
        }
        Ok(())
    }

    pub fn flush(&mut self, vm: &mut Vm) -> PyResult<()> {
        match &mut self.sink {
            Sink::File(f) if !self.wbuf.is_empty() => {
                let r = f.write_all(&self.wbuf);
                self.wbuf.clear();
                r.map_err(|e| os_error(&e, None, None))
            }
            Sink::Stdout => {
                vm.out.flush();
                Ok(())
            }
            Sink::Object(obj) => {
                let obj = obj.clone();
                let data = std::mem::take(&mut self.wbuf);
                super::wrapper::write_all(vm, &obj, &data)
            }
            _ => Ok(()),
        }
    }

    /// The position a Python caller sees: the OS's, less the read-ahead, plus what is
    /// waiting to be written.
    pub fn tell(&mut self, vm: &mut Vm) -> PyResult<u64> {
        let pending = self.pending().len() as u64;
        let buffered = self.wbuf.len() as u64;
        match &mut self.sink {
            Sink::File(f) => {
                let pos = f.stream_position().map_err(|e| os_error(&e, None, None))?;
                Ok(pos + buffered - pending)
            }
            Sink::Object(obj) => {
                let obj = obj.clone();
                self.flush(vm)?;
                let pos = super::wrapper::call_seek(vm, &obj, None)?;
                Ok(pos.saturating_sub(pending))
            }
            Sink::Closed => Err(closed_file()),
            _ => Err(illegal_seek()),
        }
    }

    pub fn seek(&mut self, vm: &mut Vm, to: SeekFrom) -> PyResult<u64> {
        self.check_open()?;
        self.flush(vm)?;
        let pending = self.pending().len() as i64;
        self.rbuf.clear();
        self.rpos = 0;
        self.eof = false;
        let to = match to {
            SeekFrom::Current(n) => SeekFrom::Current(n - pending),
            other => other,
        };
        match &mut self.sink {
            Sink::File(f) => f.seek(to).map_err(|e| os_error(&e, None, None)),
            Sink::Object(obj) => {
                let obj = obj.clone();
                super::wrapper::call_seek(vm, &obj, Some(to))
            }
            _ => Err(illegal_seek()),
        }
    }

    pub fn seekable(&self) -> bool {
        match &self.sink {
            // Pipes and terminals are files too; only a real seek says.
            Sink::File(f) => {
                let mut f: &File = f;
                f.stream_position().is_ok()
            }
            _ => false,
        }
    }

    pub fn truncate(&mut self, vm: &mut Vm, size: Option<u64>) -> PyResult<u64> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported(vm.types(), self.refusals.truncate));
        }
        let size = match size {
            Some(s) => s,
            None => self.tell(vm)?,
        };
        self.flush(vm)?;
        self.drop_read_ahead()?;
        match &mut self.sink {
            Sink::File(f) => f.set_len(size).map_err(|e| os_error(&e, None, None))?,
            _ => return Err(illegal_seek()),
        }
        Ok(size)
    }

    pub fn close(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.closed() {
            return Ok(());
        }
        let flushed = self.flush(vm);
        let sink = std::mem::replace(&mut self.sink, Sink::Closed);
        if let Sink::Object(obj) = &sink {
            flushed?;
            return super::wrapper::close(vm, obj);
        }
        if let Sink::File(f) = sink {
            if !self.closefd {
                // The fd stays open for its owner.
                use std::os::fd::IntoRawFd;
                let _ = f.into_raw_fd();
            }
        }
        flushed
    }

    pub fn fileno(&self, t: &crate::runtime::types::Types) -> PyResult<i64> {
        use std::os::fd::AsRawFd;
        Ok(match &self.sink {
            Sink::File(f) => f.as_raw_fd() as i64,
            Sink::Stdin => 0,
            Sink::Stdout => 1,
            Sink::Stderr => 2,
            Sink::Object(_) => return Err(unsupported(t, "fileno")),
            Sink::Closed => return Err(closed_file()),
        })
    }

    pub fn isatty(&self) -> PyResult<bool> {
        use std::io::IsTerminal;
        Ok(match &self.sink {
            Sink::File(f) => f.is_terminal(),
            Sink::Stdin => std::io::stdin().is_terminal(),
            Sink::Stdout => std::io::stdout().is_terminal(),
            Sink::Stderr => std::io::stderr().is_terminal(),
            Sink::Object(_) => false,
            Sink::Closed => return Err(closed_file()),
        })
    }
}

impl Drop for Stream {
    /// A file dropped without `close()` still gets what was written (CPython's finalizer
    /// closes it too).
    fn drop(&mut self) {
        if let Sink::File(f) = &mut self.sink {
            if !self.wbuf.is_empty() {
                let _ = f.write_all(&self.wbuf);
            }
            if !self.closefd {
                use std::os::fd::IntoRawFd;
                if let Sink::File(f) = std::mem::replace(&mut self.sink, Sink::Closed) {
                    let _ = f.into_raw_fd();
                }
            }
        }
    }
}

#[cold]
pub fn closed_file() -> PyErr {
    value_error("I/O operation on closed file.")
}

#[cold]
fn illegal_seek() -> PyErr {
    crate::runtime::error::from_errno(libc::ESPIPE, None, None)
}
