//! The bytecode: the instruction set, constants and code objects the compiler emits and
//! the VM executes.
//!
//! This is the contract between compiler and VM; it holds no runtime values (constants
//! are plain data the VM turns into objects once per code object) and no execution logic.
//!
//! Stack effects are documented per instruction as `[before] -> [after]`, top of stack
//! rightmost. Jump targets are absolute instruction indices.

use crate::ast::{BinOp, CmpOp, Name, Span};
use std::rc::Rc;

/// One instruction. Kept to 8 bytes so the dispatch loop stays cache friendly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Instr {
    Nop,
    /// `[a] -> []`
    PopTop,
    /// `[a] -> [a, a]`
    DupTop,
    /// `[a, b] -> [a, b, a, b]`
    DupTopTwo,
    /// `[a, b] -> [b, a]`
    RotTwo,
    /// `[a, b, c] -> [c, a, b]`
    RotThree,
    /// `[a, b, c, d] -> [d, a, b, c]`
    RotFour,

    /// `[] -> [consts[i]]`
    LoadConst(u32),
    /// Local slot `varnames[i]`; loading an unbound one raises UnboundLocalError.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cell or free variable `i` (cells first: `i < cellvars.len()`, then freevars).
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure tuple).
    LoadClosure(u32),
    /// In a class body: look `freevars[i - ncells]`'s name up in the class namespace
    /// first, then the cell.
    LoadClassDeref(u32),
    /// `names[i]` in the globals, then builtins.
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// `names[i]` in the frame's locals mapping (module or class body), globals, builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    /// `[obj] -> [obj.names[i]]`
    LoadAttr(u32),
    /// `[value, obj] -> []` sets `obj.names[i] = value`.
    StoreAttr(u32),
    /// `[obj] -> []`
    DeleteAttr(u32),
    /// `[obj] -> [method, obj]` or `[attr, NULL]`: pairs with `CallMethod`, avoiding a
    /// bound-method object for `obj.name(args)`.
    LoadMethod(u32),
    /// `[method, self_or_null, args*argc] -> [result]`
    CallMethod(u32),

    /// `[container, key] -> [container[key]]`
    BinarySubscr,
    /// `[value, container, key] -> []`
    StoreSubscr,
    /// `[container, key] -> []`
    DeleteSubscr,
    /// `[lower, upper] -> [slice]` (2) or `[lower, upper, step] -> [slice]` (3).
    BuildSlice(u32),

    /// `[a, b] -> [a op b]`
    BinaryOp(BinOp),
    /// `[a, b] -> [a op= b]` (tries `__iop__` first).
    InplaceOp(BinOp),
    /// `[a] -> [not a]`
    UnaryNot,
    UnaryNegative,
    UnaryPositive,
    UnaryInvert,
    /// `[a, b] -> [a op b]`, including `is`, `is not`, `in`, `not in`.
    CompareOp(CmpOp),

    /// `[x*n] -> [(x...)]`
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// A set display of three or more constants: as CPython, whose compiler folds them
    /// into a frozenset that `SET_UPDATE` merges into a new set; both steps decide the
    /// table layout, so the order the set prints.
    BuildConstSet(u32),
    /// `[k1, v1, ..., kn, vn] -> [{k1: v1, ...}]`
    BuildMap(u32),
    /// `[... list at depth i ..., v] -> [...]`: `list.append(v)` where the list is
    /// `i` items below v (after popping v). Used by comprehensions.
    ListAppend(u32),
    SetAdd(u32),
    /// `[... dict ..., k, v] -> [...]`: dict `i` items below k after popping k and v.
    MapAdd(u32),
    /// `[... list ..., iterable] -> [...]`: `list.extend(iterable)`; the list is `i`
    /// items below the iterable after popping it.
    ListExtend(u32),
    SetUpdate(u32),
    /// `{**a}`: `dict.update(mapping)`, dict `i` below after popping.
    DictUpdate(u32),
    /// `f(**a, **b)`: like DictUpdate but a repeated key is a TypeError
    /// ("got multiple values for keyword argument 'x'").
    DictMerge(u32),
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [x_n-1, ..., x_1, x_0]` (x_0 on top): exactly n items or ValueError.
    UnpackSequence(u32),
    /// `a, *b, c = seq`: `before | (after << 8)`; pushes after..., list, before... with the
    /// first item on top.
    UnpackEx(u32),
    /// f-string piece: `flags & 3` is the conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// `flags & 4` means a format spec string is on top: `[value, spec?] -> [str]`.
    FormatValue(u32),
    /// `[s*n] -> [s_0 + ... + s_n-1]`
    BuildString(u32),

    Jump(u32),
    /// `[cond] -> []`
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    /// `[cond] -> [cond]` and jump if false, else `[cond] -> []` (short-circuit `and`).
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump.
    ForIter(u32),

    /// Build a function from `[defaults?, kwdefaults?, annotations?, closure?, code]`;
    /// flag bits: 1 defaults tuple, 2 kwdefaults dict, 4 annotations dict, 8 closure tuple.
    MakeFunction(u32),
    /// `[func, args*argc] -> [result]`
    Call(u32),
    /// `[func, args*argc, kwnames] -> [result]`: `kwnames` (a constant tuple of str) names
    /// the last `len(kwnames)` of the argc arguments.
    CallKw(u32),
    /// `[func, args_tuple] -> [result]` (0) or `[func, args_tuple, kwargs_dict] -> [result]` (1).
    CallEx(u32),
    /// `[value] -> ` return from the frame.
    ReturnValue,

    /// `[] -> [__build_class__]`; called as `__build_class__(body_func, name, *bases, **kw)`.
    LoadBuildClass,

    /// Push a handler block: on an exception inside it, the stack is cut back to its
    /// height at setup, an except-handler block is pushed (remembering the exception
    /// being handled before), the exception is pushed, and execution jumps to the target.
    /// Used for `try/except`, `try/finally` and `with`.
    SetupFinally(u32),
    /// `SetupFinally` for a chain of `except` clauses whose types are names (they cannot
    /// yield): an exception not yet given its instance (a builtin kind, see
    /// `runtime::error`) is pushed as the VM's pending-exception marker and matched by
    /// its kind; the instance is made only if a clause binds it with `as`.
    SetupExcept(u32),
    /// Pop the innermost block (leaving a try body normally).
    PopBlock,
    /// Leave an except handler normally: pop the except-handler block and restore the
    /// previously handled exception. The exception itself must already be popped.
    PopExcept,
    /// `[exc] -> ` raise exc again without adding a traceback entry (end of a finally
    /// or an unmatched except chain).
    Reraise,
    /// `raise` (0), `raise exc` (1: `[exc]`), `raise exc from cause` (2: `[exc, cause]`).
    Raise(u32),
    /// `[exc, typ] -> [exc]`; jump if exc is not an instance of typ (class or tuple).
    JumpIfNotExcMatch(u32),
    /// `except*` matching: `[orig, raised, rest, typ] -> [orig, raised, rest', match]`,
    /// splitting what is left of the group by the clause's type (checked: exception
    /// classes, no groups); `match` is None when nothing matched, and a plain exception
    /// that matches comes wrapped in a group.
    CheckEgMatch,
    /// `[match]` stays: enter an `except*` clause, its match becoming the exception being
    /// handled (an except-handler block is pushed, left by PopExcept).
    EnterStarHandler,
    /// End of the `except*` clauses: `[orig, raised, rest] -> []`, raising what CPython
    /// raises (the re-raised parts in the group's shape, with the new exceptions beside
    /// them in a new group), or falling through when nothing is left.
    ReraiseStar,
    /// `[mgr] -> [bound __exit__, __enter__()]` and push a handler block for the target
    /// whose stack height includes `__exit__`.
    SetupWith(u32),
    /// In a with-handler: `[exit, exc] -> [exit, exc, exit(type(exc), exc, tb)]`.
    WithExceptStart,

    /// `[value] -> [sent]`: suspend the frame yielding value; resumes with the sent value.
    YieldValue,
    /// `[obj] -> [iterator]` for `yield from` (a coroutine is accepted only inside a
    /// coroutine-flavoured generator).
    GetYieldFromIter,
    /// `[obj] -> [awaitable iterator]` for `await`: coroutines, objects with `__await__`.
    GetAwaitable,
    /// `[sub, value] -> [result]`: send value into sub. If sub yields, this frame suspends
    /// yielding the same value with its ip left on this instruction and `[sub]` on the
    /// stack; resuming pushes the sent value and executes this instruction again. When sub
    /// returns (StopIteration), its value replaces `[sub, value]`.
    YieldFrom,
    /// `[obj] -> [obj.__aiter__()]`
    GetAiter,
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`
    GetAnext,
    /// In the handler of an `async for`: `[aiter, exc] -> []` when exc is
    /// StopAsyncIteration (also pops the except-handler block), otherwise re-raise exc.
    EndAsyncFor,
    /// `[mgr] -> [bound __aexit__, awaitable of __aenter__()]`
    BeforeAsyncWith,
    /// Push the handler block of an `async with` (after its `__aenter__` was awaited):
    /// `[exit, result] -> [exit, result]`, block height counts `exit` only.
    SetupAsyncWith(u32),

    /// `[level, fromlist] -> [module]` for `import names[i]`.
    ImportName(u32),
    /// `[module] -> [module, module.names[i]]` (ImportError if missing).
    ImportFrom(u32),
    /// `[module] -> []` binds every public name of module into the locals.
    ImportStar,
    /// Start of a module or class body that annotates a variable: the locals get an
    /// empty `__annotations__` dict unless they already hold one.
    SetupAnnotations,

    /// `[x_n, ..., x_1] -> [x_n, ..., x_1, x_i]`: push a copy of the i-th item (1 is the
    /// top).
    Copy(u32),
    /// `[x_i, ..., x_1] -> [x_1, ..., x_i]`: swap the top with the i-th item (i >= 2).
    Swap(u32),
    /// `[obj] -> [obj, len(obj)]`
    GetLen,
    /// `[subject] -> [subject, bool]`: is the subject a sequence for sequence patterns.
    MatchSequence,
    /// `[subject] -> [subject, bool]`: is the subject a mapping for mapping patterns.
    MatchMapping,
    /// `[subject, keys] -> [subject, keys, values]`: a tuple of the values of the keys
    /// tuple, or None when one is missing.
    MatchKeys,
    /// `[subject, cls, names] -> [attrs]`: a tuple of the `i` positional attributes and
    /// the named ones when the subject matches the class pattern, or None.
    MatchClass(u32),

    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// REPL expression statement: `[value] -> []`, echo repr unless None, store in `_`.
    PrintExpr,

    // Superinstructions (see `compiler::fuse`): each stands for itself as the first
    // instruction of a pair, with the second's operand, and the second instruction
    // stays in place after it (a jump may land there); the VM runs both and skips it.
    /// `LoadFast(a)` then `LoadAttr(b)`.
    LoadFastLoadAttr(u16, u16),
    /// `LoadFast(a)` then `LoadFast(b)`.
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a)` then `LoadConst(b)`.
    LoadFastLoadConst(u16, u16),
    /// `StoreFast(a)` then `LoadFast(b)`.
    StoreFastLoadFast(u16, u16),
    /// `LoadFast(a)`, `LoadConst(b)` then `BinarySubscr` (a triple: both later
    /// instructions stay in place).
    LoadFastConstSubscr(u16, u16),
    /// `LoadFast(a)`, `LoadFast(b)` then `BinarySubscr` (a triple, as above).
    LoadFastFastSubscr(u16, u16),
    /// `LoadFast(a)`, `LoadFast(b)` then `BinaryOp(op)` (a triple: `dx * dx`).
    LoadFastFastBinary(u16, u16, BinOp),
    /// `LoadFast(a)`, `LoadConst(b)` then `BinaryOp(op)` (a triple: `i + 1`, `x ** 0.5`).
    LoadFastConstBinary(u16, u16, BinOp),
    /// `LoadFast(a)`, `LoadFast(b)` then `CompareOp(op)` (a triple: `i < n`).
    LoadFastFastCompare(u16, u16, CmpOp),
    /// `LoadFast(a)`, `LoadConst(b)` then `CompareOp(op)` (a triple: `n < 2`).
    LoadFastConstCompare(u16, u16, CmpOp),
    /// `LoadFast(a)` then `BinaryOp(op)`: the top of the stack and a local (`... + i`).
    LoadFastBinary(u32, BinOp),
    /// `LoadConst(a)` then `BinaryOp(op)`: the top of the stack and a constant.
    LoadConstBinary(u32, BinOp),
    /// `DupTopTwo` then `BinarySubscr`: the read half of `a[k] op= v`.
    DupTopTwoSubscr,
    /// `InplaceOp(op)`, `RotThree` then `StoreSubscr`: the write half of `a[k] op= v`.
    InplaceOpStoreSubscr(BinOp),
    /// `LoadFast(a)` then `StoreAttr(b)`: `self.x = <value>`.
    LoadFastStoreAttr(u16, u16),
    /// `LoadFast(a)`, `LoadFast(b)` then `StoreAttr(c)` (a triple: `self.x = x`).
    LoadFastFastStoreAttr(u16, u16, u16),
    /// `LoadConst(a)` then `CompareOp(op)`: the top of the stack and a constant
    /// (`x.link is None`, `x.kind == 1`).
    LoadConstCompare(u32, CmpOp),
    /// `LoadConst(a)` then `InplaceOp(op)`: the top of the stack and a constant (`+= 1`).
    LoadConstInplace(u32, BinOp),
    /// `DupTop` then `LoadAttr(a)`: the read half of `obj.x op= v`.
    DupTopLoadAttr(u32),
    /// `RotTwo` then `StoreAttr(a)`: the write half of `obj.x op= v`.
    RotTwoStoreAttr(u32),
    /// `LoadFast(a)`, `LoadAttr(b)` then `StoreFast(c)` (a triple: `k = self.kernel`).
    LoadFastLoadAttrStoreFast(u16, u16, u16),
    /// `LoadFast(a)` then `LoadMethod(b)`: `obj.m(...)` on a local.
    LoadFastLoadMethod(u16, u16),
    /// `LoadGlobal(a)`, `Call(0)` then `LoadMethod(b)` where global `a` is `super`
    /// (a triple: `super().m(...)`): the method found after `__class__` in the MRO of
    /// the first argument's type, pushed with that argument, without a super object
    /// (CPython 3.12's `LOAD_SUPER_ATTR`). Anything else runs the three one by one.
    LoadSuperMethod(u16, u16),
    /// `UnaryNot` then `JumpIfFalseOrPop(t)` (`not a and b` as a value).
    UnaryNotJumpIfFalseOrPop(u32),
    /// `UnaryNot` then `JumpIfTrueOrPop(t)` (`not a or b` as a value).
    UnaryNotJumpIfTrueOrPop(u32),
}

/// What kind of function a code object is the body of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum CodeKind {
    /// Module, class body, plain function, lambda, comprehension.
    Function,
    /// Contains `yield`: calling it returns a generator.
    Generator,
    /// `async def` without `yield`: calling it returns a coroutine.
    Coroutine,
    /// `async def` with `yield`: calling it returns an async generator.
    AsyncGenerator,
}

/// How the frame's names are resolved, decided by the compiler's scope analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Scope {
    /// Module body: locals are the globals dict (LoadName/StoreName).
    Module,
    /// Class body: locals are the class namespace (LoadName/StoreName, LoadClassDeref).
    Class,
    /// Function body: fast locals (LoadFast/StoreFast), cells, LoadGlobal.
    Function,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    /// Decimal digits of an integer that does not fit i64 (optionally with a leading `-`).
    BigInt(Rc<str>),
    Float(f64),
    /// An imaginary literal `2.5j`: the complex `0+2.5j`.
    Imaginary(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Ellipsis,
    Tuple(Rc<[Constant]>),
    Code(Rc<Code>),
    /// A set display of int and str constants on the right of `in`/`not in`, folded to
    /// a frozenset as CPython folds it (built once per code object, not per test).
    FrozenSet(Rc<[Constant]>),
}

/// The source a code object was compiled from, for tracebacks and diagnostics.
#[derive(Debug, PartialEq, Default)]
pub struct SourceFile {
    /// As shown in tracebacks: `x.py`, `<stdin>`, `<string>`.
    pub name: Rc<str>,
    pub text: Rc<str>,
}

impl SourceFile {
    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        let offset = (offset as usize).min(self.text.len());
        self.text.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }
    /// The text of 1-based line `line`, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        self.text.lines().nth(line.saturating_sub(1)).unwrap_or("")
    }
}

/// A compiled body: module, class body, function, lambda or comprehension.
#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Code {
    pub name: Name,
    /// `Outer.method.<locals>.inner` as CPython spells it.
    pub qualname: Name,
    /// Not stored in a compiled-code cache: reattached when the code is loaded.
    #[serde(skip)]
    pub source: Rc<SourceFile>,
    pub kind: CodeKind,
    pub scope: Scope,
    /// Positional parameters, including positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub instrs: Vec<Instr>,
    /// One span per instruction, for tracebacks.
    pub spans: Vec<Span>,
    pub consts: Vec<Constant>,
    /// Names used by global/name/attribute/import instructions.
    pub names: Vec<Name>,
    /// Fast locals: parameters first (positional, kw-only, *args, **kwargs), then others.
    pub varnames: Vec<Name>,
    /// Variables of this scope captured by inner scopes.
    pub cellvars: Vec<Name>,
    /// For each cellvar that is also a parameter, the parameter's varnames index:
    /// the VM moves the argument into the new cell when the frame starts.
    pub cell_params: Vec<Option<u32>>,
    /// Variables captured from enclosing scopes; the closure tuple holds their cells.
    pub freevars: Vec<Name>,
    /// For a nested scope's code made by `MakeFunction` with flag 16: for each free
    /// variable, the index of its cell among the defining frame's cells, which the
    /// function takes directly (flag 8's closure tuple wraps each cell in a new object).
    #[serde(default)]
    pub closure_from: Vec<u32>,
    /// Span of the `def`/`class`/`lambda` (or the whole module) for diagnostics.
    pub span: Span,
    /// A function's docstring (`__doc__`).
    pub doc: Option<Rc<str>>,
}

impl Code {
    /// The line its definition starts on (`co_firstlineno`), 1-based.
    pub fn first_line(&self) -> usize {
        self.source.line_of(self.span.start)
    }

    /// The source line of instruction `ip`, 1-based.
    pub fn line_of(&self, ip: usize) -> usize {
        let span = self.spans.get(ip).copied().unwrap_or(self.span);
        self.source.line_of(span.start)
    }
}
