# A traceback through nested function calls, innermost frame last.
def parse_config(text):
    if not text:
        raise KeyError("config is empty")
    return text

def load(path):
    print("loading", path)
    parse_config("")

def main():
    load("settings.ini")

main()
