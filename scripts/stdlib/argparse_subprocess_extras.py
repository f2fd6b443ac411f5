# argparse.MetavarTypeHelpFormatter and subprocess.list2cmdline.
import argparse
import subprocess

parser = argparse.ArgumentParser(prog="tool", formatter_class=argparse.MetavarTypeHelpFormatter)
parser.add_argument("count", type=int, help="how many")
parser.add_argument("--ratio", type=float, default=0.5, help="a ratio")
parser.add_argument("--name", type=str)
parser.print_help()
print(parser.format_usage(), end="")
print(parser.parse_args(["3", "--ratio", "2.5"]))
try:
    argparse.ArgumentParser(formatter_class=argparse.MetavarTypeHelpFormatter).add_argument(
        "--flag", action="store_true")
    p2 = argparse.ArgumentParser(prog="p2", formatter_class=argparse.MetavarTypeHelpFormatter)
    p2.add_argument("--bad")
    p2.format_help()
except AttributeError as e:
    print("AttributeError", e)

for seq in [["a", "b c", ""], ['say "hi"'], ["back\\slash", "trail\\", "tab\tx\\"],
            ['\\"quoted\\"', 'a\\\\"b'], [], [b"bytes arg"], ["x" * 3]]:
    print(repr(subprocess.list2cmdline(seq)))
try:
    subprocess.list2cmdline([1])
except TypeError as e:
    print("TypeError", e)
