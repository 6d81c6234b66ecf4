//! Python views of the number layer, and `parse_number`.

use std::sync::Arc;

use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use super::convert::{json_to_py, shorten};
use super::doc::PyDocument;
use super::{text_arg, to_py_err};
use crate::document::Document;
use crate::numbers::Number;

/// A numeric expression: `text`, code-point `start`/`end`, `value`, `unit` (or None) and `kind`
/// (cardinal | ordinal | percent | money | fraction | approx).
#[pyclass(frozen, module = "khabar._khabar", name = "Number")]
pub struct PyNumber {
    pub(crate) doc: Arc<Document>,
    pub(crate) i: usize,
}

impl PyNumber {
    fn num(&self) -> Option<&Number> {
        self.doc.numbers.as_ref().and_then(|ns| ns.get(self.i))
    }
    fn get(&self) -> PyResult<&Number> {
        self.num().ok_or_else(|| PyIndexError::new_err("number index"))
    }
}

/// The number views of a document (empty when the layer was not computed).
pub(crate) fn numbers_of(doc: &Arc<Document>) -> Vec<PyNumber> {
    let n = doc.numbers.as_ref().map_or(0, |ns| ns.len());
    (0..n).map(|i| PyNumber { doc: doc.clone(), i }).collect()
}

#[pymethods]
impl PyNumber {
    #[getter]
    fn text(&self) -> PyResult<&str> {
        Ok(&self.get()?.text)
    }
    #[getter]
    fn start(&self) -> PyResult<usize> {
        Ok(self.get()?.span.start)
    }
    #[getter]
    fn end(&self) -> PyResult<usize> {
        Ok(self.get()?.span.end)
    }
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
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = serde_json::to_value(self.get()?).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
        json_to_py(py, &v)
    }
    fn __str__(&self) -> PyResult<&str> {
        self.text()
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let module = py.import("khabar._khabar")?;
        let f = module.getattr("_number")?;
        let d = Bound::new(py, PyDocument { doc: self.doc.clone() })?;
        Ok((f, (d, self.i).into_pyobject(py)?))
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

#[pyfunction]
pub fn _number(doc: PyRef<'_, PyDocument>, i: usize) -> PyResult<PyNumber> {
    let n = doc.doc.numbers.as_ref().map_or(0, |ns| ns.len());
    (i < n).then(|| PyNumber { doc: doc.doc.clone(), i }).ok_or_else(|| PyIndexError::new_err("number index"))
}

/// The value of `text` read as one numeric expression («ستة آلاف» → 6000.0); `NotANumberError` otherwise.
#[pyfunction]
pub fn parse_number(text: Bound<'_, PyString>) -> PyResult<f64> {
    let text = text_arg(&text)?;
    crate::numbers::parse_number(&text).map_err(to_py_err)
}
