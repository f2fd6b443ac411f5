# __name__ == '__main__', module-level code order, and module attributes.
print("module top runs first, __name__ =", __name__)

def main():
    print("main() called")
    return 0

def helper():
    return "helper"

if __name__ == "__main__":
    print("guard taken")
    status = main()
    print("status", status, helper())
else:
    print("imported, not run")
print(type(__builtins__).__name__ in ("module", "dict"), "__file__" in globals())
