# An exception raised inside an imported module's function: the traceback names every file.
import calc

print("calc imported:", calc.__name__)
calc.check_all([4, 2, 0])
