//! Future statements: the `from __future__ import ...` run at the top of a module (after
//! an optional docstring), which features it turns on, and CPython's SyntaxErrors for an
//! unknown feature, for `braces`, and for a future import placed after other code on the
//! same line. A future import further down the file is rejected by code generation
//! (it compares lines with [`FutureFeatures::last_line`]), as in CPython.
//!
//! At run time a future import is still an ordinary import of the `__future__` module;
//! this module only decides how the rest of the file is compiled.

use super::bytecode::SourceFile;
use super::codegen::docstring;
use crate::ast::{Module, Span, Stmt, StmtKind};
use crate::syntax_error::SyntaxError;

/// What the module's future statements change in its compilation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `annotations` (PEP 563): annotations are stored as their source text, unevaluated.
    pub annotations: bool,
    /// The line of the last future import of the opening run, 0 when there is none: a
    /// future import on a later line is misplaced.
    pub last_line: usize,
}

/// Features CPython 3.11 accepts and that change nothing in 3.11: they are mandatory by now.
const ALREADY_ON: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "generator_stop",
];

/// The message for a misplaced future import.
pub const LATE_FUTURE: &str = "from __future__ imports must occur at the beginning of the file";

/// Read the future statements at the top of `module`.
pub fn scan(module: &Module, source: &SourceFile) -> Result<FutureFeatures, SyntaxError> {
    let mut features = FutureFeatures::default();
    let skip = usize::from(docstring(&module.body).is_some());
    let mut done = false;
    let mut previous_line = 0;
    for stmt in &module.body[skip..] {
        let line = source.line_of(stmt.span.start);
        if done && line > previous_line {
            break;
        }
        previous_line = line;
        match future_names(stmt) {
            // Only a future import joined by `;` to earlier code on its own line gets
            // here: CPython reports it one column left of the statement.
            Some(_) if done => {
                let at = stmt.span.start.saturating_sub(1) as usize;
                return Err(misplaced(LATE_FUTURE, Span::new(at, at)));
            }
            Some(names) => {
                for name in names {
                    check_feature(name, stmt, &mut features)?;
                }
                features.last_line = line;
            }
            None => done = true,
        }
    }
    Ok(features)
}

/// Whether `stmt` is a future import.
pub fn is_future_import(stmt: &Stmt) -> bool {
    future_names(stmt).is_some()
}

/// The feature names of a `from __future__ import ...` (a relative `from .__future__`
/// counts too, as in CPython).
fn future_names(stmt: &Stmt) -> Option<impl Iterator<Item = &str>> {
    match &stmt.kind {
        StmtKind::ImportFrom {
            module: Some(module),
            names,
            ..
        } if &**module == "__future__" => Some(names.iter().map(|alias| &*alias.name)),
        _ => None,
    }
}

fn check_feature(
    name: &str,
    stmt: &Stmt,
    features: &mut FutureFeatures,
) -> Result<(), SyntaxError> {
    // CPython points at the statement's first column with a single caret.
    let at = Span::new(stmt.span.start as usize, stmt.span.start as usize);
    match name {
        "annotations" => features.annotations = true,
        _ if ALREADY_ON.contains(&name) => {}
        "braces" => return Err(misplaced("not a chance", at)),
        "barry_as_FLUFL" => {
            return Err(misplaced(
                "future feature barry_as_FLUFL is not supported by coro",
                at,
            ))
        }
        _ => {
            let shown: String = name.chars().take(100).collect();
            return Err(misplaced(
                format!("future feature {shown} is not defined"),
                at,
            ));
        }
    }
    Ok(())
}

#[cold]
fn misplaced(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError::syntax(message, span)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::parse_module;
    use std::rc::Rc;

    fn scan_source(text: &str) -> Result<FutureFeatures, String> {
        let module = parse_module(text).map_err(|e| e.message.clone())?;
        let source = SourceFile {
            name: "t.py".into(),
            text: Rc::from(text),
        };
        scan(&module, &source).map_err(|e| e.message)
    }

    #[test]
    fn annotations_is_found_after_a_docstring_and_other_features() {
        let found = scan_source("'doc'\nfrom __future__ import division\nfrom __future__ import (generators,\n annotations)\nx = 1\n");
        assert_eq!(
            found,
            Ok(FutureFeatures {
                annotations: true,
                last_line: 3
            })
        );
        assert_eq!(scan_source("x = 1\n").map(|f| f.annotations), Ok(false));
    }

    #[test]
    fn unknown_and_joke_features_are_rejected() {
        assert_eq!(
            scan_source("from __future__ import braces\n"),
            Err("not a chance".into())
        );
        assert_eq!(
            scan_source("from __future__ import annotations, nope\n"),
            Err("future feature nope is not defined".into())
        );
        assert_eq!(
            scan_source("from __future__ import *\n"),
            Err("future feature * is not defined".into())
        );
    }

    #[test]
    fn a_future_import_after_code_on_the_same_line_is_misplaced() {
        assert_eq!(
            scan_source("import os; from __future__ import annotations\n"),
            Err(LATE_FUTURE.into())
        );
        // On a later line it is left to code generation, which knows the line.
        assert_eq!(
            scan_source("import os\nfrom __future__ import annotations\n"),
            Ok(FutureFeatures::default())
        );
    }
}
