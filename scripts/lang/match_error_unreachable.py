def dispatch(command):
    match command.split():
        case [verb]:
            return verb
        case _:
            return "?"
        case [verb, obj]:
            return verb + obj


print(dispatch("look"))
