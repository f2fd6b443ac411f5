# termios, tty and pty on a real pseudo-terminal: attributes, raw and cbreak modes,
# window size, flushing, and the errors of a descriptor that is not a terminal.
import os
import pty
import termios
import tty


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


master, slave = pty.openpty()
print(os.isatty(slave), os.get_inheritable(master))
attrs = termios.tcgetattr(slave)
print(len(attrs), len(attrs[6]) == termios.NCCS, all(isinstance(x, int) for x in attrs[:6]))
print(bool(attrs[3] & termios.ICANON), bool(attrs[3] & termios.ECHO), type(attrs[6][termios.VMIN]).__name__)
tty.setraw(slave)
raw = termios.tcgetattr(slave)
print(bool(raw[3] & termios.ICANON), bool(raw[3] & termios.ECHO), raw[6][termios.VMIN], raw[6][termios.VTIME])
print(raw[2] & termios.CSIZE == termios.CS8, raw[1] & termios.OPOST)
os.write(master, b"ab\r")
print(os.read(slave, 10))
termios.tcsetattr(slave, termios.TCSANOW, attrs)
print(termios.tcgetattr(slave) == attrs)
tty.setcbreak(slave)
cb = termios.tcgetattr(slave)
print(bool(cb[3] & termios.ICANON), bool(cb[3] & termios.ECHO), bool(cb[3] & termios.ISIG))
termios.tcsetattr(slave, termios.TCSAFLUSH, attrs)
os.write(master, b"line one\n")
print(os.read(slave, 100))
os.write(slave, b"out\n")
seen = b""
while not seen.endswith(b"out\r\n"):
    seen += os.read(master, 100)
print(seen)
termios.tcsetwinsize(slave, (24, 80))
print(termios.tcgetwinsize(slave), os.get_terminal_size(slave))
termios.tcflush(slave, termios.TCIOFLUSH)
termios.tcdrain(slave)
print(tty.IFLAG, tty.CC, termios.error.__module__, issubclass(termios.error, Exception))
attempt(lambda: termios.tcsetattr(slave, termios.TCSANOW, [1]))
attempt(lambda: termios.tcsetattr(slave, termios.TCSANOW, 5))
attempt(lambda: termios.tcgetattr(99))
r, w = os.pipe()
attempt(lambda: termios.tcgetattr(r))
attempt(lambda: termios.tcgetattr(1.5))
for fd in (master, slave, r, w):
    os.close(fd)
