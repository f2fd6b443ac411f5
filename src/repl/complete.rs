//! Tab completion, as CPython's rlcompleter does it: keywords, names in scope (the
//! `__main__` globals and the builtins) and attributes after a dot (`os.pa` ->
//! `os.path`). Callables get a `(` appended, keywords a space or colon.
//!
//! The candidates are computed on the interpreter's thread, where the values live; the
//! editor only asks (see `editor.rs`). Only dotted names are followed before the dot:
//! completing never calls anything but attribute lookup.

use crate::runtime::dict::PyDict;
use crate::runtime::native::NativeData;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::collections::BTreeSet;

/// Python 3.11's `keyword.kwlist`.
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// What is being completed: the text to replace starts at `start` in the line.
#[derive(Debug, PartialEq)]
pub struct CompletionSite<'a> {
    pub start: usize,
    /// The dotted names before the last dot (`["os", "path"]` for `os.path.jo`), empty
    /// for a plain name.
    pub path: Vec<&'a str>,
    /// The partial name being typed.
    pub prefix: &'a str,
}

/// Find the dotted name that ends at the cursor. `None` when there is nothing to
/// complete (the cursor follows a space, an operator, a digit...).
pub fn site(line: &str, pos: usize) -> Option<CompletionSite<'_>> {
    let before = line.get(..pos)?;
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c == '.' || c == '_' || c.is_alphanumeric())
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[word_start..];
    let (path, prefix) = match word.rfind('.') {
        Some(dot) => (word[..dot].split('.').collect::<Vec<_>>(), &word[dot + 1..]),
        None => (Vec::new(), word),
    };
    let is_name = |s: &str| {
        s.chars()
            .next()
            .is_some_and(|c| c == '_' || c.is_alphabetic())
    };
    if path.iter().any(|p| !is_name(p)) || (!prefix.is_empty() && !is_name(prefix)) {
        return None;
    }
    if path.is_empty() && prefix.is_empty() {
        return None;
    }
    Some(CompletionSite {
        start: pos - prefix.len(),
        path,
        prefix,
    })
}

/// The completions of `site`: full replacement texts for the prefix, sorted.
pub fn candidates(vm: &mut Vm, globals: &PyDict, site: &CompletionSite<'_>) -> Vec<String> {
    let mut out = BTreeSet::new();
    if site.path.is_empty() {
        for kw in KEYWORDS.iter().filter(|k| k.starts_with(site.prefix)) {
            out.insert(keyword_completion(kw));
        }
        for dict in [globals, &vm.builtins.clone()] {
            for (key, value) in dict.items() {
                if let Value::Str(name) = key {
                    let name = name.as_str();
                    if name.starts_with(site.prefix) && !KEYWORDS.contains(&name) {
                        out.insert(with_call_paren(name, &value));
                    }
                }
            }
        }
        return out.into_iter().collect();
    }
    let Some(base) = follow_path(vm, globals, &site.path) else {
        return Vec::new();
    };
    for name in attribute_names(vm, &base) {
        if !name.starts_with(site.prefix) || hidden(&name, site.prefix) {
            continue;
        }
        match vm.getattr(&base, &name) {
            Ok(value) => out.insert(with_call_paren(&name, &value)),
            Err(_) => out.insert(name),
        };
    }
    out.into_iter().collect()
}

/// rlcompleter hides `_private` names until the prefix starts with `_`, and `__dunder__`
/// names until it starts with `__`.
fn hidden(name: &str, prefix: &str) -> bool {
    (prefix.is_empty() && name.starts_with('_')) || (prefix == "_" && name.starts_with("__"))
}

fn keyword_completion(kw: &str) -> String {
    match kw {
        "finally" | "try" => format!("{kw}:"),
        "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => kw.to_string(),
        _ => format!("{kw} "),
    }
}

fn with_call_paren(name: &str, value: &Value) -> String {
    match value {
        Value::Function(_) | Value::BoundMethod(_) | Value::Builtin(_) | Value::Class(_) => {
            format!("{name}(")
        }
        _ => name.to_string(),
    }
}

/// The value a dotted name refers to, by plain lookups.
fn follow_path(vm: &mut Vm, globals: &PyDict, path: &[&str]) -> Option<Value> {
    let (first, rest) = path.split_first()?;
    let mut value = globals
        .get_by_str(first)
        .or_else(|| vm.builtins.get_by_str(first))?;
    for name in rest {
        value = vm.getattr(&value, name).ok()?;
    }
    Some(value)
}

/// The attribute names of a value: its own namespace and its class's, along the MRO
/// (what `dir()` lists, without calling `__dir__`).
fn attribute_names(vm: &Vm, value: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut add = |dict: &PyDict| {
        for key in dict.keys() {
            if let Value::Str(s) = key {
                names.insert(s.as_str().to_string());
            }
        }
    };
    match value {
        Value::Instance(inst) => add(&inst.dict()),
        Value::Function(f) => {
            if let Some(d) = f.dict_if_any() {
                add(d)
            }
        }
        Value::Native(obj) => {
            if let NativeData::Module(m) = &obj.data {
                add(&m.dict);
            }
        }
        Value::Class(class) => {
            for c in class.mro() {
                add(&c.dict);
            }
        }
        _ => {}
    }
    if !matches!(value, Value::Native(obj) if matches!(obj.data, NativeData::Module(_))) {
        for c in vm.type_of(value).mro() {
            add(&c.dict);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interpreter::Interpreter;

    #[test]
    fn the_site_is_the_dotted_name_before_the_cursor() {
        let s = site("print(os.pa", 11).unwrap();
        assert_eq!((s.start, s.path, s.prefix), (9, vec!["os"], "pa"));
        let s = site("x = pri", 7).unwrap();
        assert_eq!((s.start, s.path, s.prefix), (4, vec![], "pri"));
        let s = site("a.b.", 4).unwrap();
        assert_eq!((s.start, s.path, s.prefix), (4, vec!["a", "b"], ""));
        assert_eq!(site("x = ", 4), None);
        assert_eq!(site("1.5", 3), None);
        assert_eq!(site("", 0), None);
    }

    fn complete(interp: &mut Interpreter, line: &str) -> Vec<String> {
        let s = site(line, line.len()).unwrap();
        candidates(&mut interp.vm, &interp.main.clone(), &s)
    }

    #[test]
    fn names_keywords_and_builtins() {
        let mut interp = Interpreter::new();
        let code = interp
            .compile(
                "<t>",
                "def whizz(): pass\nwhole = 3\n",
                crate::compiler::CompileMode::Module,
            )
            .ok()
            .unwrap();
        interp
            .vm
            .run_code(code, interp.main.clone(), None)
            .ok()
            .unwrap();
        assert_eq!(complete(&mut interp, "wh"), ["while ", "whizz(", "whole"]);
        assert!(complete(&mut interp, "pri").contains(&"print(".to_string()));
        assert_eq!(complete(&mut interp, "fina"), ["finally:"]);
    }

    #[test]
    fn attributes_after_a_dot() {
        let mut interp = Interpreter::new();
        let src = "class K:\n    alpha = 1\n    def also(self): pass\n    _hidden = 2\nk = K()\nk.apex = 3\n";
        let code = interp
            .compile("<t>", src, crate::compiler::CompileMode::Module)
            .ok()
            .unwrap();
        interp
            .vm
            .run_code(code, interp.main.clone(), None)
            .ok()
            .unwrap();
        assert_eq!(complete(&mut interp, "k.a"), ["alpha", "also(", "apex"]);
        assert!(!complete(&mut interp, "k.")
            .iter()
            .any(|n| n.starts_with('_')));
        assert_eq!(complete(&mut interp, "k._h"), ["_hidden"]);
        assert!(complete(&mut interp, "nosuch.x").is_empty());
    }
}
