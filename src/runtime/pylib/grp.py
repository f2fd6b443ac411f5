"""The group database (/etc/group): getgrgid, getgrnam, getgrall."""

# coro's grp reads the local files database as glibc's "files" NSS source does, one
# "name:passwd:gid:member,member" line per group. It is not: NIS, LDAP or
# systemd-userdb groups (only what /etc/group lists).

from _structseq import _StructSeq, _configure

_DATABASE = "/etc/group"


class struct_group(_StructSeq):
    """grp.struct_group: Results from getgr*() routines."""


_configure(struct_group, "grp.struct_group", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], 4)


def _groups():
    try:
        with open(_DATABASE, encoding="utf-8", errors="surrogateescape") as lines:
            for line in lines:
                fields = line.rstrip("\n").split(":")
                if len(fields) != 4 or line.startswith(("#", "+", "-")):
                    continue
                try:
                    gid = int(fields[2])
                except ValueError:
                    continue
                members = [name for name in fields[3].split(",") if name]
                yield struct_group((fields[0], fields[1], gid, members))
    except OSError:
        return


def getgrall():
    """Every group of the database, in its order."""
    return list(_groups())


def getgrgid(id):
    """The group with id `id` (KeyError if none)."""
    gid = id.__index__()
    for group in _groups():
        if group.gr_gid == gid:
            return group
    raise KeyError("getgrgid(): gid not found: %d" % gid)


def getgrnam(name):
    """The group called `name` (KeyError if none)."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument 'name' must be str, not %s"
                        % type(name).__name__)
    for group in _groups():
        if group.gr_name == name:
            return group
    raise KeyError("getgrnam(): name not found: %r" % name)
