# Arguments after the script name are the script's: sys.argv (fed from argv.args).
import sys

print(sys.argv)
print(len(sys.argv) - 1, "arguments")
print(__name__, __file__.rsplit("/", 1)[-1])
