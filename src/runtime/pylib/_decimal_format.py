"""format() for coro's Decimal: the format-spec mini-language
`[[fill]align][sign][z][0][width][,][.precision][type]` with the types e E f F g G n % and
none, rounding with the context's rounding mode, as CPython's (C) decimal, which takes
neither '#' nor '_'.

'n' formats as 'g' in the C locale (no locale-dependent separators)."""

def _parse_spec(spec):
    """The spec's fields as a dict, or ValueError."""
    fields = {"fill": None, "align": None, "sign": "-", "no_neg_0": False,
              "zeropad": False, "width": 0, "thousands": "", "precision": None, "type": None}
    i, n = 0, len(spec)
    if n >= 2 and spec[1] in "<>=^":
        fields["fill"], fields["align"] = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        fields["align"] = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        fields["sign"] = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        fields["no_neg_0"] = True
        i += 1
    if i < n and spec[i] == "0":
        fields["zeropad"] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        fields["width"] = int(spec[start:i])
    if i < n and spec[i] == ",":
        fields["thousands"] = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        fields["precision"] = int(spec[start:i])
    if i < n and spec[i] in "eEfFgGn%":
        fields["type"] = spec[i]
        i += 1
    if i != n:
        raise ValueError("invalid format string")
    if fields["zeropad"]:
        if fields["align"] is not None:
            raise ValueError("invalid format string")
        fields["fill"], fields["align"] = "0", "="
    if fields["fill"] is None:
        fields["fill"] = " "
    if fields["align"] is None:
        fields["align"] = ">"
    return fields


def _sign_text(negative, spec):
    if negative:
        return "-"
    return spec["sign"] if spec["sign"] in " +" else ""


def _align(sign, body, spec):
    padding = spec["fill"] * (spec["width"] - len(sign) - len(body))
    align = spec["align"]
    if align == "<":
        return sign + body + padding
    if align == ">":
        return padding + sign + body
    if align == "=":
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _group(digits, separator, min_width):
    """digits with a separator every three from the right, zero-padded to min_width."""
    if not separator:
        return digits.rjust(min_width, "0")
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, "0"))
        digits = digits[:-size] if size < len(digits) else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(separator)
    return separator.join(reversed(groups))


# Parsed specs by their text: a program formats with a few specs many times.
_SPECS = {}


def format_decimal(d, spec_text, ctx, rounding=None):
    from decimal import _new, _round_off

    spec = _SPECS.get(spec_text) if type(spec_text) is str else None
    if spec is None:
        spec = _parse_spec(spec_text)
        if type(spec_text) is str and len(_SPECS) < 256:
            _SPECS[spec_text] = spec
    kind = spec["type"] or "gG"[ctx.capitals]
    rounding = rounding or ctx.rounding
    if d._special:
        if spec["zeropad"]:
            # Zero padding applies to digits only: a NaN or infinity pads with spaces.
            spec = dict(spec, fill=" ", align=">")
        sign = _sign_text(d._sign, spec)
        body = str(d.copy_abs())
        if kind == "%":
            body += "%"
        return _align(sign, body, spec)
    if kind == "n":
        kind = "g"
    precision = spec["precision"]
    if precision == 0 and kind in "gG":
        precision = 1
    if kind == "%":
        d = _new(d._sign, d._int, d._exp + 2)
    sign, coeff, exp = d._sign, d._int, d._exp

    def to_digits(places):
        """Round or pad to `places` significant digits."""
        nonlocal coeff, exp
        length = len(str(coeff))
        if length < places:
            coeff *= 10 ** (places - length)
            exp -= places - length
        elif coeff and length > places:
            coeff, _ = _round_off(coeff, length - places, sign, rounding)
            exp += length - places
            if len(str(coeff)) > places:
                coeff //= 10
                exp += 1

    if precision is not None:
        if kind in "eE":
            if coeff:
                to_digits(precision + 1)
        elif kind in "fF%":
            if exp < -precision:
                coeff, _ = _round_off(coeff, -precision - exp, sign, rounding)
                exp = -precision
            elif exp > -precision:
                coeff *= 10 ** (exp + precision)
                exp = -precision
        elif kind in "gG" and len(str(coeff)) > precision:
            to_digits(precision)
    if not coeff and exp > 0 and kind in "fF%":
        exp = 0
    if not coeff and spec["no_neg_0"]:
        sign = 0
    digits = str(coeff)
    leftdigits = exp + len(digits)
    if kind in "eE":
        if not coeff and precision is not None:
            dotplace = 1 - precision
        else:
            dotplace = 1
    elif kind in "fF%":
        dotplace = leftdigits
    elif exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart, fracpart = "0", "0" * -dotplace + digits
    elif dotplace > len(digits):
        intpart, fracpart = digits + "0" * (dotplace - len(digits)), ""
    else:
        intpart, fracpart = digits[:dotplace] or "0", digits[dotplace:]
    shown_exp = leftdigits - dotplace
    sign_text = _sign_text(sign, spec)
    if fracpart:
        fracpart = "." + fracpart
    if shown_exp != 0 or kind in "eE":
        fracpart += {"E": "E", "e": "e", "G": "E", "g": "e"}[kind] + "%+d" % shown_exp
    if kind == "%":
        fracpart += "%"
    min_width = 0
    if spec["zeropad"]:
        min_width = spec["width"] - len(fracpart) - len(sign_text)
    intpart = _group(intpart, spec["thousands"], min_width)
    return _align(sign_text, intpart + fracpart, spec)

