//! Readiness and transports through real scripts and descriptors: `add_reader` is
//! level-triggered (called again while data stays unread), and a transport's descriptor
//! is closed once its connection is lost, while the socket object is detached.

use crate::interpreter::{run_asserting_script, Interpreter};

fn run(src: &str) {
    run_asserting_script(&mut Interpreter::new(), src);
}

#[test]
fn add_reader_is_called_while_data_stays_unread() {
    run(r#"
import asyncio, socket
async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    calls = []
    def ready():
        calls.append(1)
        if len(calls) == 3:
            assert a.recv(10) == b'ping'
            loop.remove_reader(a)
    loop.add_reader(a, ready)
    b.send(b'ping')
    for _ in range(20):
        await asyncio.sleep(0.01)
    assert len(calls) == 3, calls
    assert not loop.remove_reader(a)
    a.close()
    b.close()
asyncio.run(main())
"#);
}

#[test]
fn a_lost_connection_closes_its_descriptor() {
    run(r#"
import asyncio, os, socket
async def main():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    # The loop's epoll set (one descriptor) is made by its first watch: make it first.
    loop.add_reader(b, lambda: None)
    loop.remove_reader(b)
    open_before = len(os.listdir('/proc/self/fd'))
    lost = loop.create_future()
    class P(asyncio.Protocol):
        def connection_lost(self, exc):
            lost.set_result(exc)
    transport, _ = await loop.connect_accepted_socket(P, a)
    b.close()
    assert await lost is None
    for _ in range(5):
        await asyncio.sleep(0)
    assert a.fileno() == -1
    assert len(os.listdir('/proc/self/fd')) == open_before - 2
asyncio.run(main())
"#);
}
