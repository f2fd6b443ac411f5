//! The names the VM looks up by itself (operator dunders, `__init__`, `__bool__`, ...),
//! interned once per [`Vm`](super::Vm). A `PyStr` caches its hash, so a class lookup
//! by one of these costs a method-cache probe, where a lookup by a Rust string would
//! hash the text first on every operator, truth test and instantiation.
//!
//! Not a general intern table (that is the `Vm`'s `runtime::function::Interned`, which
//! these come from, so they are the same objects compiled code uses).

use crate::ast::BinOp;
use crate::runtime::function::Interned;
use crate::runtime::str::StrRef;
use std::rc::Rc;

/// Every binary operator, in declaration order (the index of `Names::binary`).
const BINARY_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mult,
    BinOp::MatMult,
    BinOp::Div,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitOr,
    BinOp::BitXor,
    BinOp::BitAnd,
    BinOp::FloorDiv,
];

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names {
            $(pub $field: StrRef,)*
            /// Per binary operator: the method, the reflected one, the in-place one.
            binary: [[StrRef; 3]; 13],
            /// The empty and one-character strings, shared (see `str_chars`).
            pub small: crate::runtime::str_chars::SmallStrs,
        }

        impl Names {
            /// The names, taken from the interpreter's identifier table.
            pub fn new(interned: &Interned) -> Names {
                let name = |text: &str| interned.intern(&Rc::from(text));
                Names {
                    $($field: name($text),)*
                    binary: BINARY_OPS.map(|op| {
                        let (m, r, i) = super::ops::dunder(op);
                        [name(m), name(r), name(i)]
                    }),
                    small: crate::runtime::str_chars::SmallStrs::new(),
                }
            }
        }
    };
}

names! {
    init = "__init__",
    new = "__new__",
    call = "__call__",
    bool_ = "__bool__",
    len = "__len__",
    eq = "__eq__",
    ne = "__ne__",
    lt = "__lt__",
    le = "__le__",
    gt = "__gt__",
    ge = "__ge__",
    getitem = "__getitem__",
    setitem = "__setitem__",
    contains = "__contains__",
    hash = "__hash__",
    iter = "__iter__",
    next = "__next__",
    neg = "__neg__",
    pos = "__pos__",
    invert = "__invert__",
    abs = "__abs__",
    class_ = "__class__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    getattr = "__getattr__",
    getattribute = "__getattribute__",
    setattr = "__setattr__",
}

impl Names {
    /// `[method, reflected, in-place]` of a binary operator, e.g. `__add__`, `__radd__`,
    /// `__iadd__`.
    #[inline]
    pub fn binary(&self, op: BinOp) -> &[StrRef; 3] {
        &self.binary[op as usize]
    }
}
