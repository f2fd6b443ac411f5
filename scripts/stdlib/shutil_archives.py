# shutil.make_archive and unpack_archive for the zip, tar and gztar formats, with
# root_dir/base_dir, the registries, dry_run, and the errors.
import os
import shutil
import tarfile
import zipfile

folder = "/tmp/coro_shutil_archives_%d" % os.getpid()
src = os.path.join(folder, "tree")
os.makedirs(os.path.join(src, "pkg", "sub"))
os.makedirs(os.path.join(src, "empty"))
try:
    with open(os.path.join(src, "top.txt"), "w") as f:
        f.write("top\n")
    with open(os.path.join(src, "pkg", "mod.py"), "w") as f:
        f.write("x = 1\n" * 50)
    with open(os.path.join(src, "pkg", "sub", "data.bin"), "wb") as f:
        f.write(bytes(range(256)))

    for fmt in ["zip", "tar", "gztar"]:
        made = shutil.make_archive(os.path.join(folder, "out_" + fmt), fmt, root_dir=src)
        print(fmt, os.path.relpath(made, folder), os.path.isabs(made))
        if fmt == "zip":
            with zipfile.ZipFile(made) as z:
                print("   ", sorted(z.namelist()))
        else:
            with tarfile.open(made) as t:
                print("   ", sorted(t.getnames()))
        target = os.path.join(folder, "unpacked_" + fmt)
        shutil.unpack_archive(made, target)
        for dirpath, dirnames, filenames in sorted(os.walk(target)):
            print("   ", os.path.relpath(dirpath, target), sorted(dirnames), sorted(filenames))
        with open(os.path.join(target, "pkg", "sub", "data.bin"), "rb") as f:
            print("   ", f.read() == bytes(range(256)))

    made = shutil.make_archive(os.path.join(folder, "only_pkg"), "zip", root_dir=src,
                               base_dir="pkg")
    with zipfile.ZipFile(made) as z:
        print(sorted(z.namelist()))
    made = shutil.make_archive(os.path.join(folder, "owned"), "tar", root_dir=src,
                               base_dir="pkg", owner="root", group="root")
    with tarfile.open(made) as t:
        print(sorted((m.name, m.uname, m.gname, m.uid, m.gid) for m in t))
    cwd = os.getcwd()
    os.chdir(src)
    try:
        made = shutil.make_archive(os.path.join(folder, "from_cwd"), "tar")
        with tarfile.open(made) as t:
            print(sorted(t.getnames()))
    finally:
        os.chdir(cwd)
    print(shutil.make_archive(os.path.join(folder, "dry"), "zip", root_dir=src, dry_run=True)
          .endswith("dry.zip"), os.path.exists(os.path.join(folder, "dry.zip")))
    shutil.unpack_archive(os.path.join(folder, "out_gztar.tar.gz"),
                          os.path.join(folder, "by_format"), format="gztar", filter="data")
    print(sorted(os.listdir(os.path.join(folder, "by_format"))))

    # Registries.
    calls = []

    def fake(base_name, base_dir, **kwargs):
        calls.append((os.path.basename(base_name), base_dir, sorted(kwargs)))
        return "fake-result"

    shutil.register_archive_format("fake", fake, [("extra", 1)], "a fake format")
    print(("fake", "a fake format") in shutil.get_archive_formats())
    print(shutil.make_archive(os.path.join(folder, "f"), "fake", root_dir=src), calls)
    shutil.unregister_archive_format("fake")
    print(("fake", "a fake format") in shutil.get_archive_formats())

    def unpack_fake(filename, extract_dir, **kwargs):
        print("unpack_fake", os.path.basename(filename), kwargs)

    shutil.register_unpack_format("fakeu", [".fk"], unpack_fake, [("opt", 2)], "fake")
    shutil.unpack_archive(os.path.join(folder, "thing.fk"), folder)
    try:
        shutil.register_unpack_format("again", [".zip"], unpack_fake)
    except shutil.RegistryError as e:
        print("RegistryError:", e)
    shutil.unregister_unpack_format("fakeu")
    print([f for f in shutil.get_unpack_formats() if f[0] in ("zip", "tar", "gztar")])

    for call in [lambda: shutil.make_archive(os.path.join(folder, "x"), "rar"),
                 lambda: shutil.unpack_archive(os.path.join(folder, "x.rar")),
                 lambda: shutil.unpack_archive(os.path.join(folder, "x.zip"), format="rar"),
                 lambda: shutil.register_archive_format("bad", 3),
                 lambda: shutil.register_archive_format("bad", fake, "notalist"),
                 lambda: shutil.register_archive_format("bad", fake, [(1, 2, 3)]),
                 lambda: shutil.make_archive(os.path.join(folder, "x"), "zip",
                                             root_dir=os.path.join(src, "top.txt"))]:
        try:
            call()
        except Exception as e:
            print(type(e).__name__, str(e).replace(folder, "<dir>"))
    with open(os.path.join(folder, "fake.zip"), "w") as f:
        f.write("not a zip")
    with open(os.path.join(folder, "fake.tar"), "w") as f:
        f.write("not a tar")
    for name in ["fake.zip", "fake.tar"]:
        try:
            shutil.unpack_archive(os.path.join(folder, name), os.path.join(folder, "z"))
        except shutil.ReadError as e:
            print("ReadError:", str(e).replace(folder, "<dir>"))
finally:
    shutil.rmtree(folder)
print(os.path.exists(folder))
