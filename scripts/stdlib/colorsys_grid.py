# colorsys over a grid of inputs (in and out of range): every result, to the last bit.
import colorsys

steps = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.6, 2 / 3, 0.75, 0.9, 1.0, -0.2, 1.3]
for a in steps:
    for b in steps[::3]:
        for c in steps[::4]:
            row = []
            for f, args in ((colorsys.rgb_to_yiq, (a, b, c)), (colorsys.yiq_to_rgb, (a, b - 0.5, c - 0.5)),
                            (colorsys.rgb_to_hls, (a, b, c)), (colorsys.hls_to_rgb, (a, b, c)),
                            (colorsys.rgb_to_hsv, (a, b, c)), (colorsys.hsv_to_rgb, (a, b, c))):
                try:
                    row.extend(map(repr, f(*args)))
                except ZeroDivisionError as e:
                    row.append(f'ZeroDivisionError({e})')
            print(' '.join(row))
print(colorsys.hsv_to_rgb(5.99, 1, 1), colorsys.hsv_to_rgb(-0.1, 0.5, 0.5), colorsys.hls_to_rgb(1.5, 0.5, 1))
print(colorsys.rgb_to_hls(1, 1, 1), colorsys.rgb_to_hsv(0, 0, 0), colorsys.rgb_to_hls(0.2, 0.4, 0.4))
print(colorsys.__all__, colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
for bad in (lambda: colorsys.rgb_to_hsv('a', 0, 0), lambda: colorsys.hsv_to_rgb(0, 0)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
