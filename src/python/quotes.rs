//! Python views of the quote layer: `Quote` (text, span, kind, speaker, cue, confidence, speaker_entity) and
//! `QuotePart` (a speaker or cue: text and span).

use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::convert::{json_to_py, shorten};
use super::doc::PyDocument;
use crate::document::Document;
use crate::quotes::{Quote, QuoteKind, QuotePart};

/// A speaker or cue: `text` and code-point `start`/`end`.
#[pyclass(frozen, module = "khabar._khabar", name = "QuotePart")]
pub struct PyQuotePart {
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
}

impl PyQuotePart {
    fn from(p: &QuotePart) -> Self {
        PyQuotePart { text: p.text.clone(), start: p.span.start, end: p.span.end }
    }
}

#[pymethods]
impl PyQuotePart {
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &serde_json::json!({"text": self.text, "start": self.start, "end": self.end}))
    }
    fn __repr__(&self) -> String {
        format!("QuotePart({:?}, {}:{})", self.text, self.start, self.end)
    }
}

/// A quotation: the quoted `text` and its `start`/`end`, `kind` ("direct" | "indirect"), `speaker` and `cue`
/// (`QuotePart` or None), `confidence`, and `speaker_entity` (a dict, when an entity overlaps the speaker).
#[pyclass(frozen, module = "khabar._khabar", name = "Quote")]
pub struct PyQuote {
    doc: Arc<Document>,
    i: usize,
}

impl PyQuote {
    pub fn all(doc: &Arc<Document>) -> Option<Vec<PyQuote>> {
        doc.quotes.as_ref().map(|qs| (0..qs.len()).map(|i| PyQuote { doc: doc.clone(), i }).collect())
    }
    fn q(&self) -> &Quote {
        // the index was taken from this same immutable document
        &self.doc.quotes.as_deref().unwrap_or_default()[self.i]
    }
}

#[pymethods]
impl PyQuote {
    #[getter]
    fn text(&self) -> &str {
        &self.q().text
    }
    #[getter]
    fn start(&self) -> usize {
        self.q().span.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.q().span.end
    }
    #[getter]
    fn kind(&self) -> &'static str {
        match self.q().kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
    #[getter]
    fn speaker(&self) -> Option<PyQuotePart> {
        self.q().speaker.as_ref().map(PyQuotePart::from)
    }
    #[getter]
    fn cue(&self) -> Option<PyQuotePart> {
        self.q().cue.as_ref().map(PyQuotePart::from)
    }
    #[getter]
    fn confidence(&self) -> f64 {
        self.q().confidence
    }
    #[getter]
    fn speaker_entity<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        match &self.q().speaker_entity {
            Some(e) => {
                let v = serde_json::to_value(e).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
                Ok(Some(json_to_py(py, &v)?))
            }
            None => Ok(None),
        }
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let v = serde_json::to_value(self.q()).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
        json_to_py(py, &v)
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let module = py.import("khabar._khabar")?;
        let f = module.getattr("_quote")?;
        let d = Bound::new(py, PyDocument { doc: self.doc.clone() })?;
        Ok((f, (d, self.i).into_pyobject(py)?))
    }
    fn __repr__(&self) -> String {
        let q = self.q();
        let opt = |p: &Option<QuotePart>| p.as_ref().map_or_else(|| "None".to_string(), |s| format!("{:?}", s.text));
        format!("Quote({:?}, {}, speaker={}, cue={})", shorten(&q.text, 30), self.kind(), opt(&q.speaker), opt(&q.cue))
    }
}

#[pyfunction]
pub fn _quote(doc: PyRef<'_, PyDocument>, i: usize) -> PyResult<PyQuote> {
    let n = doc.doc.quotes.as_ref().map_or(0, Vec::len);
    (i < n).then(|| PyQuote { doc: doc.doc.clone(), i }).ok_or_else(|| pyo3::exceptions::PyIndexError::new_err("quote index"))
}
