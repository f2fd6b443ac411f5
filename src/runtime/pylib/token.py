"""Token kinds of the Python grammar as CPython 3.11 numbers them, their names, and
the exact kinds of the operator strings (the tables `tokenize` uses).

Not a tokenizer: that is `tokenize`."""

# In CPython 3.11's order: the number of a kind is its place in this list.
_KINDS = """
ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT LPAR RPAR LSQB RSQB COLON COMMA
SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE
EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT
DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL OP AWAIT ASYNC TYPE_IGNORE
TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN COMMENT NL ENCODING N_TOKENS
""".split()

# The operator strings, each beside the kind named at the same place in _KINDS[7:].
_OPERATORS = (
    "( ) [ ] : , ; + - * / | & < > = . % { } == != <= >= ~ ^ << >> ** += -= *= /= %= "
    "&= |= ^= <<= >>= **= // //= @ @= -> ... :="
).split()

tok_name = {}
for _number, _name in enumerate(_KINDS):
    globals()[_name] = _number
    tok_name[_number] = _name
NT_OFFSET = 256
tok_name[NT_OFFSET] = "NT_OFFSET"

EXACT_TOKEN_TYPES = {}
for _text, _name in sorted(zip(_OPERATORS, _KINDS[LPAR:])):
    EXACT_TOKEN_TYPES[_text] = globals()[_name]
del _number, _name, _text

__all__ = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF"] + _KINDS + ["NT_OFFSET"]


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
