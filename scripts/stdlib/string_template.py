# string.Template: placeholders, $$, braces, invalid placeholders (message positions),
# safe_substitute, keyword merging, a custom delimiter, identifiers and validity.
from string import Template

cases = ["Hello $name, $$${amount} ${day}", "$", "$$", "a$", "${", "${x", "${x}y$y",
         "$1 $x", "$ x", "no delim", "$x$y", "${}", "$_a1 $é", "$$$x", "end $",
         "line one\n  $x and $\nthird", "\n\n$"]
full = {"name": "N", "amount": 3, "day": "d", "x": 1, "y": [2], "_a1": "A"}
for text in cases:
    t = Template(text)
    for mapping in ({}, full):
        for method in (t.substitute, t.safe_substitute):
            try:
                print(repr(method(mapping)))
            except (KeyError, ValueError) as e:
                print(type(e).__name__, e)
    print(t.is_valid(), t.get_identifiers())

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.safe_substitute({"who": "x"}))
for i in range(3):
    print(t.substitute(who=i, what=i * 2))


class Percent(Template):
    delimiter = "%"


p = Percent("%who owes %%%{amount}, not $x")
print(p.substitute(who="me", amount=5), p.get_identifiers())
print(Template("%who").substitute(who=1))


class Strange:
    def __str__(self):
        raise KeyError("inside str")


print(Template("$a!").safe_substitute(a=Strange()))
try:
    Template("$a $b").substitute(a=1)
except KeyError as e:
    print("KeyError", e)
try:
    Template("$b $").substitute()
except KeyError as e:
    print("KeyError first", e)
