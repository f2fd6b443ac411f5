answer = 42
calls = []


def __getattr__(name):
    if name == "computed_twice":
        calls.append(name)
        return len(calls) * 2
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
