# re: patterns as real programs write them (verbose, named groups, tokenizers, lookarounds).
import re
email = re.compile(r"""
    (?P<user>[\w.+-]+)   # user part
    @
    (?P<host>[\w-]+(?:\.[\w-]+)+)  # host [with # in a comment]
    [ ]?\#?
""", re.VERBOSE)
print(email.findall("a.b+c@ex-ample.com, x@y.org #"), email.groups, email.groupindex)
print(re.sub(r"(?i)(hello) (?P=name)?", "x", "HELLO hello") if False else re.sub(r"(?i)(hello) \1", "x", "HELLO hello"))
print(re.findall(r"(?P<q>['\"])(.*?)(?P=q)", "'a' \"b\" 'c\""))
date = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")
print(date.sub(r"\g<d>/\g<m>/\g<y>", "on 2023-01-15 and 1999-12-31."))
print([m.groupdict() for m in date.finditer("2023-01-15 1999-12-31")])
print(re.split(r"[;,]\s*", "a; b,c ,d"), re.findall(r"^\s*(\w+)\s*=\s*(.*?)\s*$", "a = 1\n b=2 \nc", re.M))
print(re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), "camelCaseName"))
print(re.match(r"^(\+|-)?\d+(\.\d+)?([eE][+-]?\d+)?$", "-12.5e+3").groups())
tokens = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
print([t for t in tokens.findall("3 + 4.5*(2 - 1)")])
print(re.findall(r"\b\w", "the quick brown"), re.sub(r"\s+$", "", "trail   \n"), re.sub(r"^\s+", "", "  lead"))
print(re.match(r"(?s)<!--(.*?)-->", "<!-- a\nb -->x").group(1))
print(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", "valid_name1"), re.fullmatch(r"[A-Za-z_]\w*", "1bad"))
print(re.sub(r"(?m)^", "> ", "a\nb\n"), re.sub(r"(?m)$", "!", "a\nb\n"))
print(re.findall(r"[^\x00-\x7f]", "aé漢b"), re.findall(r"[\u4e00-\u9fff]+", "x漢字y"))
print(re.search(r"(\d+)(?!.*\d)", "a1b22c333d").group(1))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
