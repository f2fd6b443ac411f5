def check(value):
    if value == 0:
        raise ValueError(f"cannot divide by {value}")
    print(100 // value)


def check_all(values):
    for value in values:
        check(value)
