//! The Python view of the dates layer: `Document.dates` is a list of `DateItem`.

use pyo3::prelude::*;

use super::convert::{json_to_py, shorten};
use crate::dates::DateItem;

/// A temporal expression: `text`, code-point `start`/`end`, `type` (DATE | TIME | DURATION | SET), TIMEX3-style
/// `value` (or None), `grain` and `calendar` ("gregorian" | "hijri").
#[pyclass(frozen, module = "khabar._khabar", name = "DateItem")]
pub struct PyDateItem {
    pub(crate) item: DateItem,
}

fn tag<T: serde::Serialize>(x: &T) -> Option<String> {
    match serde_json::to_value(x) {
        Ok(serde_json::Value::String(s)) => Some(s),
        _ => None,
    }
}

#[pymethods]
impl PyDateItem {
    #[getter]
    fn text(&self) -> &str {
        &self.item.text
    }
    #[getter]
    fn start(&self) -> usize {
        self.item.span.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.item.span.end
    }
    #[getter(r#type)]
    fn kind(&self) -> &'static str {
        self.item.kind.as_str()
    }
    #[getter]
    fn value(&self) -> Option<&str> {
        self.item.value.as_deref()
    }
    #[getter]
    fn grain(&self) -> Option<String> {
        self.item.grain.as_ref().and_then(tag)
    }
    #[getter]
    fn calendar(&self) -> Option<String> {
        tag(&self.item.calendar)
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = serde_json::to_value(&self.item).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
        json_to_py(py, &v)
    }
    fn __str__(&self) -> &str {
        &self.item.text
    }
    fn __repr__(&self) -> String {
        format!(
            "DateItem({:?}, {}:{}, {}, {})",
            shorten(&self.item.text, 30),
            self.item.span.start,
            self.item.span.end,
            self.item.kind.as_str(),
            self.item.value.as_deref().map(|v| format!("{v:?}")).unwrap_or_else(|| "None".into())
        )
    }
}

/// The dates layer of a document, or None when it was not computed.
pub(crate) fn dates_of(doc: &crate::document::Document) -> Option<Vec<PyDateItem>> {
    doc.dates.as_ref().map(|v| v.iter().map(|x| PyDateItem { item: x.clone() }).collect())
}
