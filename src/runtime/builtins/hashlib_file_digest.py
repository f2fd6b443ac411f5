# The Python half of the native `hashlib` module (run in its namespace, after the
# natives): file_digest (3.11), which feeds a hash object from a binary file.


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a binary file object: `digest` is an algorithm name or a
    callable returning a new hash object. Returns the hash object."""
    digestobj = new(digest) if isinstance(digest, str) else digest()
    if hasattr(fileobj, "getbuffer"):
        # io.BytesIO: its whole buffer at once.
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, "readinto") and hasattr(fileobj, "readable")
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    buf = bytearray(_bufsize)
    view = memoryview(buf)
    while True:
        size = fileobj.readinto(buf)
        if size == 0:
            break
        digestobj.update(view[:size])
    return digestobj
