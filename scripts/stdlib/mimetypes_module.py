# mimetypes: guess_type (suffix and encoding maps, data: URLs, strict and lenient),
# guess_extension/guess_all_extensions, add_type, the module tables before and after
# init, MimeTypes instances and read_mime_types.
import mimetypes
import os

print(mimetypes.inited, len(mimetypes.types_map) > 100, mimetypes.suffix_map[".tgz"],
      mimetypes.encodings_map[".gz"], mimetypes.common_types[".jpg"])
for name in ["index.html", "photo.JPG", "archive.tar.gz", "data.tgz", "x.svgz", "notes.txt",
             "script.js", "style.css", "a.json", "b.py", "c.PDF", "noext", "dir/file.png",
             "http://example.com/page.htm?q=1", "file:///tmp/x.xml", "song.mp3", "movie.mp4",
             "x.tar.Z", "x.rtf", "x.midi", "x.pict", "font.woff2", "a.webp", "x.unknownext",
             "data:,Hello", "data:text/html;base64,PGI+", "data:;charset=utf-8,x",
             "data:foo=bar,x", "data:nocomma", "archive.tar.bz2", "README", ".bashrc"]:
    print(repr(name), mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False))
print(mimetypes.inited)
for mime in ["text/html", "image/jpeg", "application/json", "text/plain", "image/JPEG",
             "application/octet-stream", "text/x-python", "audio/mpeg", "no/such",
             "application/javascript", "text/xml", "image/svg+xml"]:
    print(mime, mimetypes.guess_extension(mime), mimetypes.guess_extension(mime, strict=False),
          mimetypes.guess_all_extensions(mime)[:4])
mimetypes.add_type("application/x-coro", ".coro")
mimetypes.add_type("application/x-lenient", ".len", strict=False)
print(mimetypes.guess_type("a.coro"), mimetypes.guess_type("a.len"),
      mimetypes.guess_type("a.len", False), mimetypes.guess_extension("application/x-coro"))

db = mimetypes.MimeTypes()
db.add_type("text/x-mine", ".mine")
print(db.guess_type("f.mine"), mimetypes.guess_type("f.mine"), db.guess_type("f.coro"))
folder = "/tmp/coro_mimetypes_%d" % os.getpid()
os.makedirs(folder)
try:
    path = os.path.join(folder, "my.types")
    with open(path, "w") as f:
        f.write("# comment line\ntext/x-one one uno\n\napplication/x-two two # trailing\n")
    print(sorted((k, v) for k, v in mimetypes.read_mime_types(path).items()
                 if v.startswith(("text/x-one", "application/x-two"))))
    print(mimetypes.read_mime_types(os.path.join(folder, "missing.types")))
    db2 = mimetypes.MimeTypes([path])
    print(db2.guess_type("a.uno"), db2.guess_extension("text/x-one"))
    db3 = mimetypes.MimeTypes()
    db3.read(path, strict=False)
    print(db3.guess_type("a.two"), db3.guess_type("a.two", strict=False))
    mimetypes.init([path])
    print(mimetypes.guess_type("z.one"), mimetypes.guess_type("a.coro"))
finally:
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)
