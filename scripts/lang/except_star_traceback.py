# What escapes a try with except* clauses, as the uncaught report shows it: the
# exception raised in a clause beside the unmatched rest, with its context.


def work():
    raise ExceptionGroup("work", [ValueError("bad value"), TypeError("bad type"), OSError("io")])


def handle():
    try:
        work()
    except* ValueError as e:
        e.add_note("seen by the ValueError clause")
        raise
    except* TypeError:
        raise RuntimeError("TypeError clause failed")


handle()
