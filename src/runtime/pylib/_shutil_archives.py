"""shutil's archive functions: make_archive/unpack_archive over zipfile and tarfile,
and the registries of archive and unpack formats."""

# Written for coro from the shutil documentation ("Archiving operations") and
# python3's observed behaviour. shutil re-exports every public name here. It is not:
# the xztar format (coro has no lzma module, so it is not registered, as in a CPython
# built without it).

import errno
import os
import stat


def _shutil():
    import shutil
    return shutil


def _account_id(module_name, lookup, name):
    if name is None:
        return None
    try:
        return getattr(__import__(module_name), lookup)(name)[2]
    except (ImportError, KeyError):
        return None


def _prepare_folder(archive_name, dry_run, logger):
    folder = os.path.dirname(archive_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)


_TAR_COMPRESSIONS = {None: ("", ""), "gzip": ("gz", ".gz"), "bzip2": ("bz2", ".bz2")}


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None,
                  group=None, logger=None, root_dir=None):
    """Write base_name.tar (+ .gz) holding base_dir (relative to root_dir)."""
    if compress not in _TAR_COMPRESSIONS:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    mode_suffix, extension = _TAR_COMPRESSIONS[compress]
    archive_name = base_name + ".tar" + extension
    _prepare_folder(archive_name, dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid = _account_id("pwd", "getpwnam", owner)
    gid = _account_id("grp", "getgrnam", group)

    def owned(member):
        if gid is not None:
            member.gid, member.gname = gid, group
        if uid is not None:
            member.uid, member.uname = uid, owner
        return member

    if not dry_run:
        import tarfile
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        with tarfile.open(archive_name, "w|" + mode_suffix) as archive:
            archive.add(source, base_dir, filter=owned)
    return archive_name if root_dir is None else os.path.abspath(archive_name)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
                  group=None, root_dir=None):
    """Write base_name.zip (deflated) holding base_dir (relative to root_dir)."""
    archive_name = base_name + ".zip"
    _prepare_folder(archive_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", archive_name, base_dir)
    if not dry_run:
        import zipfile
        with zipfile.ZipFile(archive_name, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            _zip_tree(zf, base_dir, root_dir, logger)
    return archive_name if root_dir is None else os.path.abspath(archive_name)


def _zip_tree(zf, base_dir, root_dir, logger):
    top_name = os.path.normpath(base_dir)
    top = os.path.normpath(base_dir if root_dir is None
                           else os.path.join(root_dir, base_dir))

    def add(path, name):
        zf.write(path, name)
        if logger is not None:
            logger.info("adding '%s'", name)

    if top_name != os.curdir:
        add(top, top_name)
    for folder, subfolders, files in os.walk(top):
        inside = folder if root_dir is None else os.path.relpath(folder, root_dir)
        inside = os.path.normpath(inside)
        for name in sorted(subfolders):
            add(os.path.join(folder, name), os.path.join(inside, name))
        for name in files:
            path = os.path.normpath(os.path.join(folder, name))
            if os.path.isfile(path):
                add(path, os.path.join(inside, name))


_make_tarball.supports_root_dir = True
_make_zipfile.supports_root_dir = True

_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """(name, description) of every archive format make_archive knows, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Let make_archive(format=name) call function(base_name, base_dir, **options),
    with extra_args's (name, value) pairs among the options."""
    extra_args = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    if any(not isinstance(pair, (tuple, list)) or len(pair) != 2 for pair in extra_args):
        raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Create an archive file (zip, tar, gztar or a registered format) named
    base_name + its extension, of base_dir (default: everything) under root_dir
    (default: the current directory). Returns the archive's name."""
    try:
        function, extra_args, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    options = {'dry_run': dry_run, 'logger': logger}
    options.update(extra_args)
    if format != 'zip':
        options['owner'], options['group'] = owner, group
    previous_cwd = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        if getattr(function, 'supports_root_dir', False):
            options['root_dir'] = root_dir
        else:
            # Other formats' functions work from inside root_dir.
            previous_cwd = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return function(base_name, os.curdir if base_dir is None else base_dir, **options)
    finally:
        if previous_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", previous_cwd)
            os.chdir(previous_cwd)


def _unpack_zipfile(filename, extract_dir):
    """Unpack a zip file, leaving out members with absolute names or '..' in them."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise _shutil().ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            folder = os.path.dirname(target)
            if not os.path.isdir(folder):
                os.makedirs(folder)
            if not name.endswith('/'):
                with archive.open(name, 'r') as source, open(target, 'wb') as sink:
                    _shutil().copyfileobj(source, sink)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Unpack a tar file, compressed or not, through `filter`."""
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise _shutil().ReadError(
            "%s is not a compressed or uncompressed tar file" % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


_UNPACK_FORMATS = {
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
}

try:
    import bz2 as _bz2_present  # noqa: F401  (bztar needs it)
except ImportError:
    pass
else:
    _ARCHIVE_FORMATS['bztar'] = (_make_tarball, [('compress', 'bzip2')],
                                 "bzip2'ed tar-file")
    _UNPACK_FORMATS['bztar'] = (['.tar.bz2', '.tbz2'], _unpack_tarfile, [],
                                "bzip2'ed tar-file")
    del _bz2_present


def get_unpack_formats():
    """(name, extensions, description) of every unpack format, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Let unpack_archive call function(filename, extract_dir, **extra_args) for files
    with one of `extensions`."""
    extra_args = [] if extra_args is None else extra_args
    owners = {ext: fmt for fmt, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for extension in extensions:
        if extension in owners:
            raise _shutil().RegistryError('%s is already registered for "%s"'
                                          % (extension, owners[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive into extract_dir (default: the current directory); its format
    is named or found from the file name's extension. `filter` goes to tarfile."""
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        format = next((name for name, entry in _UNPACK_FORMATS.items()
                       if any(filename.endswith(ext) for ext in entry[0])), None)
        if format is None:
            raise _shutil().ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, function, extra_args, _ = _UNPACK_FORMATS[format]
    options = dict(extra_args)
    if filter is not None:
        options['filter'] = filter
    function(filename, extract_dir, **options)
