VALUE = 1

def broken(:
    return VALUE
