"""Guess the MIME type of a file from its name, and file extensions from MIME types.

guess_type(url, strict=True), guess_extension(type), guess_all_extensions(type),
add_type(type, ext), init(files), read_mime_types(file) and the MimeTypes class. The
built-in table is CPython 3.11's; like CPython, init() adds the system's mime.types
files (those of `knownfiles` that exist).
"""

# Written for coro from the mimetypes documentation and python3's observed behaviour;
# the default table below holds the same facts as CPython 3.11's, in its order (which
# decides guess_extension's answers). It is not: the Windows registry (there is none
# here), the command line.

import os
import posixpath

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions",
           "guess_extension", "add_type", "init", "read_mime_types", "suffix_map",
           "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# "type extension" per line, in CPython 3.11's order. The strict table: registered
# types, and de-facto ones.
_STANDARD = """
application/javascript js
application/javascript mjs
application/json json
application/manifest+json webmanifest
application/msword doc
application/msword dot
application/msword wiz
application/n-quads nq
application/n-triples nt
application/octet-stream bin
application/octet-stream a
application/octet-stream dll
application/octet-stream exe
application/octet-stream o
application/octet-stream obj
application/octet-stream so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ps
application/postscript ai
application/postscript eps
application/trig trig
application/vnd.apple.mpegurl m3u
application/vnd.apple.mpegurl m3u8
application/vnd.ms-excel xls
application/vnd.ms-excel xlb
application/vnd.ms-powerpoint ppt
application/vnd.ms-powerpoint pot
application/vnd.ms-powerpoint ppa
application/vnd.ms-powerpoint pps
application/vnd.ms-powerpoint pwz
application/wasm wasm
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-hdf5 h5
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf
application/x-netcdf nc
application/x-pkcs12 p12
application/x-pkcs12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc
application/x-python-code pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi
application/x-texinfo texinfo
application/x-troff roff
application/x-troff t
application/x-troff tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml xsl
application/xml rdf
application/xml wsdl
application/xml xpdl
application/zip zip
audio/3gpp 3gp
audio/3gpp 3gpp
audio/3gpp2 3g2
audio/3gpp2 3gpp2
audio/aac aac
audio/aac adts
audio/aac loas
audio/aac ass
audio/basic au
audio/basic snd
audio/mpeg mp3
audio/mpeg mp2
audio/opus opus
audio/x-aiff aif
audio/x-aiff aifc
audio/x-aiff aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/avif avif
image/bmp bmp
image/gif gif
image/ief ief
image/jpeg jpg
image/jpeg jpe
image/jpeg jpeg
image/heic heic
image/heif heif
image/png png
image/svg+xml svg
image/tiff tiff
image/tiff tif
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml
message/rfc822 mht
message/rfc822 mhtml
message/rfc822 nws
text/css css
text/csv csv
text/html html
text/html htm
text/n3 n3
text/plain txt
text/plain bat
text/plain c
text/plain h
text/plain ksh
text/plain pl
text/plain srt
text/richtext rtx
text/tab-separated-values tsv
text/vtt vtt
text/x-python py
text/x-setext etx
text/x-sgml sgm
text/x-sgml sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg mpeg
video/mpeg m1v
video/mpeg mpa
video/mpeg mpe
video/mpeg mpg
video/quicktime mov
video/quicktime qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# Types that are common but not standard (found only with strict=False).
_COMMON = """
application/rtf rtf
audio/midi midi
audio/midi mid
image/jpg jpg
image/pict pict
image/pict pct
image/pict pic
image/webp webp
text/xul xul
"""


def _pairs(text):
    """(extension with its dot, type) for each line of a table above."""
    for line in text.split("\n"):
        if line:
            kind, extension = line.split()
            yield "." + extension, kind


def _default_mime_types():
    """Set the module's tables to the built-in ones."""
    global suffix_map, encodings_map, types_map, common_types
    global _suffix_map_default, _encodings_map_default, _types_map_default
    global _common_types_default
    # Suffixes that stand for a double extension.
    _suffix_map_default = {".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz",
                           ".tz": ".tar.gz", ".tbz2": ".tar.bz2", ".txz": ".tar.xz"}
    # Extensions that name a compression (the type is the rest's).
    _encodings_map_default = {".gz": "gzip", ".Z": "compress", ".bz2": "bzip2",
                              ".xz": "xz", ".br": "br"}
    _types_map_default = dict(_pairs(_STANDARD))
    _common_types_default = dict(_pairs(_COMMON))
    suffix_map = _suffix_map_default.copy()
    encodings_map = _encodings_map_default.copy()
    types_map = _types_map_default.copy()
    common_types = _common_types_default.copy()


class MimeTypes:
    """A database of MIME types: the built-in table, plus the files given (in the
    mime.types format) and what add_type adds. Each table has a strict half (the
    standard types) and a lenient one (common extras)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})           # extension -> type: lenient, strict
        self.types_map_inv = ({}, {})       # type -> extensions: lenient, strict
        for extension, kind in _types_map_default.items():
            self.add_type(kind, extension, True)
        for extension, kind in _common_types_default.items():
            self.add_type(kind, extension, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` (with its dot) to `type`, in the strict table or the
        lenient one; the extension also becomes one of the type's."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) guessed from a file name, path or URL's extension; either
        is None when unknown. data: URLs give their declared type."""
        url = os.fspath(url)
        scheme, colon, rest = url.partition(":")
        if colon and scheme and "/" not in scheme and scheme.lower() == "data":
            return self._data_url_type(rest)
        if colon and scheme and "/" not in scheme:
            url = rest
        base, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        for table in (self.types_map[True],) if strict else self.types_map[::-1]:
            for key in (ext, ext.lower()):
                if key in table:
                    return table[key], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        # data:[<mediatype>][;base64],<data> (RFC 2397); no media type means text/plain.
        comma = rest.find(",")
        if comma < 0:
            return None, None
        semicolon = rest.find(";", 0, comma)
        kind = rest[:semicolon if semicolon >= 0 else comma]
        if "=" in kind or "/" not in kind:
            kind = "text/plain"
        return kind, None

    def guess_all_extensions(self, type, strict=True):
        """The extensions known for `type` (strict ones first), with their dots."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, [])
                      if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for `type`, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the types of a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the types of an open mime.types file: "type ext ext..." lines, '#'
        starting a comment."""
        for line in iter(fp.readline, ""):
            words = []
            for word in line.split():
                if word.startswith("#"):
                    break
                words.append(word)
            for extension in words[1:]:
                self.add_type(words[0], "." + extension, strict)

    def read_windows_registry(self, strict=True):
        """Add the types the Windows registry knows (nothing elsewhere)."""
        return None


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) of a file name or URL; see MimeTypes.guess_type."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """The extensions known for MIME type `type`."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension known for MIME type `type`, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Map extension `ext` to MIME type `type` in the module's database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's database: the built-in table and the `knownfiles`
    that exist, plus `files`; with files only, they are added to the current one."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type table of a mime.types file, or None if it cannot be
    opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


_default_mime_types()
