# A small calculator written with match: a tokenizer, a recursive-descent parser building
# dataclass nodes, an evaluator and simplifier that dispatch on node shapes, and a
# command loop (let, print, simplify, undo) over a script of commands.
from dataclasses import dataclass
import re


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


@dataclass(frozen=True)
class Neg:
    operand: object


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple


TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\S))")


def tokenize(text):
    tokens = []
    for number, name, op in TOKEN.findall(text):
        match (number, name, op):
            case (n, "", "") if n:
                tokens.append(("num", float(n) if "." in n else int(n)))
            case ("", n, ""):
                tokens.append(("name", n))
            case ("", "", o):
                tokens.append(("op", o))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        token = self.peek()
        self.pos += 1
        return token

    def expect(self, op):
        match self.take():
            case ("op", o) if o == op:
                return
            case other:
                raise SyntaxError(f"expected {op!r}, got {other!r}")

    def expr(self):
        node = self.term()
        while True:
            match self.peek():
                case ("op", "+" | "-" as op):
                    self.take()
                    node = BinOp(op, node, self.term())
                case _:
                    return node

    def term(self):
        node = self.factor()
        while True:
            match self.peek():
                case ("op", ("*" | "/" | "%") as op):
                    self.take()
                    node = BinOp(op, node, self.factor())
                case _:
                    return node

    def factor(self):
        match self.take():
            case ("num", value):
                return Num(value)
            case ("op", "-"):
                return Neg(self.factor())
            case ("op", "("):
                node = self.expr()
                self.expect(")")
                return node
            case ("name", name):
                match self.peek():
                    case ("op", "("):
                        self.take()
                        args = []
                        while self.peek() != ("op", ")"):
                            args.append(self.expr())
                            if self.peek() == ("op", ","):
                                self.take()
                        self.expect(")")
                        return Call(name, tuple(args))
                    case _:
                        return Var(name)
            case token:
                raise SyntaxError(f"unexpected {token!r}")


FUNCTIONS = {"max": max, "min": min, "abs": abs}


def evaluate(node, env):
    match node:
        case Num(value):
            return value
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined variable {name!r}")
        case Neg(operand):
            return -evaluate(operand, env)
        case BinOp("/", _, right) if evaluate(right, env) == 0:
            raise ZeroDivisionError("division by zero in expression")
        case BinOp(op, left, right):
            a, b = evaluate(left, env), evaluate(right, env)
            match op:
                case "+":
                    return a + b
                case "-":
                    return a - b
                case "*":
                    return a * b
                case "/":
                    return a / b
                case "%":
                    return a % b
        case Call(func, args) if func in FUNCTIONS:
            return FUNCTIONS[func](*(evaluate(a, env) for a in args))
        case Call(func, _):
            raise NameError(f"unknown function {func!r}")


def simplify(node):
    match node:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)) | ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, left, right)
        case Neg(Neg(inner)):
            return simplify(inner)
        case Neg(Num(value)):
            return Num(-value)
        case Call(func, args):
            return Call(func, tuple(simplify(a) for a in args))
        case _:
            return node


def show(node):
    match node:
        case Num(value):
            return str(value)
        case Var(name):
            return name
        case Neg(operand):
            return f"-{show(operand)}"
        case BinOp(op, left, right):
            return f"({show(left)} {op} {show(right)})"
        case Call(func, args):
            return f"{func}({', '.join(map(show, args))})"


SCRIPT = """
let x = 6
let y = x * 7 - 2
print y
print (x + y) / 4
print max(x, y, 100) % 7
simplify 0 + x * 1
simplify (a - a) * b + 2 * 3
simplify --z
print z
print 1 / (x - 6)
let x = 1
print x
undo
print x
undo
undo
undo
frobnicate
print (1 +
print
"""

env = {}
history = []
for line in SCRIPT.strip().splitlines():
    print(">", line)
    try:
        match line.split(maxsplit=1):
            case ["let", rest]:
                match rest.split("=", 1):
                    case [name, expression] if name.strip().isidentifier():
                        value = evaluate(Parser(tokenize(expression)).expr(), env)
                        history.append(dict(env))
                        env[name.strip()] = value
                    case _:
                        print("usage: let NAME = EXPR")
            case ["print", expression]:
                print(evaluate(Parser(tokenize(expression)).expr(), env))
            case ["simplify", expression]:
                print(show(simplify(Parser(tokenize(expression)).expr())))
            case ["undo"] if history:
                env = history.pop()
            case ["undo"]:
                print("nothing to undo")
            case [("print" | "simplify") as command]:
                print(f"usage: {command} EXPR")
            case [command, *_]:
                print(f"unknown command {command!r}")
    except (NameError, ZeroDivisionError, SyntaxError) as e:
        print(f"{type(e).__name__}: {e}")
print(sorted(env.items()))
