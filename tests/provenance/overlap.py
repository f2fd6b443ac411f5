"""How much of each Python-written module in src/runtime/pylib/ is CPython's Lib/ text.

Each embedded module (as `src/runtime/pylib/mod.rs` lists it: `"name" => include_str!(...)`)
is compared with its CPython counterpart(s) in the stdlib directory of the `python3` that
runs this script. Lines are compared after stripping indentation and trailing space;
blank lines and comment-only lines are dropped. A line of ours counts as overlapping when
it lies inside a run of at least WINDOW consecutive lines that also occurs, identically and
consecutively, anywhere in a counterpart file (order and position do not matter, so moving
copied blocks around does not hide them). The share is overlapping lines / our lines.

It is not a similarity judge: a public name, a signature or an error message alone never
makes a run of WINDOW lines, but a table of facts (entity names, `__all__`) can.

Usage: overlap.py [--tsv] [--repo DIR] [--window N] [MODULE...]
  default output is a table sorted by share; --tsv prints `module<TAB>share<TAB>lines
  <TAB>overlapping<TAB>longest<TAB>counterparts` for tests/provenance.rs to read.
"""

import os
import re
import sys
import sysconfig

WINDOW = 4

# Modules of ours whose CPython text lives in a differently named file (helpers split
# out of a bigger module, or a C module's Python fallback). Paths are under Lib/.
EXTRA_COUNTERPARTS = {
    "_ast_unparse": ["ast.py"],
    "_collections_user": ["collections/__init__.py"],
    "_decimal_context": ["_pydecimal.py"],
    "_decimal_format": ["_pydecimal.py"],
    "_decimal_math": ["_pydecimal.py"],
    "decimal": ["_pydecimal.py"],
    "_inspect_signature": ["inspect.py"],
    "_typing_extras": ["typing.py"],
    "_frozen_importlib": ["importlib/_bootstrap.py", "importlib/_bootstrap_external.py"],
    "_csv": ["csv.py"],
    "_codecs": ["codecs.py"],
    "_structseq": ["collections/__init__.py"],
    "_frame": ["inspect.py", "traceback.py"],
    "_sys_info": ["platform.py", "sysconfig.py"],
    "_unittest_asserts": ["unittest/case.py"],
    "_unittest_result": ["unittest/result.py", "unittest/runner.py"],
    "_unittest_run": ["unittest/runner.py", "unittest/main.py", "unittest/loader.py",
                      "unittest/suite.py"],
    "_unittest_mock_magic": ["unittest/mock.py"],
    "_unittest_mock_patch": ["unittest/mock.py"],
    "unittest": ["unittest/case.py", "unittest/result.py", "unittest/runner.py",
                 "unittest/main.py", "unittest/loader.py", "unittest/suite.py",
                 "unittest/util.py"],
    "unittest.__main__": ["unittest/main.py"],
    "collections.abc": ["_collections_abc.py"],
    "concurrent.futures": ["concurrent/futures/_base.py"],
    "os": ["genericpath.py"],
    "posixpath": ["genericpath.py"],
    "array": [],
    "zlib": ["gzip.py"],
    "sqlite3": ["sqlite3/dbapi2.py", "sqlite3/dump.py"],
    "dbm": ["dbm/__init__.py"],
    "dbm.dumb": ["dbm/dumb.py"],
    "zoneinfo": ["zoneinfo/_common.py", "zoneinfo/_tzpath.py", "zoneinfo/_zoneinfo.py"],
    "select": ["selectors.py"],
    "_email_mime": ["email/mime/base.py", "email/mime/nonmultipart.py",
                    "email/mime/multipart.py", "email/mime/text.py",
                    "email/mime/application.py", "email/mime/message.py",
                    "email/encoders.py"],

    "_xml_etree_path": ["xml/etree/ElementPath.py"],
    "_xml_etree_parse": ["xml/etree/ElementTree.py"],
    "_xml_etree_write": ["xml/etree/ElementTree.py"],
    "_xml_minidom_doc": ["xml/dom/minidom.py"],
    "_xml_minidom_node": ["xml/dom/minidom.py", "xml/dom/minicompat.py"],
    "_xml_minidom_build": ["xml/dom/expatbuilder.py", "xml/dom/minidom.py"],
    "xml.dom.minidom": ["xml/dom/minicompat.py"],
    "xml.sax": ["xml/sax/__init__.py"],

    "_zipfile_path": ["zipfile.py"],
    "_zipinfo": ["zipfile.py"],
    "_zipfile_streams": ["zipfile.py"],
    "_optparse_help": ["optparse.py"],
    "_tarinfo": ["tarfile.py"],
    "_tarfile_extract": ["tarfile.py"],
    "_shutil_archives": ["shutil.py"],
}

ENTRY = re.compile(r'"([\w.]+)"\s*=>\s*include_str!\("([^"]+)"\)')


def significant_lines(path):
    """The lines that carry code: stripped, without blanks and comment-only lines."""
    with open(path, encoding="utf-8", errors="replace") as f:
        stripped = (line.strip() for line in f)
        return [line for line in stripped if line and not line.startswith("#")]


def embedded_modules(repo):
    """(module name, path of our source) for every entry of pylib/mod.rs."""
    pylib = os.path.join(repo, "src", "runtime", "pylib")
    with open(os.path.join(pylib, "mod.rs"), encoding="utf-8") as f:
        listing = f.read()
    return [(name, os.path.join(pylib, file)) for name, file in ENTRY.findall(listing)]


def counterparts(name, stdlib):
    """The CPython files our module `name` may have been taken from (those that exist)."""
    stem = os.path.join(stdlib, *name.split("."))
    candidates = [stem + ".py", os.path.join(stem, "__init__.py")]
    candidates += [os.path.join(stdlib, p) for p in EXTRA_COUNTERPARTS.get(name, [])]
    found = []
    for path in candidates:
        if os.path.isfile(path) and path not in found:
            found.append(path)
    return found


def windows(lines, width):
    return {tuple(lines[i:i + width]) for i in range(len(lines) - width + 1)}


def measure(ours, theirs_files, width):
    """(overlapping line count, longest stretch of overlapping lines) of `ours`."""
    known = set()
    for path in theirs_files:
        known |= windows(significant_lines(path), width)
    covered = [False] * len(ours)
    for i in range(len(ours) - width + 1):
        if tuple(ours[i:i + width]) in known:
            for j in range(i, i + width):
                covered[j] = True
    longest = stretch = 0
    for flag in covered:
        stretch = stretch + 1 if flag else 0
        longest = max(longest, stretch)
    return sum(covered), longest


def report(repo, stdlib, width, only):
    rows = []
    for name, path in embedded_modules(repo):
        if only and name not in only and os.path.basename(path) not in only:
            continue
        ours = significant_lines(path)
        theirs = counterparts(name, stdlib)
        overlapping, longest = measure(ours, theirs, width)
        share = 100.0 * overlapping / len(ours) if ours else 0.0
        shown = [os.path.relpath(p, stdlib) for p in theirs]
        rows.append((name, round(share, 1), len(ours), overlapping, longest, shown))
    rows.sort(key=lambda row: (-row[1], row[0]))
    return rows


def main(argv):
    tsv = False
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    width = WINDOW
    only = []
    args = iter(argv)
    for arg in args:
        if arg == "--tsv":
            tsv = True
        elif arg == "--repo":
            repo = next(args)
        elif arg == "--window":
            width = int(next(args))
        elif arg.startswith("-"):
            sys.exit(f"overlap.py: unknown option {arg}\n{__doc__}")
        else:
            only.append(arg)
    stdlib = sysconfig.get_paths()["stdlib"]
    rows = report(repo, stdlib, width, only)
    if tsv:
        for name, share, total, overlapping, longest, shown in rows:
            print(f"{name}\t{share:.1f}\t{total}\t{overlapping}\t{longest}\t{','.join(shown) or '-'}")
        return
    print(f"CPython Lib: {stdlib} (runs of >= {width} identical lines)")
    print(f"{'module':32} {'share':>6} {'lines':>6} {'copied':>6} {'longest':>7}  counterpart")
    for name, share, total, overlapping, longest, shown in rows:
        print(f"{name:32} {share:5.1f}% {total:6} {overlapping:6} {longest:7}  "
              f"{', '.join(shown) or '-'}")


if __name__ == "__main__":
    main(sys.argv[1:])
