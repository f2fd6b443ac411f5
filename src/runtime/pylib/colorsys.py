"""Conversions between RGB and the YIQ, HLS and HSV colour systems (coro's `colorsys`):
every coordinate a float in [0, 1] (YIQ's I and Q may be negative). Written from the
module's documentation and the published formulas; the floating-point operations are
done in the same order as python3's so that results agree to the last bit (the goldens
check a grid of inputs). Not a colour-management library: no gamma, no colour spaces.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0

# YIQ (the FCC NTSC matrix) and its inverse, row by row.
_TO_YIQ = (0.30, 0.59, 0.11)
_FROM_YIQ = (
    (0.9468822170900693, 0.6235565819861433),
    (-0.27478764629897834, -0.6356910791873801),
    (-1.1085450346420322, 1.7090069284064666),
)


def _unit(x):
    """x limited to [0, 1]."""
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def rgb_to_yiq(r, g, b):
    wr, wg, wb = _TO_YIQ
    y = wr * r + wg * g + wb * b
    dr, db = r - y, b - y
    return (y, 0.74 * dr - 0.27 * db, 0.48 * dr + 0.41 * db)


def yiq_to_rgb(y, i, q):
    # y + a*i + b*q for each row (adding a negative coefficient's product rounds
    # exactly as subtracting its magnitude's), clamped to [0, 1].
    return tuple(_unit(y + a * i + b * q) for a, b in _FROM_YIQ)


def _hue_of(r, g, b, top, spread):
    """The hue in [0, 1) of a colour whose largest channel is `top` and whose channels
    span `spread` (> 0): the sextant comes from the largest channel, red first."""
    dist_r = (top - r) / spread
    dist_g = (top - g) / spread
    dist_b = (top - b) / spread
    if top == r:
        sextant = dist_b - dist_g
    elif top == g:
        sextant = 2.0 + dist_r - dist_b
    else:
        sextant = 4.0 + dist_g - dist_r
    return (sextant / 6.0) % 1.0


def rgb_to_hsv(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    if top == bottom:
        return 0.0, 0.0, top
    spread = top - bottom
    return _hue_of(r, g, b, top, spread), spread / top, top


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    frac = (h * 6.0) - sector
    low = v * (1.0 - s)
    falling = v * (1.0 - s * frac)
    rising = v * (1.0 - s * (1.0 - frac))
    sector %= 6
    red = (v, falling, low, low, rising, v)[sector]
    green = (rising, v, v, falling, low, low)[sector]
    blue = (low, low, rising, v, v, falling)[sector]
    return red, green, blue


def rgb_to_hls(r, g, b):
    top, bottom = max(r, g, b), min(r, g, b)
    total = top + bottom
    spread = top - bottom
    lightness = total / 2.0
    if top == bottom:
        return 0.0, lightness, 0.0
    # The upper half divides by (2 - top - bottom) in that order (not 2 - total,
    # which rounds differently).
    saturation = spread / total if lightness <= 0.5 else spread / (2.0 - top - bottom)
    return _hue_of(r, g, b, top, spread), lightness, saturation


def _channel(low, high, hue):
    """One channel of hls_to_rgb: a trapezoid over the hue circle."""
    hue %= 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_channel(low, high, h + ONE_THIRD), _channel(low, high, h),
            _channel(low, high, h - ONE_THIRD))
