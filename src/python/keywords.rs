//! Python view of the keyphrase layer: `Keyphrase` (text, span, score, entity, occurrences).

use std::sync::Arc;

use pyo3::exceptions::PyIndexError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::convert::json_to_py;
use super::doc::PyDocument;
use crate::document::Document;
use crate::keywords::Keyphrase;

/// A keyphrase: its reported surface form `text` and that form's first `start`/`end`, its `score` (higher is more
/// central; comparable within one document), `entity` (True when it came from a named entity) and `occurrences`,
/// the code-point `(start, end)` of every occurrence of any of its variants, in text order.
#[pyclass(frozen, module = "khabar._khabar", name = "Keyphrase")]
pub struct PyKeyphrase {
    doc: Arc<Document>,
    i: usize,
}

impl PyKeyphrase {
    fn get(&self) -> PyResult<&Keyphrase> {
        self.doc.keywords.as_ref().and_then(|ks| ks.get(self.i)).ok_or_else(|| PyIndexError::new_err("keyphrase index"))
    }
}

/// The keyphrase views of a document (empty when the layer was not computed).
pub(crate) fn keywords_of(doc: &Arc<Document>) -> Vec<PyKeyphrase> {
    let n = doc.keywords.as_ref().map_or(0, Vec::len);
    (0..n).map(|i| PyKeyphrase { doc: doc.clone(), i }).collect()
}

#[pymethods]
impl PyKeyphrase {
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
    fn byte_start(&self) -> PyResult<usize> {
        Ok(self.get()?.span.byte_start)
    }
    #[getter]
    fn byte_end(&self) -> PyResult<usize> {
        Ok(self.get()?.span.byte_end)
    }
    #[getter]
    fn score(&self) -> PyResult<f64> {
        Ok(self.get()?.score)
    }
    #[getter]
    fn entity(&self) -> PyResult<bool> {
        Ok(self.get()?.entity)
    }
    /// Every occurrence as a code-point `(start, end)` pair, in text order.
    #[getter]
    fn occurrences(&self) -> PyResult<Vec<(usize, usize)>> {
        Ok(self.get()?.occurrences.iter().map(|o| (o.span.start, o.span.end)).collect())
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
        let f = module.getattr("_keyphrase")?;
        let d = Bound::new(py, PyDocument { doc: self.doc.clone() })?;
        Ok((f, (d, self.i).into_pyobject(py)?))
    }
    fn __repr__(&self) -> PyResult<String> {
        let k = self.get()?;
        Ok(format!("Keyphrase({:?}, score={}, occurrences={})", k.text, k.score, k.occurrences.len()))
    }
}

#[pyfunction]
pub fn _keyphrase(doc: PyRef<'_, PyDocument>, i: usize) -> PyResult<PyKeyphrase> {
    let n = doc.doc.keywords.as_ref().map_or(0, Vec::len);
    (i < n).then(|| PyKeyphrase { doc: doc.doc.clone(), i }).ok_or_else(|| PyIndexError::new_err("keyphrase index"))
}
