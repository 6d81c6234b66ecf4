//! Python views of the number layer, and `parse_number`.

use pyo3::prelude::*;
use pyo3::types::PyString;

use super::convert::shorten;
use super::view::item_view;
use super::{text_arg, to_py_err};
use crate::numbers::Number;

item_view!(
    /// A numeric expression: `text`, code-point `start`/`end`, `value`, `unit` (or None) and `kind`
    /// (cardinal | ordinal | percent | money | fraction | approx).
    PyNumber, "Number", Number, numbers, _number, {
        #[getter]
        fn value(&self) -> PyResult<f64> {
            Ok(self.get()?.value)
        }
        #[getter]
        fn unit(&self) -> PyResult<Option<&str>> {
            Ok(self.get()?.unit.as_deref())
        }
        #[getter]
        fn kind(&self) -> PyResult<&'static str> {
            Ok(self.get()?.kind.as_str())
        }
        fn __repr__(&self) -> PyResult<String> {
            let n = self.get()?;
            Ok(format!(
                "Number({:?}, {}:{}, value={}, unit={}, kind={})",
                shorten(&n.text, 30),
                n.span.start,
                n.span.end,
                n.value,
                n.unit.as_deref().map(|u| format!("{u:?}")).unwrap_or_else(|| "None".into()),
                n.kind.as_str()
            ))
        }
    }
);

/// The value of `text` read as one numeric expression («ستة آلاف» → 6000.0); `NotANumberError` otherwise.
#[pyfunction]
pub fn parse_number(text: Bound<'_, PyString>) -> PyResult<f64> {
    let text = text_arg(&text)?;
    crate::numbers::parse_number(&text).map_err(to_py_err)
}
