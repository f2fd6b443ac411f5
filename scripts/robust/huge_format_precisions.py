# Precisions in the millions are legal: the digits past a double's exact expansion (at
# most 767 significant, 1074 after the point) are zeros, written in bulk. Past 2**31 - 1
# CPython refuses them.
for spec in [".3000000e", ".3000000f", ".3000000g", "#.3000000g", ".3000000%",
             "+,.2000000f", "z.2000000e", ">3000050.1f"]:
    for x in [0.65, -1e-300, 123456789.125, 0.0, -0.0]:
        text = format(x, spec)
        middle = text[1200:-12]
        print(spec, repr(x), len(text), text[:40], text[-12:], middle == "0" * len(middle))
print(len("%.2500000f" % 2.5), len("{:.2500000e}".format(1e308)))
for spec in [".2147483648f", ".2147483648e", ".99999999999g"]:
    try:
        format(1.5, spec)
    except ValueError as e:
        print(spec, "ValueError:", e)
# Zero padding to a width in the millions goes through the grouping (a separator never
# comes first).
for value, spec in [(0xabcdef, "02000000_x"), (-12345, "+03000000,d"), (12400000893961498095153869, "04994102_x"), (5, "0999999_b")]:
    text = format(value, spec)
    print(spec, len(text), text[:14], text[-16:], text.count("_"), text.count(","))
