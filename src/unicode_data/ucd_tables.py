"""Builds ucd.rs for generate.py: the per-code-point Unicode properties CPython 3.11's str
methods and unicodedata module answer from, read off this python3's own unicodedata and
str methods (so the tables agree with CPython by construction).

Every code point maps to a record (category, bidirectional class, combining class, East
Asian width, flags, case mappings, digit value); identical records are stored once, and a
two-level index (block of the code point, then offset within the block) finds a code
point's record. Case mappings that are one character are stored as the distance to it, so
that the many letters mapping one block onto another share a record; longer mappings
('ß'.upper() is 'SS') index a table of strings.
"""

import unicodedata

CATEGORIES = [
    "Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd",
    "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf",
    "Cs", "Co",
]
BIDI = [
    "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
    "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI",
]
WIDTHS = ["N", "A", "H", "W", "F", "Na"]

# Flag bits, mirrored by the constants in the generated Rust.
FLAGS = [
    "ALPHA", "DECIMAL", "DIGIT", "NUMERIC", "LOWER", "UPPER", "CASED", "CASE_IGNORABLE",
    "SPACE", "PRINTABLE", "XID_START", "XID_CONTINUE", "TITLE", "MIRRORED",
    "EXT_LOWER", "EXT_UPPER", "EXT_TITLE", "EXT_FOLD",
]
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}


def case_ignorable(ch, cased):
    """Case_Ignorable, as str.lower()'s final-sigma rule sees it: an ignorable character
    between a cased letter and 'Σ' keeps the sigma final; after a final 'Σ' an ignorable
    cased character is skipped rather than ending the word."""
    if cased:
        return ("AΣ" + ch).lower()[1] == "ς"
    return ("A" + ch + "Σ").lower()[-1] == "ς"


def properties(c, extended):
    ch = chr(c)
    flags = 0
    category = unicodedata.category(ch)
    lower_prop = ch.islower()
    upper_prop = ch.isupper()
    cased = lower_prop or upper_prop or category == "Lt"
    tests = {
        "ALPHA": ch.isalpha(),
        "DECIMAL": ch.isdecimal(),
        "DIGIT": ch.isdigit(),
        "NUMERIC": ch.isnumeric(),
        "LOWER": lower_prop,
        "UPPER": upper_prop,
        "CASED": cased,
        "CASE_IGNORABLE": case_ignorable(ch, cased),
        "SPACE": ch.isspace(),
        "PRINTABLE": ch.isprintable(),
        "XID_START": ch.isidentifier(),
        "XID_CONTINUE": ("a" + ch).isidentifier(),
        "TITLE": category == "Lt",
        "MIRRORED": unicodedata.mirrored(ch) == 1,
    }
    for name, present in tests.items():
        if present:
            flags |= BIT[name]
    mappings = []
    for name, mapped in (
        ("LOWER", ch.lower()),
        ("UPPER", ch.upper()),
        ("TITLE", ch.title()),
        ("FOLD", ch.casefold()),
    ):
        if len(mapped) == 1:
            mappings.append(ord(mapped) - c)
        else:
            flags |= BIT["EXT_" + name]
            mappings.append(extended.setdefault(mapped, len(extended)))
    return (
        CATEGORIES.index(category),
        BIDI.index(unicodedata.bidirectional(ch)),
        unicodedata.combining(ch),
        WIDTHS.index(unicodedata.east_asian_width(ch)),
        flags,
        *mappings,
        unicodedata.digit(ch, -1),
    )


def rust_str(text):
    return '"' + "".join(f"\\u{{{ord(c):x}}}" for c in text) + '"'


def rows(items, per_line):
    items = list(items)
    return "".join(
        "    " + " ".join(items[i : i + per_line]) + "\n" for i in range(0, len(items), per_line)
    )


def two_level(record_of, shift):
    """(first-level, second-level) index arrays for blocks of 1 << shift code points."""
    size = 1 << shift
    blocks, first = {}, []
    for start in range(0, 0x110000, size):
        block = tuple(record_of[start : start + size])
        first.append(blocks.setdefault(block, len(blocks)))
    second = [r for block in blocks for r in block]
    return first, second


def ucd(header):
    extended = {}
    records, record_of = {}, []
    for c in range(0x110000):
        props = properties(c, extended)
        record_of.append(records.setdefault(props, len(records)))
    assert len(records) < 1 << 16
    shift = min(range(4, 11), key=lambda s: sum(map(len, two_level(record_of, s))))
    first, second = two_level(record_of, shift)
    assert max(first) < 1 << 16

    numeric = [
        (c, unicodedata.numeric(chr(c)))
        for c in range(0x110000)
        if unicodedata.numeric(chr(c), None) is not None
    ]
    decompositions = [
        (c, unicodedata.decomposition(chr(c)))
        for c in range(0x110000)
        if unicodedata.decomposition(chr(c))
    ]
    # Primary composites: canonical pairs that NFC recomposes (the composition
    # exclusions and the non-starter decompositions are exactly the pairs it does not).
    compose = []
    for c, decomposition in decompositions:
        parts = decomposition.split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            pair = "".join(chr(int(p, 16)) for p in parts)
            if unicodedata.normalize("NFC", pair) == chr(c):
                compose.append((int(parts[0], 16), int(parts[1], 16), c))
    compose.sort()

    record_rows = rows(
        (
            f"Record {{ category: {r[0]}, bidi: {r[1]}, combining: {r[2]}, width: {r[3]}, "
            f"flags: {r[4]:#x}, lower: {r[5]}, upper: {r[6]}, title: {r[7]}, fold: {r[8]}, "
            f"digit: {r[9]} }},"
            for r in records
        ),
        1,
    )
    flag_consts = "".join(
        f"pub const {name}: u32 = {bit:#x};\n" for name, bit in BIT.items()
    )
    quoted = lambda names: ", ".join(f'"{n}"' for n in names)  # noqa: E731
    return (
        "//! Every code point's Unicode properties (Unicode "
        f"{unicodedata.unidata_version}), as CPython 3.11's str methods and\n"
        "//! unicodedata module see them: records deduplicated and found through a two-level\n"
        "//! index; numeric values, decompositions and canonical composition pairs beside.\n"
        f"//! {header}\n\n"
        "/// One code point's properties. Case mappings are the distance to the single mapped\n"
        "/// character, or (with the matching `EXT_*` flag) an index into `EXTENDED_CASES`.\n"
        "#[derive(Clone, Copy, Debug)]\n"
        "pub struct Record {\n"
        "    pub category: u8,\n    pub bidi: u8,\n    pub combining: u8,\n    pub width: u8,\n"
        "    pub flags: u32,\n    pub lower: i32,\n    pub upper: i32,\n    pub title: i32,\n"
        "    pub fold: i32,\n    pub digit: i8,\n"
        "}\n\n"
        f"{flag_consts}\n"
        "/// Category names, indexed by `Record::category`.\n"
        "#[rustfmt::skip]\n"
        f"pub const CATEGORY_NAMES: [&str; {len(CATEGORIES)}] = [{quoted(CATEGORIES)}];\n"
        "/// Bidirectional class names, indexed by `Record::bidi`.\n"
        "#[rustfmt::skip]\n"
        f"pub const BIDI_NAMES: [&str; {len(BIDI)}] = [{quoted(BIDI)}];\n"
        "/// East Asian width names, indexed by `Record::width`.\n"
        "#[rustfmt::skip]\n"
        f"pub const WIDTH_NAMES: [&str; {len(WIDTHS)}] = [{quoted(WIDTHS)}];\n\n"
        f"pub const SHIFT: u32 = {shift};\n\n"
        "#[rustfmt::skip]\n"
        f"pub static RECORDS: [Record; {len(records)}] = [\n{record_rows}];\n\n"
        "/// Block number of each block of `1 << SHIFT` code points.\n"
        "#[rustfmt::skip]\n"
        f"pub static BLOCKS: [u16; {len(first)}] = [\n"
        f"{rows((f'{b},' for b in first), 24)}];\n\n"
        "/// Record number of each code point, block after block.\n"
        "#[rustfmt::skip]\n"
        f"pub static RECORD_OF: [u16; {len(second)}] = [\n"
        f"{rows((f'{r},' for r in second), 24)}];\n\n"
        "/// Case mappings longer than one character.\n"
        "#[rustfmt::skip]\n"
        f"pub static EXTENDED_CASES: [&str; {len(extended)}] = [\n"
        f"{rows((rust_str(t) + ',' for t in extended), 6)}];\n\n"
        "/// Numeric values of the code points that have one, ascending by code point.\n"
        "#[rustfmt::skip]\n"
        f"pub static NUMERIC_VALUES: [(u32, f64); {len(numeric)}] = [\n"
        f"{rows((f'({c:#x}, {v!r}),' for c, v in numeric), 4)}];\n\n"
        "/// Decompositions as `unicodedata.decomposition()` spells them, ascending.\n"
        "#[rustfmt::skip]\n"
        f"pub static DECOMPOSITIONS: [(u32, &str); {len(decompositions)}] = [\n"
        f"{rows((f'({c:#x}, {d!r}),'.replace(chr(39), chr(34)) for c, d in decompositions), 3)}];\n\n"
        "/// Canonical composition pairs (first, second, composite), ascending.\n"
        "#[rustfmt::skip]\n"
        f"pub static COMPOSE: [(u32, u32, u32); {len(compose)}] = [\n"
        f"{rows((f'({a:#x}, {b:#x}, {c:#x}),' for a, b, c in compose), 4)}];\n"
    )
