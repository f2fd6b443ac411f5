//! The builtin classes of one interpreter: its `Vm` makes and owns the table
//! (`Vm::types`), and code without a `Vm` at hand takes the table from its caller.
//!
//! [`Types`] holds the class objects for `int`, `str`, `TypeError`, ... The classes
//! start with empty namespaces; the builtins module fills in their methods. [`ExcKind`] names
//! each builtin exception class without the table, for errors made where no `Vm` is at
//! hand (`runtime::error`'s pending errors).

use super::class::{Class, Layout};
use super::native::{NativeData, NativeObj};
use super::value::Value;
use std::rc::Rc;

macro_rules! registry {
    (
        plain { $($pf:ident : $pname:literal),* $(,)? }
        exceptions { $($ef:ident : $ename:ident < $ebase:ident),* $(,)? }
    ) => {
        pub struct Types {
            pub object: Rc<Class>,
            pub type_: Rc<Class>,
            $(pub $pf: Rc<Class>,)*
            pub base_exception: Rc<Class>,
            $(pub $ef: Rc<Class>,)*
            /// Both a BaseExceptionGroup and an Exception, so outside the one-base list.
            pub exception_group: Rc<Class>,
            pub bool_: Rc<Class>,
            /// `collections.deque`, whose instances carry their items in a payload.
            pub deque: Rc<Class>,
            pub ellipsis: Value,
            pub not_implemented: Value,
            iterator_classes: std::cell::RefCell<std::collections::HashMap<&'static str, Rc<Class>>>,
            io: std::cell::OnceCell<crate::runtime::io::Classes>,
        }

        impl Types {
            /// A fresh table: every class with an empty namespace (the builtins module
            /// fills them in for an interpreter).
            pub fn new() -> Types {
                let mut by: std::collections::HashMap<&'static str, Rc<Class>> =
                    std::collections::HashMap::new();
                let object = Class::new_builtin("object", vec![], Layout::Object);
                let type_ = Class::new_builtin("type", vec![object.clone()], Layout::Builtin);
                $(by.insert(stringify!($pf), Class::new_builtin($pname, vec![object.clone()], Layout::Builtin));)*
                let base_exception =
                    Class::new_builtin("BaseException", vec![object.clone()], Layout::Exception);
                by.insert("base_exception", base_exception.clone());
                $(
                    let base = by[stringify!($ebase)].clone();
                    by.insert(stringify!($ef), Class::new_builtin(stringify!($ename), vec![base], Layout::Exception));
                )*
                let exception_group = Class::new_builtin(
                    "ExceptionGroup",
                    vec![by["base_exception_group"].clone(), by["exception"].clone()],
                    Layout::Exception,
                );
                let bool_ = Class::new_builtin("bool", vec![by["int"].clone()], Layout::Builtin);
                let deque = Class::new_builtin("deque", vec![object.clone()], Layout::Deque);
                *deque.module.borrow_mut() = "collections".into();
                let ellipsis = NativeObj::value(by["ellipsis_type"].clone(), NativeData::Singleton("Ellipsis"));
                let not_implemented = NativeObj::value(
                    by["not_implemented_type"].clone(),
                    NativeData::Singleton("NotImplemented"),
                );
                Types {
                    object,
                    type_,
                    $($pf: by[stringify!($pf)].clone(),)*
                    base_exception,
                    $($ef: by[stringify!($ef)].clone(),)*
                    exception_group,
                    bool_,
                    deque,
                    ellipsis,
                    not_implemented,
                    iterator_classes: Default::default(),
                    io: Default::default(),
                }
            }

            /// The builtin exception classes by name, for the builtins module.
            pub fn exceptions(&self) -> Vec<Rc<Class>> {
                vec![self.base_exception.clone(), $(self.$ef.clone(),)* self.exception_group.clone()]
            }

            /// Empty every class's namespace: the methods and descriptors there hold
            /// the classes in cycles (a `property` getter is a `property`), which the
            /// interpreter's teardown breaks so that its table is freed.
            pub fn clear_namespaces(&self) {
                for c in [&self.object, &self.type_, $(&self.$pf,)* &self.base_exception, $(&self.$ef,)* &self.exception_group, &self.bool_, &self.deque] {
                    c.dict.clear();
                }
                for c in self.iterator_classes.borrow().values() {
                    c.dict.clear();
                }
            }
        }

        /// A builtin exception class named without a class object: what an error made
        /// where no `Vm` is at hand carries until the VM gives it its own class
        /// (`ExcKind::class` of the interpreter's `Types`).
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum ExcKind {
            BaseException,
            $($ename,)*
        }

        impl ExcKind {
            /// This kind's class in an interpreter's table.
            pub fn class(self, t: &Types) -> &Rc<Class> {
                match self {
                    ExcKind::BaseException => &t.base_exception,
                    $(ExcKind::$ename => &t.$ef,)*
                }
            }

            /// The class's name (`TypeError`).
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $(ExcKind::$ename => stringify!($ename),)*
                }
            }

            /// The kind of the one base class (None for BaseException).
            pub fn base(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $(ExcKind::$ename => Some(ExcKind::of_field(stringify!($ebase))),)*
                }
            }

            fn of_field(field: &str) -> ExcKind {
                match field {
                    $(stringify!($ef) => ExcKind::$ename,)*
                    _ => ExcKind::BaseException,
                }
            }
        }
    };
}

registry! {
    plain {
        int: "int", float: "float", complex: "complex", str: "str", list: "list",
        tuple: "tuple", dict: "dict", set: "set", frozenset: "frozenset", none_type: "NoneType",
        function: "function", builtin_function: "builtin_function_or_method", method: "method",
        generator: "generator", coroutine: "coroutine", async_generator: "async_generator",
        module: "module", range: "range", slice: "slice", code: "code", cell: "cell",
        property: "property", staticmethod: "staticmethod", classmethod: "classmethod",
        super_: "super", bytes: "bytes", bytearray: "bytearray", ellipsis_type: "ellipsis",
        not_implemented_type: "NotImplementedType", partial: "partial",
        lru_cache: "_lru_cache_wrapper", iterator: "iterator",
        dict_keys: "dict_keys", dict_values: "dict_values", dict_items: "dict_items",
        memoryview: "memoryview",
    }
    exceptions {
        base_exception_group: BaseExceptionGroup < base_exception,
        generator_exit: GeneratorExit < base_exception,
        keyboard_interrupt: KeyboardInterrupt < base_exception,
        system_exit: SystemExit < base_exception,
        exception: Exception < base_exception,
        arithmetic_error: ArithmeticError < exception,
        floating_point_error: FloatingPointError < arithmetic_error,
        overflow_error: OverflowError < arithmetic_error,
        zero_division_error: ZeroDivisionError < arithmetic_error,
        assertion_error: AssertionError < exception,
        attribute_error: AttributeError < exception,
        buffer_error: BufferError < exception,
        eof_error: EOFError < exception,
        import_error: ImportError < exception,
        module_not_found_error: ModuleNotFoundError < import_error,
        lookup_error: LookupError < exception,
        index_error: IndexError < lookup_error,
        key_error: KeyError < lookup_error,
        memory_error: MemoryError < exception,
        name_error: NameError < exception,
        unbound_local_error: UnboundLocalError < name_error,
        os_error: OSError < exception,
        blocking_io_error: BlockingIOError < os_error,
        child_process_error: ChildProcessError < os_error,
        connection_error: ConnectionError < os_error,
        broken_pipe_error: BrokenPipeError < connection_error,
        connection_aborted_error: ConnectionAbortedError < connection_error,
        connection_refused_error: ConnectionRefusedError < connection_error,
        connection_reset_error: ConnectionResetError < connection_error,
        file_exists_error: FileExistsError < os_error,
        file_not_found_error: FileNotFoundError < os_error,
        interrupted_error: InterruptedError < os_error,
        is_a_directory_error: IsADirectoryError < os_error,
        not_a_directory_error: NotADirectoryError < os_error,
        permission_error: PermissionError < os_error,
        process_lookup_error: ProcessLookupError < os_error,
        timeout_error: TimeoutError < os_error,
        reference_error: ReferenceError < exception,
        runtime_error: RuntimeError < exception,
        not_implemented_error: NotImplementedError < runtime_error,
        recursion_error: RecursionError < runtime_error,
        stop_async_iteration: StopAsyncIteration < exception,
        stop_iteration: StopIteration < exception,
        syntax_error: SyntaxError < exception,
        indentation_error: IndentationError < syntax_error,
        tab_error: TabError < indentation_error,
        system_error: SystemError < exception,
        type_error: TypeError < exception,
        value_error: ValueError < exception,
        unicode_error: UnicodeError < value_error,
        unicode_decode_error: UnicodeDecodeError < unicode_error,
        unicode_encode_error: UnicodeEncodeError < unicode_error,
        unicode_translate_error: UnicodeTranslateError < unicode_error,
        warning: Warning < exception,
        user_warning: UserWarning < warning,
        deprecation_warning: DeprecationWarning < warning,
        runtime_warning: RuntimeWarning < warning,
        pending_deprecation_warning: PendingDeprecationWarning < warning,
        syntax_warning: SyntaxWarning < warning,
        future_warning: FutureWarning < warning,
        import_warning: ImportWarning < warning,
        unicode_warning: UnicodeWarning < warning,
        bytes_warning: BytesWarning < warning,
        resource_warning: ResourceWarning < warning,
        encoding_warning: EncodingWarning < warning,
        cancelled_error: CancelledError < base_exception,
        invalid_state_error: InvalidStateError < exception,
    }
}

impl Default for Types {
    fn default() -> Types {
        Types::new()
    }
}

impl Types {
    pub fn bool_class(&self) -> Rc<Class> {
        self.bool_.clone()
    }

    /// The `io` module's classes, made (with their methods) on first use.
    pub fn io_classes(&self) -> &crate::runtime::io::Classes {
        self.io.get_or_init(|| {
            let c = crate::runtime::io::Classes::build(self);
            c.install(self);
            c
        })
    }

    /// The class of a native iterator kind (`list_iterator`, `zip`, ...), made on first use.
    pub fn iterator_class(&self, name: &'static str) -> Rc<Class> {
        self.iterator_classes
            .borrow_mut()
            .entry(name)
            .or_insert_with(|| Class::new_builtin(name, vec![self.object.clone()], Layout::Builtin))
            .clone()
    }
}
