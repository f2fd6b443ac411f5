//! `LoadMethod` on values of the built-in data types (`s.split`, `d.get`, `l.append`,
//! `fut.done`, `gen.send`, ...) through the instruction's attribute cache: the type's method is remembered per
//! site under the type's MRO stamp, so a hit is a pointer compare and a stamp compare
//! instead of a per-class method-cache probe keyed by the name's text. These values have
//! no instance dict, so nothing can shadow a method found on their type.
//!
//! Not instances of user classes (`attr_fast.rs`), and not attribute loads that are not
//! calls.

use super::attr_fast::MethodLoad;
use super::Vm;
use crate::runtime::attr_cache::{AttrCache, AttrKind};
use crate::runtime::error::PyResult;
use crate::runtime::native::NativeData;
use crate::runtime::str::StrRef;
use crate::runtime::value::Value;

impl Vm {
    /// `obj.name` for a call when `obj` is a str, list, tuple, dict, set, int, float,
    /// generator or natively made object; None for other values (the caller takes its usual path).
    #[inline]
    pub(crate) fn load_builtin_method_cached(
        &mut self,
        c: &AttrCache,
        obj: &Value,
        name: &StrRef,
    ) -> Option<PyResult<MethodLoad>> {
        let typed = match obj {
            Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Generator(_) => true,
            // Natively made objects (futures, tasks, handles, iterators, ...) answer
            // methods from their type as `lookup_method` does; a module's or a `super()`
            // proxy's attributes are their own.
            Value::Native(n) => !matches!(n.data, NativeData::Module(_) | NativeData::Super { .. }),
            _ => false,
        };
        if !typed {
            return None;
        }
        let cls = self.type_of(obj);
        if let (AttrKind::Method, Some(way)) = c.kind_for(&cls) {
            return Some(Ok(MethodLoad::Method(way.value())));
        }
        let stamp = cls.mro_stamp();
        let found = self.lookup_method(obj, name);
        Some(match found {
            Ok(Some(m)) => {
                c.fill(&cls, stamp, AttrKind::Method, m.clone());
                Ok(MethodLoad::Method(m))
            }
            Ok(None) => self.getattr_str(obj, name).map(MethodLoad::Attr),
            Err(e) => Err(e),
        })
    }
}
