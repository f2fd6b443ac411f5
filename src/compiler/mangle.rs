//! Private name mangling: inside a class body, and every function or comprehension
//! nested in it, an identifier `__spam` (at least two leading underscores, not ending
//! with two) stands for `_Class__spam`, where `Class` is the innermost class's name
//! without its leading underscores. Scope analysis and code generation both apply it,
//! to names, attribute names and import names; it is not applied to keyword argument
//! names, string constants or dunders.

use crate::ast::Name;

/// `name` as written inside class `private` (None outside any class).
pub fn mangle(private: Option<&str>, name: &Name) -> Name {
    let Some(class) = private else {
        return name.clone();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.clone();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.clone();
    }
    format!("_{class}{name}").into()
}

#[cfg(test)]
mod tests;
