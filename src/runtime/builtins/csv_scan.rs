//! `_csv_scan.parse_line`: the csv reader's character state machine in Rust, one input
//! line per call, for the speed of `csv.reader` on large files (it ran every character
//! through Python code, about 300 times slower than CPython's C parser).
//!
//! The Python reader in pylib's `_csv.py` keeps everything else: the dialect, the line
//! iteration, `line_num`, end-of-data handling and the field size limit's setting. The
//! states are its states (and CPython's), carried between calls as an int so a quoted
//! field may span lines. The module also holds the writer's `format_row` (`csv_write`).

use super::def;
use crate::runtime::dict::PyDict;
use crate::runtime::error::{type_error, PyErr, PyResult};
use crate::runtime::function::Args;
use crate::runtime::value::Value;
use crate::vm::Vm;
use std::rc::Rc;

pub fn module() -> Rc<PyDict> {
    let m = Rc::new(PyDict::new());
    m.set_by_str("__name__", Value::str("_csv_scan"));
    def(&m, "parse_line", parse_line);
    def(&m, "format_row", super::csv_write::format_row);
    m
}

/// The reader's states, numbered as `_csv.py` numbers them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

impl State {
    fn from_int(n: i64) -> Option<State> {
        use State::*;
        Some(match n {
            0 => StartRecord,
            1 => StartField,
            2 => EscapedChar,
            3 => InField,
            4 => InQuotedField,
            5 => EscapeInQuotedField,
            6 => QuoteInQuotedField,
            7 => EatCrnl,
            8 => AfterEscapedCrnl,
            _ => return None,
        })
    }
}

/// The quoting modes, as `csv.QUOTE_*` number them.
pub(super) const QUOTE_ALL: i64 = 1;
pub(super) const QUOTE_NONNUMERIC: i64 = 2;
pub(super) const QUOTE_NONE: i64 = 3;

/// A dialect's parsing options.
struct Dialect {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    quoting: i64,
    strict: bool,
    field_limit: usize,
}

/// One record being parsed: the fields finished so far go to `fields` (a list the
/// caller owns), the field under way is `field`.
struct Parser<'a> {
    d: &'a Dialect,
    state: State,
    field: String,
    field_len: usize,
    numeric: bool,
    fields: Vec<Value>,
}

/// Why parsing stopped early: a csv.Error message, or an exception from `float()`.
enum Stop {
    Csv(String),
    Raised(PyErr),
}

impl Parser<'_> {
    fn add_char(&mut self, c: char) -> Result<(), Stop> {
        if self.field_len >= self.d.field_limit {
            return Err(Stop::Csv(format!(
                "field larger than field limit ({})",
                self.d.field_limit
            )));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    fn save_field(&mut self, vm: &mut Vm) -> Result<(), Stop> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        let v = Value::from_string(text);
        let v = if std::mem::take(&mut self.numeric) {
            let float = Value::Class(vm.types().float.clone());
            vm.call_args(&float, [v]).map_err(Stop::Raised)?
        } else {
            v
        };
        self.fields.push(v);
        Ok(())
    }

    /// The end of a field at a line end (`eol`: the end of the input line itself).
    fn end_record(&mut self, vm: &mut Vm, eol: bool) -> Result<(), Stop> {
        self.save_field(vm)?;
        self.state = if eol {
            State::StartRecord
        } else {
            State::EatCrnl
        };
        Ok(())
    }

    /// One character, or the end of the input line (`None`).
    fn process(&mut self, vm: &mut Vm, c: Option<char>) -> Result<(), Stop> {
        use State::*;
        let d = self.d;
        let newline = matches!(c, Some('\n' | '\r'));
        let quoting_on = d.quoting != QUOTE_NONE;
        let mut state = self.state;
        if state == StartRecord {
            if c.is_none() {
                return Ok(());
            }
            if newline {
                self.state = EatCrnl;
                return Ok(());
            }
            state = StartField;
        }
        if state == AfterEscapedCrnl {
            if c.is_none() {
                return Ok(());
            }
            state = InField;
        }
        match state {
            StartField => match c {
                None => self.end_record(vm, true)?,
                Some(_) if newline => self.end_record(vm, false)?,
                Some(ch) if Some(ch) == d.quotechar && quoting_on => self.state = InQuotedField,
                Some(ch) if Some(ch) == d.escapechar => self.state = EscapedChar,
                Some(' ') if d.skipinitialspace => self.state = StartField,
                Some(ch) if ch == d.delimiter => {
                    self.save_field(vm)?;
                    self.state = StartField;
                }
                Some(ch) => {
                    if d.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(ch)?;
                    self.state = InField;
                }
            },
            EscapedChar => {
                let ch = c.unwrap_or('\n');
                self.add_char(ch)?;
                self.state = if newline { AfterEscapedCrnl } else { InField };
            }
            InField => match c {
                None => self.end_record(vm, true)?,
                Some(_) if newline => self.end_record(vm, false)?,
                Some(ch) if Some(ch) == d.escapechar => self.state = EscapedChar,
                Some(ch) if ch == d.delimiter => {
                    self.save_field(vm)?;
                    self.state = StartField;
                }
                Some(ch) => {
                    self.add_char(ch)?;
                    self.state = InField;
                }
            },
            InQuotedField => match c {
                None => {}
                Some(ch) if Some(ch) == d.escapechar => self.state = EscapeInQuotedField,
                Some(ch) if Some(ch) == d.quotechar && quoting_on => {
                    self.state = if d.doublequote {
                        QuoteInQuotedField
                    } else {
                        InField
                    };
                }
                Some(ch) => self.add_char(ch)?,
            },
            EscapeInQuotedField => {
                self.add_char(c.unwrap_or('\n'))?;
                self.state = InQuotedField;
            }
            QuoteInQuotedField => match c {
                Some(ch) if quoting_on && Some(ch) == d.quotechar => {
                    self.add_char(ch)?;
                    self.state = InQuotedField;
                }
                Some(ch) if ch == d.delimiter => {
                    self.save_field(vm)?;
                    self.state = StartField;
                }
                None => self.end_record(vm, true)?,
                Some(_) if newline => self.end_record(vm, false)?,
                Some(ch) if !d.strict => {
                    self.add_char(ch)?;
                    self.state = InField;
                }
                Some(_) => {
                    let quote = d.quotechar.map(String::from).unwrap_or_default();
                    return Err(Stop::Csv(format!(
                        "'{}' expected after '{quote}'",
                        d.delimiter
                    )));
                }
            },
            EatCrnl => match c {
                None => self.state = StartRecord,
                Some(_) if newline => {}
                Some(_) => {
                    return Err(Stop::Csv(
                        "new-line character seen in unquoted field - do you need to open \
                         the file in universal-newline mode?"
                            .into(),
                    ))
                }
            },
            // Both became another state above.
            StartRecord | AfterEscapedCrnl => {}
        }
        Ok(())
    }
}

/// A one-character option (or None where the dialect allows it).
pub(super) fn char_opt(v: &Value) -> PyResult<Option<char>> {
    match v {
        Value::None => Ok(None),
        Value::Str(s) => Ok(s.as_str().chars().next()),
        _ => Err(type_error("csv dialect characters must be str or None")),
    }
}

/// `parse_line(line, state, field, numeric, fields, options, field_limit, error_class)`
/// with `options` the dialect's `(delimiter, quotechar, escapechar, doublequote,
/// skipinitialspace, quoting, strict)`: runs `line`'s characters and then the line's
/// end through the state machine, appends the fields it finishes to the list `fields`,
/// and returns `(state, field, numeric)`.
fn parse_line(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let a = crate::runtime::signature::module_positional(&args, "_csv_scan", "parse_line", 8, 8)?;
    let (Value::Str(line), Value::Str(field), Value::List(out), Value::Tuple(o)) =
        (&a[0], &a[2], &a[4], &a[5])
    else {
        return Err(type_error(
            "parse_line: line and field must be str, fields a list",
        ));
    };
    let [delimiter, quotechar, escapechar, doublequote, skipinitialspace, quoting, strict] =
        &o.items[..]
    else {
        return Err(type_error("parse_line: options must be a 7-tuple"));
    };
    let int = |v: &Value| super::as_int(v).and_then(|i| i.to_i64());
    let state = int(&a[1])
        .and_then(State::from_int)
        .ok_or_else(|| type_error("parse_line: bad state"))?;
    let d = Dialect {
        delimiter: char_opt(delimiter)?.ok_or_else(|| type_error("delimiter must be set"))?,
        quotechar: char_opt(quotechar)?,
        escapechar: char_opt(escapechar)?,
        doublequote: vm.truthy(doublequote)?,
        skipinitialspace: vm.truthy(skipinitialspace)?,
        quoting: int(quoting).unwrap_or(0),
        strict: vm.truthy(strict)?,
        field_limit: int(&a[6]).unwrap_or(i64::MAX).max(0) as usize,
    };
    let mut p = Parser {
        d: &d,
        state,
        field: field.as_str().to_string(),
        field_len: field.as_str().chars().count(),
        numeric: vm.truthy(&a[3])?,
        fields: Vec::new(),
    };
    let mut result = Ok(());
    for c in line.as_str().chars().map(Some).chain([None]) {
        result = p.process(vm, c);
        if result.is_err() {
            break;
        }
    }
    // Fields finished before an error stay with the record, as the Python reader's did.
    for v in p.fields.drain(..) {
        out.push(v);
    }
    match result {
        Ok(()) => Ok(Value::tuple(vec![
            Value::Int(p.state as i64),
            Value::from_string(p.field),
            Value::Bool(p.numeric),
        ])),
        Err(Stop::Raised(e)) => Err(e),
        Err(Stop::Csv(msg)) => match vm.call_args(&a[7], [Value::from_string(msg)])? {
            Value::Instance(inst) => Err(PyErr::from_instance(inst)),
            _ => Err(type_error("exceptions must derive from BaseException")),
        },
    }
}
