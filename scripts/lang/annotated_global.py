counter = 0


def bump():
    global counter
    counter: int = counter + 1
