"""The password database (/etc/passwd): getpwuid, getpwnam, getpwall."""

# coro's pwd reads the local files database as glibc's "files" NSS source does, one
# "name:passwd:uid:gid:gecos:dir:shell" line per account. It is not: NIS, LDAP or
# systemd-userdb accounts (only what /etc/passwd lists).

from _structseq import _StructSeq, _configure

_DATABASE = "/etc/passwd"


class struct_passwd(_StructSeq):
    """pwd.struct_passwd: Results from getpw*() routines."""


_configure(struct_passwd, "pwd.struct_passwd",
           ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], 7)


def _accounts():
    try:
        with open(_DATABASE, encoding="utf-8", errors="surrogateescape") as lines:
            for line in lines:
                fields = line.rstrip("\n").split(":")
                if len(fields) != 7 or line.startswith(("#", "+", "-")):
                    continue
                try:
                    fields[2], fields[3] = int(fields[2]), int(fields[3])
                except ValueError:
                    continue
                yield struct_passwd(fields)
    except OSError:
        return


def getpwall():
    """Every account of the database, in its order."""
    return list(_accounts())


def getpwuid(uid):
    """The account with user id `uid` (KeyError if none)."""
    uid = uid.__index__()
    for account in _accounts():
        if account.pw_uid == uid:
            return account
    raise KeyError("getpwuid(): uid not found: %d" % uid)


def getpwnam(name):
    """The account called `name` (KeyError if none)."""
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    for account in _accounts():
        if account.pw_name == name:
            return account
    raise KeyError("getpwnam(): name not found: %r" % name)
