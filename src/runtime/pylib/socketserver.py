"""Request-serving frameworks on blocking sockets, as CPython 3.11's `socketserver`
documents them: a server owns a listening (or datagram) socket, waits for a request,
builds one handler object per request, and the mix-ins decide whether a request runs in
the serving thread or a new one.

Written for coro from the documented behaviour; the serving loop waits with `selectors`
so that `shutdown()` from another thread is noticed within `poll_interval`.
Not here: `ForkingMixIn` and the Forking* servers exist only where `os.fork` does (coro
has no fork), as in CPython on platforms without it.
"""

import os
import socket
import sys
import threading
import selectors
from io import BytesIO
from time import monotonic

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingUDPServer",
           "ThreadingTCPServer", "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn"]
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer", "ThreadingUnixDatagramServer"])

# poll() where the platform has it; the serving loop only ever waits on one descriptor.
_Waiter = getattr(selectors, "PollSelector", selectors.SelectSelector)


def _wait_readable(fileobj, timeout):
    """True when `fileobj` became readable within `timeout` seconds (None: forever)."""
    with _Waiter() as waiter:
        waiter.register(fileobj, selectors.EVENT_READ)
        return bool(waiter.select(timeout))


class BaseServer:
    """The serving loop and the request life cycle, independent of the socket kind.

    Subclasses supply get_request/server_bind/server_activate/... ; a request is
    verified, processed (finish_request builds the handler), then shut down.
    """

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self._stop_asked = False
        self._loop_done = threading.Event()

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until shutdown() is called, checking every poll_interval."""
        self._loop_done.clear()
        try:
            with _Waiter() as waiter:
                waiter.register(self, selectors.EVENT_READ)
                while not self._stop_asked:
                    ready = waiter.select(poll_interval)
                    # shutdown() may have come while we waited: stop before serving.
                    if self._stop_asked:
                        break
                    if ready:
                        self._serve_one_ready()
                    self.service_actions()
        finally:
            self._stop_asked = False
            self._loop_done.set()

    def shutdown(self):
        """Ask serve_forever() to stop and wait until it has (call it from another thread)."""
        self._stop_asked = True
        self._loop_done.wait()

    def service_actions(self):
        """Called once per turn of serve_forever(); a hook for mix-ins and subclasses."""
        pass

    def handle_request(self):
        """Wait for one request (at most self.timeout or the socket's timeout) and handle it."""
        limit = self.socket.gettimeout()
        if limit is None:
            limit = self.timeout
        elif self.timeout is not None:
            limit = min(limit, self.timeout)
        deadline = None if limit is None else monotonic() + limit
        while True:
            remaining = None if deadline is None else max(0.0, deadline - monotonic())
            if _wait_readable(self, remaining):
                return self._serve_one_ready()
            if deadline is not None and monotonic() >= deadline:
                return self.handle_timeout()

    def _serve_one_ready(self):
        """Take the request that is waiting and run it through verify/process."""
        try:
            pending = self.get_request()
        except OSError:
            # The client went away between select() and accept().
            return
        request, peer = pending
        if self.verify_request(request, peer):
            self._process_guarded(request, peer)
        else:
            self.shutdown_request(request)

    def _process_guarded(self, request, peer):
        """process_request; an Exception is reported and the request let go."""
        failure = None
        try:
            self.process_request(request, peer)
            return
        except Exception:
            self.handle_error(request, peer)
        except BaseException as exc:
            failure = exc
        self.shutdown_request(request)
        if failure is not None:
            raise failure

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        self.RequestHandlerClass(request, client_address, self)

    def close_request(self, request):
        """Release one request (nothing to do here; TCPServer closes the socket)."""

    def shutdown_request(self, request):
        """End one request: by default the same as closing it."""
        self.close_request(request)

    def handle_error(self, request, client_address):
        """Report an exception raised while handling a request on stderr, and go on."""
        import traceback
        rule = '-' * 40 + '\n'
        sys.stderr.write(f'{rule}Exception occurred during processing of request '
                         f'from {client_address}\n')
        traceback.print_exc()
        sys.stderr.write(rule)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.server_close()


class TCPServer(BaseServer):
    """A stream-socket server: binds and listens at construction (unless told not to)."""

    socket_type = socket.SOCK_STREAM
    address_family = socket.AF_INET
    allow_reuse_address = allow_reuse_port = False
    request_queue_size = 5

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        """Set the reuse options asked for, bind, and learn the real address."""
        for wanted, option in ((self.allow_reuse_address, 'SO_REUSEADDR'),
                               (self.allow_reuse_port, 'SO_REUSEPORT')):
            if wanted and hasattr(socket, option):
                self.socket.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()

    def server_activate(self):
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        # Half-close first so the client sees the end of the reply before the close.
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A datagram server: each request is (packet, socket) from one recvfrom()."""

    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192
    allow_reuse_address = allow_reuse_port = False

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        """Nothing: a datagram socket does not listen."""

    # The socket in a datagram request is the server's own: never shut or close it.
    shutdown_request = close_request = BaseServer.close_request


class ThreadingMixIn:
    """Handle each request in a new thread; server_close() joins them (block_on_close)."""

    daemon_threads = False
    block_on_close = True
    _workers = None

    def process_request_thread(self, request, client_address):
        """What each worker thread runs: the request, its errors reported, then
        its shutdown."""
        try:
            try:
                self.finish_request(request, client_address)
            except Exception:
                self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        if self.block_on_close and not worker.daemon:
            if self._workers is None:
                self._workers = []
            # Forget the finished ones so a long-lived server does not grow a list.
            self._workers = [t for t in self._workers if t.is_alive()]
            self._workers.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        workers, self._workers = self._workers, None
        if self.block_on_close and workers:
            for worker in workers:
                worker.join()


if hasattr(os, "fork"):
    class ForkingMixIn:
        """Handle each request in a child process (only where os.fork exists)."""

        active_children = None
        block_on_close = True
        timeout, max_children = 300, 40

        def collect_children(self, *, blocking=False):
            if self.active_children is None:
                return
            for pid in list(self.active_children):
                try:
                    done, _ = os.waitpid(pid, 0 if blocking else os.WNOHANG)
                except ChildProcessError:
                    done = pid
                if done:
                    self.active_children.discard(pid)

        def handle_timeout(self):
            self.collect_children()

        def service_actions(self):
            self.collect_children()

        def process_request(self, request, client_address):
            child = os.fork()
            if child == 0:
                self._serve_in_child(request, client_address)
            children = self.active_children or set()
            children.add(child)
            self.active_children = children
            self.close_request(request)

        def _serve_in_child(self, request, client_address):
            """The child's whole life: the request, then _exit (1 on an error)."""
            failed = True
            try:
                try:
                    self.finish_request(request, client_address)
                    failed = False
                except Exception:
                    self.handle_error(request, client_address)
                self.shutdown_request(request)
            finally:
                os._exit(1 if failed else 0)

        def server_close(self):
            super().server_close()
            self.collect_children(blocking=self.block_on_close)

    class ForkingUDPServer(ForkingMixIn, UDPServer):
        pass

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        pass

    __all__.extend(["ForkingMixIn", "ForkingUDPServer", "ForkingTCPServer"])


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


if hasattr(socket, "AF_UNIX"):
    class UnixStreamServer(TCPServer):
        """A stream server on a Unix socket path."""
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        """A datagram server on a Unix socket path."""
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        pass

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        pass


class BaseRequestHandler:
    """One object per request: __init__ runs setup(), handle(), then finish() always."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        """Before handle(): prepare what it needs (nothing by default)."""

    def handle(self):
        """Serve the request (override this)."""

    def finish(self):
        """After handle(), even when it failed: clean up (nothing by default)."""


class _SocketWriter:
    """The unbuffered wfile of StreamRequestHandler: each write is one sendall()."""

    def __init__(self, sock):
        self._sock = sock
        self.closed = False

    def writable(self):
        return True

    def write(self, data):
        self._sock.sendall(data)
        return len(memoryview(data))

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def fileno(self):
        return self._sock.fileno()


class StreamRequestHandler(BaseRequestHandler):
    """A stream request as files: self.rfile to read the request, self.wfile to reply."""

    timeout = None
    disable_nagle_algorithm = False
    # rfile is buffered; wfile (size 0) sends each write at once.
    rbufsize, wbufsize = -1, 0

    def setup(self):
        sock = self.connection = self.request
        if self.timeout is not None:
            sock.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = sock.makefile('rb', self.rbufsize)
        self.wfile = (sock.makefile('wb', self.wbufsize) if self.wbufsize
                      else _SocketWriter(sock))

    def finish(self):
        writer = self.wfile
        try:
            if not writer.closed:
                writer.flush()
        except OSError:
            # The peer may be gone already; there is nobody left to tell.
            pass
        writer.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A datagram request as files; what was written to wfile is sent back at finish()."""

    def setup(self):
        packet, sock = self.request
        self.packet, self.socket = packet, sock
        self.rfile, self.wfile = BytesIO(packet), BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
