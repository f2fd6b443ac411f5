import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known, long-standing "
        "tradition -- some say a self-evident truth -- that foxes do this. Really?  Yes! "
        "Supercalifragilisticexpialidocious words and e-mail addresses like a-b-c-d and "
        "x--y or --flag options, numbers 12-34 and A-B-C too.\tTabs\there.\nNewlines too.")
for width in (1, 5, 10, 12, 20, 33, 50, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="    "))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap(text, 30, drop_whitespace=False))
print(textwrap.wrap(text, 30, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 80, tabsize=4), textwrap.wrap("a\tb", 80, expand_tabs=False))
print(textwrap.wrap(text, 30, max_lines=3))
print(textwrap.wrap(text, 30, max_lines=2, placeholder="..."))
print(textwrap.wrap("Hello world", 12, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 60), textwrap.shorten("   ", 10))
print(textwrap.wrap(""), textwrap.wrap("   "), textwrap.fill("   "), textwrap.wrap("word"))
print(textwrap.wrap("well-done x-ray pre-- --post a--b ---c self-evident-truth", 6))
print(textwrap.wrap("don't stop-believing, hold-on. 1-2-3 ab-cd-ef", 8))
print(textwrap.wrap("She said \"hello.\" Then left!  The end.", 12, fix_sentence_endings=True))
w = textwrap.TextWrapper(width=20, initial_indent="> ", subsequent_indent=">> ")
print(w.wrap(text[:120]))
w.width = 15
print(w.fill("short words only here and there"))

try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder=" [.....]")
except ValueError as e:
    print("ValueError", e)

block = """\
    def f():
        return 1

      # comment
    \t
    x = 2
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")), repr(textwrap.dedent("   \n  x\n   \n")))
print(repr(textwrap.dedent("\t  a\n\t b\n")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.dedent("")), repr(textwrap.dedent("  only\n")), repr(textwrap.dedent("  a\r\n  b")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "+ ")))
print(repr(textwrap.indent("a\nb\n", "> ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "--")))
