"""logging.handlers: the rotating file handlers (RotatingFileHandler by size,
TimedRotatingFileHandler by time, with namer/rotator hooks and backup counts),
WatchedFileHandler, BufferingHandler and MemoryHandler, QueueHandler and QueueListener,
SocketHandler and DatagramHandler (pickled records), and the port constants.

Not SysLogHandler, SMTPHandler, NTEventLogHandler or HTTPHandler."""

import copy
import logging
import os
import re
import threading
import time

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that may move its file aside (doRollover) before writing a record
    (when shouldRollover says so). `namer` renames backups, `rotator` moves files."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding if "b" in mode else (encoding or "utf-8")
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if callable(self.namer):
            return self.namer(default_name)
        return default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls over to filename.1, .2, ... (backupCount of them) when the file would grow
    past maxBytes."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay,
                                     errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                newer = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


_SUFFIXES = {
    "S": (1, "%Y-%m-%d_%H-%M-%S", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}(\.\w+)?$"),
    "M": (60, "%Y-%m-%d_%H-%M", r"^\d{4}-\d{2}-\d{2}_\d{2}-\d{2}(\.\w+)?$"),
    "H": (60 * 60, "%Y-%m-%d_%H", r"^\d{4}-\d{2}-\d{2}_\d{2}(\.\w+)?$"),
    "D": (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    "MIDNIGHT": (_MIDNIGHT, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
    "W": (_MIDNIGHT * 7, "%Y-%m-%d", r"^\d{4}-\d{2}-\d{2}(\.\w+)?$"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls over every `interval` units of `when` ('S', 'M', 'H', 'D', 'MIDNIGHT' or
    'W0'..'W6' for a weekday), naming backups by the time they began."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        BaseRotatingHandler.__init__(self, filename, "a", encoding=encoding, delay=delay,
                                     errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith("W"):
            if len(key) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            if key[1] < "0" or key[1] > "6":
                raise ValueError("Invalid day specified for weekly rollover: %s" % self.when)
            self.dayOfWeek = int(key[1])
            key = "W"
        if key not in _SUFFIXES:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        unit, self.suffix, pattern = _SUFFIXES[key]
        self.extMatch = re.compile(pattern, re.ASCII)
        self.interval = unit * interval
        filename = self.baseFilename
        start = os.stat(filename).st_mtime if os.path.exists(filename) else time.time()
        self.rolloverAt = self.computeRollover(int(start))

    def computeRollover(self, currentTime):
        result = currentTime + self.interval
        if self.when != "MIDNIGHT" and not self.when.startswith("W"):
            return result
        t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        hour, minute, second, day = t[3], t[4], t[5], t[6]
        if self.atTime is None:
            rotate_at = _MIDNIGHT
        else:
            rotate_at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        wait = rotate_at - ((hour * 60 + minute) * 60 + second)
        if wait < 0:
            wait += _MIDNIGHT
            day = (day + 1) % 7
        result = currentTime + wait
        if self.when.startswith("W"):
            if day != self.dayOfWeek:
                days = (self.dayOfWeek - day) % 7
                result += days * _MIDNIGHT
        if not self.utc:
            dst_now = t[-1]
            dst_then = time.localtime(result)[-1]
            if dst_now != dst_then:
                result += 3600 if dst_now else -3600
        return result

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            self.rolloverAt = self.computeRollover(int(time.time()))
            return False
        return int(time.time()) >= self.rolloverAt

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        prefix = base + "."
        found = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        began = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(began)
        else:
            stamp = time.localtime(began)
            dst_now = time.localtime(now)[-1]
            if dst_now != stamp[-1]:
                stamp = time.localtime(began + (3600 if dst_now else -3600))
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(now)


class WatchedFileHandler(logging.FileHandler):
    """A FileHandler that reopens its file when it was moved or deleted (logrotate)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        if st is None or st.st_dev != self.dev or st.st_ino != self.ino:
            if self.stream is not None:
                self.stream.flush()
                self.stream.close()
                self.stream = None
                self.stream = self._open()
                self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer` until shouldFlush; flush() drops them."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full or a record
    of flushLevel or above arrives (and on close, with flushOnClose)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        self.target = target

    def flush(self):
        if self.target:
            for record in self.buffer:
                self.target.handle(record)
            self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.target = None
            BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made picklable, on a queue."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        message = self.format(record)
        record = copy.copy(record)
        record.message = message
        record.msg = message
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue on a thread of its own and hands them to handlers."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = thread = threading.Thread(target=self._monitor)
        thread.daemon = True
        thread.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        queue = self.queue
        done = getattr(queue, "task_done", None)
        while True:
            try:
                record = self.dequeue(True)
                if record is self._sentinel:
                    if done:
                        done()
                    break
                self.handle(record)
                if done:
                    done()
            except Exception:
                break

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        self.enqueue_sentinel()
        self._thread.join()
        self._thread = None


class SocketHandler(logging.Handler):
    """Sends each record's attribute dict, pickled and length-prefixed, over TCP."""

    def __init__(self, host, port):
        logging.Handler.__init__(self)
        self.host = host
        self.port = port
        self.address = host if port is None else (host, port)
        self.sock = None
        self.closeOnError = False
        self.retryTime = None
        self.retryStart = 1.0
        self.retryMax = 30.0
        self.retryFactor = 2.0

    def makeSocket(self, timeout=1):
        import socket
        if self.port is not None:
            return socket.create_connection(self.address, timeout=timeout)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        sock.connect(self.address)
        return sock

    def createSocket(self):
        now = time.time()
        if self.retryTime is None or now >= self.retryTime:
            try:
                self.sock = self.makeSocket()
                self.retryTime = None
            except OSError:
                if self.retryTime is None:
                    self.retryPeriod = self.retryStart
                else:
                    self.retryPeriod = min(self.retryPeriod * self.retryFactor,
                                           self.retryMax)
                self.retryTime = now + self.retryPeriod

    def send(self, data):
        if self.sock is None:
            self.createSocket()
        if self.sock:
            try:
                self.sock.sendall(data)
            except OSError:
                self.sock.close()
                self.sock = None

    def makePickle(self, record):
        import pickle
        import struct
        exc_info = record.exc_info
        if exc_info:
            self.format(record)
        fields = dict(record.__dict__)
        fields["msg"] = record.getMessage()
        fields["args"] = None
        fields["exc_info"] = None
        fields.pop("message", None)
        data = pickle.dumps(fields, 1)
        return struct.pack(">L", len(data)) + data

    def handleError(self, record):
        if self.closeOnError and self.sock:
            self.sock.close()
            self.sock = None
        else:
            logging.Handler.handleError(self, record)

    def emit(self, record):
        try:
            self.send(self.makePickle(record))
        except Exception:
            self.handleError(record)

    def close(self):
        if self.sock:
            self.sock.close()
            self.sock = None
        logging.Handler.close(self)


class DatagramHandler(SocketHandler):
    """Sends each pickled record as one UDP datagram."""

    def __init__(self, host, port):
        SocketHandler.__init__(self, host, port)
        self.closeOnError = False

    def makeSocket(self):
        import socket
        family = socket.AF_UNIX if self.port is None else socket.AF_INET
        return socket.socket(family, socket.SOCK_DGRAM)

    def send(self, data):
        if self.sock is None:
            self.createSocket()
        self.sock.sendto(data, self.address)
