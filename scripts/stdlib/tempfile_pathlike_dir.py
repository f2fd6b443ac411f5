# tempfile takes a path-like dir (a pathlib.Path) as the str it stands for.
import tempfile, pathlib, os
d = pathlib.Path(tempfile.mkdtemp())
with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=d, delete=False) as tf:
    print(os.path.dirname(tf.name) == str(d), tf.name.endswith(".csv"), type(tf.name).__name__)
print(os.path.dirname(tempfile.mkstemp(dir=d)[1]) == str(d), type(tempfile.mkdtemp(dir=d)).__name__)
with tempfile.TemporaryDirectory(dir=d) as t:
    print(os.path.dirname(t) == str(d))
print(type(tempfile.mkdtemp(dir=os.fsencode(d))).__name__)
for args in [dict(prefix=b"x", dir=d), dict(suffix="s", dir=os.fsencode(d))]:
    try:
        tempfile.mkstemp(**args)
    except TypeError as e:
        print(e)
import shutil; shutil.rmtree(d)
