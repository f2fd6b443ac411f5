# No candidate is close enough: the plain NameError line.
xyzzy_plugh_frobnicate()
