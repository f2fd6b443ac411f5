"""tarfile's extraction: the 3.11 extraction filters (fully_trusted, tar, data) and the
TarFile methods that write members to the file system (extract, extractall and the
make*/chown/chmod/utime steps subclasses may override)."""

# Written for coro from the tarfile documentation's "Extraction filters" section and
# python3's observed behaviour. It is not: os.chown is used only where coro has it (it
# has not yet: ownership is then left as the extracting user's); sparse members are
# written as plain files.

import copy
import os

from _tarinfo import (TarError, ExtractError, ReadError, SUPPORTED_TYPES, DIRTYPE,
                      FIFOTYPE, CHRTYPE, BLKTYPE, LNKTYPE, SYMTYPE)

class FilterError(TarError):
    """An extraction filter refused a member."""


def _refused(error, tarinfo, message, path=None):
    error.tarinfo = tarinfo
    if path is not None:
        error._path = path
    TarError.__init__(error, message)


class AbsolutePathError(FilterError):
    """The member's name stays absolute with its leading slashes removed."""

    def __init__(self, tarinfo):
        _refused(self, tarinfo, f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    """The member would be written outside the destination folder."""

    def __init__(self, tarinfo, path):
        _refused(self, tarinfo, f'{tarinfo.name!r} would be extracted to {path!r}, '
                 'which is outside the destination', path)


class SpecialFileError(FilterError):
    """The member is a device or a named pipe (the 'data' filter's refusal)."""

    def __init__(self, tarinfo):
        _refused(self, tarinfo, f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    """The link points at an absolute path."""

    def __init__(self, tarinfo):
        _refused(self, tarinfo, f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    """The link points outside the destination folder."""

    def __init__(self, tarinfo, path):
        _refused(self, tarinfo, f'{tarinfo.name!r} would link to {path!r}, '
                 'which is outside the destination', path)


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _allowed_mode(member, for_data):
    kept = member.mode & 0o755                # no set-id, sticky or group/other write
    if not for_data:
        return kept
    if member.isdir() or member.issym():
        return None                           # the system's default
    if not (member.isreg() or member.islnk()):
        raise SpecialFileError(member)
    if kept & 0o100:
        return kept | 0o600
    return (kept & ~0o111) | 0o600


def _safe_changes(member, dest_path, for_data):
    """The attribute changes the 'tar' (for_data False) or 'data' filter makes to
    `member`, or the FilterError it raises. As the documentation lists them: leading
    slashes go, the member must land inside the destination, permissions lose
    set-id/sticky bits and group/other write; 'data' also drops ownership, makes
    files owner-readable and -writable (executable only if the owner could), leaves
    directory and link modes alone, refuses devices and FIFOs, and refuses links that
    point outside the destination or to absolute paths."""
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(('/', os.sep)):
        name = changes['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, name))
    if not _inside(landing, root):
        raise OutsideDestinationError(member, landing)
    if member.mode is not None:
        mode = _allowed_mode(member, for_data)
        if mode != member.mode:
            changes['mode'] = mode
    if not for_data:
        return changes
    for owner_field in ('uid', 'gid', 'uname', 'gname'):
        if getattr(member, owner_field) is not None:
            changes[owner_field] = None
    if member.islnk() or member.issym():
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        base = os.path.join(root, os.path.dirname(name)) if member.issym() else root
        pointed = os.path.realpath(os.path.join(base, member.linkname))
        if not _inside(pointed, root):
            raise LinkOutsideDestinationError(member, pointed)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _safe_changes(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _safe_changes(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {"fully_trusted": fully_trusted_filter, "tar": tar_filter,
                  "data": data_filter}


for _error in (FilterError, AbsolutePathError, OutsideDestinationError, SpecialFileError,
               AbsoluteLinkError, LinkOutsideDestinationError):
    _error.__module__ = "tarfile"
for _function in (fully_trusted_filter, tar_filter, data_filter):
    _function.__module__ = "tarfile"


def _as_extract_error(call, message, *args):
    try:
        call(*args)
    except OSError as e:
        raise ExtractError(message) from e


# Which method makes each kind of member (any other supported kind is a file).
_MAKERS = {DIRTYPE: "makedir", FIFOTYPE: "makefifo", CHRTYPE: "makedev",
           BLKTYPE: "makedev", LNKTYPE: "makelink", SYMTYPE: "makelink"}


class _Extraction:
    """TarFile's extracting half (TarFile derives from it)."""

    def _get_filter_function(self, filter):
        """The filter function: the argument (a function or a filter's name), else
        the extraction_filter attribute, else fully_trusted (3.11's default)."""
        if filter is not None:
            if callable(filter):
                return filter
            if filter in _NAMED_FILTERS:
                return _NAMED_FILTERS[filter]
            raise ValueError(f"filter {filter!r} not found")
        default = self.extraction_filter
        if isinstance(default, str):
            raise TypeError('String names are not supported for '
                            'TarFile.extraction_filter. Use a function such as '
                            'tarfile.data_filter directly.')
        return fully_trusted_filter if default is None else default

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract every member (or those of `members`) under `path`. Directories get
        their times and permissions last, once their content is written."""
        choose = self._get_filter_function(filter)
        folders = []
        for member in self if members is None else members:
            member = self._get_extract_tarinfo(member, choose, path)
            if member is None:
                continue
            if member.isdir():
                folders.append(member)
            self._extract_one(member, path, set_attrs=not member.isdir(),
                              numeric_owner=numeric_owner)
        for member in sorted(folders, key=lambda m: m.name, reverse=True):
            where = os.path.join(path, member.name)
            try:
                self.chown(member, where, numeric_owner=numeric_owner)
                self.utime(member, where)
                self.chmod(member, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False,
                filter=None):
        """Extract one member (a name or TarInfo) under `path`."""
        choose = self._get_filter_function(filter)
        member = self._get_extract_tarinfo(member, choose, path)
        if member is not None:
            self._extract_one(member, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, choose, path):
        original = self.getmember(member) if isinstance(member, str) else member
        chosen = self._guarded(choose, original, path)
        if chosen is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if chosen.islnk():
            chosen = copy.copy(chosen)
            chosen._link_target = os.path.join(path, chosen.linkname)
        return chosen

    def _extract_one(self, member, path, set_attrs, numeric_owner):
        self._check("r")
        self._guarded(self._extract_member, member, os.path.join(path, member.name),
                      set_attrs=set_attrs, numeric_owner=numeric_owner)

    def _guarded(self, step, *args, **kwargs):
        """Run one extraction step under errorlevel: OSError and FilterError are
        raised from level 1, ExtractError from level 2; below that they are only
        reported (with debug) and the step gives None."""
        try:
            return step(*args, **kwargs)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        return None

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise e
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise e
        if not isinstance(e, OSError):
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))
        elif e.filename is None:
            self._dbg(1, "tarfile: %s" % e.strerror)
        else:
            self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        is_link = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if is_link
                  else tarinfo.name)
        if tarinfo.type not in SUPPORTED_TYPES:
            make = self.makeunknown
        else:
            make = getattr(self, _MAKERS.get(tarinfo.type, "makefile"))
        make(tarinfo, targetpath)
        if not set_attrs:
            return
        self.chown(tarinfo, targetpath, numeric_owner)
        if tarinfo.issym():
            return                    # a link's own mode and times are not set
        self.chmod(tarinfo, targetpath)
        self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        """Make the directory (an existing one will do)."""
        # Owner-only until its content is in; extractall sets the real mode after.
        mode = 0o777 if tarinfo.mode is None else 0o700
        try:
            os.mkdir(targetpath, mode)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Make a file called targetpath."""
        from tarfile import copyfileobj
        self.fileobj.seek(tarinfo.offset_data)
        with open(targetpath, "wb") as target:
            copyfileobj(self.fileobj, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        """A member of a kind this module does not know is written as a file."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file."
                  % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        """Make a fifo called targetpath."""
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        """Make a character or block device called targetpath."""
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = tarinfo.mode
        mode = 0o600 if mode is None else mode
        import stat
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Make a symbolic or hard link; where the system refuses, the target's
        content is extracted in its place."""
        try:
            if not tarinfo.issym():
                if os.path.exists(tarinfo._link_target):
                    return os.link(tarinfo._link_target, targetpath)
            else:
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                return os.symlink(tarinfo.linkname, targetpath)
        except OSError:
            pass
        try:
            self._extract_member(self._find_link_target(tarinfo), targetpath)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give the file the member's owner (by name unless numeric_owner), when
        running as root."""
        if not hasattr(os, "chown") or not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            from tarfile import _id_of
            uid = _id_of("pwd", "getpwnam", tarinfo.uname, uid)
            gid = _id_of("grp", "getgrnam", tarinfo.gname, gid)
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        change = os.lchown if tarinfo.issym() and hasattr(os, "lchown") else os.chown
        _as_extract_error(change, "could not change owner", targetpath, uid, gid)

    def chmod(self, tarinfo, targetpath):
        """Give the file the member's permission bits (unless a filter dropped them)."""
        if tarinfo.mode is not None:
            _as_extract_error(os.chmod, "could not change mode", targetpath, tarinfo.mode)

    def utime(self, tarinfo, targetpath):
        """Give the file the member's modification time (as its access time too)."""
        if tarinfo.mtime is not None:
            _as_extract_error(os.utime, "could not change modification time", targetpath,
                              (tarinfo.mtime, tarinfo.mtime))
