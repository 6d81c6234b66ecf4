//! Python views of a Document. Each view holds the shared document and an index, so building the lists is cheap
//! and every attribute reads straight from the core structures.

use std::sync::Arc;

use pyo3::exceptions::{PyIndexError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PySlice, PyTuple};

use super::convert::{json_to_py, shorten};
use super::to_py_err;
use crate::document::{Document, Segment, Sentence, Token};

fn to_dict<'py, T: serde::Serialize>(py: Python<'py>, x: &T) -> PyResult<Bound<'py, PyAny>> {
    let v = serde_json::to_value(x).map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    json_to_py(py, &v)
}

/// An analyzed text and its layers.
#[pyclass(frozen, module = "khabar._khabar", name = "Document", sequence)]
pub struct PyDocument {
    pub(crate) doc: Arc<Document>,
}

impl PyDocument {
    pub fn new(doc: Document) -> Self {
        PyDocument { doc: Arc::new(doc) }
    }
}

#[pymethods]
impl PyDocument {
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }
    #[getter]
    fn reference_date(&self) -> Option<chrono::NaiveDate> {
        self.doc.reference_date
    }
    #[getter]
    fn tokens(&self) -> Vec<PyToken> {
        (0..self.doc.tokens.len()).map(|i| PyToken { doc: self.doc.clone(), i }).collect()
    }
    /// Named entities (PER, ORG, LOC, MISC), in text order.
    #[getter]
    fn entities(&self) -> Vec<PyEntity> {
        PyEntity::all(&self.doc)
    }
    #[getter]
    fn sentences(&self) -> Vec<PySentence> {
        (0..self.doc.sentences.len()).map(|i| PySentence { doc: self.doc.clone(), i }).collect()
    }
    /// Direct and indirect quotations (every layer getter returns a list, empty when the layer was not
    /// computed; `to_dict()` leaves such a layer out).
    #[getter]
    fn quotes(&self) -> Vec<super::quotes::PyQuote> {
        super::quotes::PyQuote::all(&self.doc).unwrap_or_default()
    }
    /// Temporal expressions.
    #[getter]
    fn dates(&self) -> Vec<super::dates::PyDateItem> {
        super::dates::dates_of(&self.doc).unwrap_or_default()
    }
    /// Numbers, money, percentages and quantities.
    #[getter]
    fn numbers(&self) -> Vec<super::numbers::PyNumber> {
        super::numbers::PyNumber::all(&self.doc)
    }
    /// Keyphrases, best first.
    #[getter]
    fn keywords(&self) -> Vec<super::keywords::PyKeyphrase> {
        super::keywords::PyKeyphrase::all(&self.doc)
    }
    fn __len__(&self) -> usize {
        self.doc.tokens.len()
    }
    fn __iter__(&self) -> PyTokenIter {
        PyTokenIter { doc: self.doc.clone(), i: std::sync::atomic::AtomicUsize::new(0) }
    }
    fn __getitem__<'py>(&self, py: Python<'py>, index: Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let n = self.doc.tokens.len();
        if let Ok(slice) = index.cast::<PySlice>() {
            let ind = slice.indices(n as isize)?;
            let toks: Vec<PyToken> = (0..ind.slicelength)
                .map(|k| PyToken { doc: self.doc.clone(), i: (ind.start + k as isize * ind.step) as usize })
                .collect();
            return Ok(toks.into_pyobject(py)?.into_any());
        }
        let i: isize = index.extract().map_err(|_| PyTypeError::new_err("Document indices must be integers or slices"))?;
        let j = if i < 0 { i + n as isize } else { i };
        if j < 0 || j as usize >= n {
            return Err(PyIndexError::new_err("token index out of range"));
        }
        Ok(Bound::new(py, PyToken { doc: self.doc.clone(), i: j as usize })?.into_any())
    }
    /// Plain JSON-safe data (the contract in CONTRACT.md): code-point `start`/`end`, plus byte offsets.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, &*self.doc)
    }
    /// The document as JSON (`indent` for pretty output).
    #[pyo3(signature = (*, indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        let r = py.detach(|| match indent {
            None => serde_json::to_string(&*self.doc),
            Some(n) => {
                let mut buf = Vec::new();
                let ind = " ".repeat(n);
                let fmt = serde_json::ser::PrettyFormatter::with_indent(ind.as_bytes());
                let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
                serde::Serialize::serialize(&*self.doc, &mut ser).map(|_| String::from_utf8(buf).unwrap_or_default())
            }
        });
        r.map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))
    }
    /// Rebuild a Document from `to_json()` output.
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &str) -> PyResult<Self> {
        py.detach(|| Document::from_json(json)).map(PyDocument::new).map_err(to_py_err)
    }
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let ctor = slf.get_type().getattr("from_json")?;
        let doc = &slf.get().doc;
        let args = PyTuple::new(py, [py.detach(|| doc.to_json())])?;
        Ok((ctor, args))
    }
    fn __repr__(&self) -> String {
        format!(
            "Document({:?}, {} tokens, {} sentences)",
            shorten(&self.doc.text, 30),
            self.doc.tokens.len(),
            self.doc.sentences.len()
        )
    }
    fn _repr_html_(&self, py: Python<'_>) -> String {
        py.detach(|| crate::html::render(&self.doc))
    }
}

#[pyclass(module = "khabar._khabar", name = "_TokenIterator")]
pub struct PyTokenIter {
    doc: Arc<Document>,
    i: std::sync::atomic::AtomicUsize,
}

#[pymethods]
impl PyTokenIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&self) -> Option<PyToken> {
        let i = self.i.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        (i < self.doc.tokens.len()).then(|| PyToken { doc: self.doc.clone(), i })
    }
}

/// One token: surface `text`, code-point `start`/`end`, `kind`, normalized `norm`, `segments`, `stem`.
#[pyclass(frozen, module = "khabar._khabar", name = "Token")]
pub struct PyToken {
    pub(crate) doc: Arc<Document>,
    pub(crate) i: usize,
}

impl PyToken {
    fn tok(&self) -> &Token {
        &self.doc.tokens[self.i]
    }
}

#[pymethods]
impl PyToken {
    #[getter]
    fn text(&self) -> &str {
        &self.tok().text
    }
    #[getter]
    fn start(&self) -> usize {
        self.tok().span.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.tok().span.end
    }
    #[getter]
    fn byte_start(&self) -> usize {
        self.tok().span.byte_start
    }
    #[getter]
    fn byte_end(&self) -> usize {
        self.tok().span.byte_end
    }
    #[getter]
    fn kind(&self) -> &'static str {
        self.tok().kind.as_str()
    }
    #[getter]
    fn norm(&self) -> &str {
        &self.tok().norm
    }
    #[getter]
    fn stem(&self) -> Option<&str> {
        self.tok().stem.as_deref()
    }
    #[getter]
    fn segments(&self) -> Vec<PySegment> {
        (0..self.tok().segments.len()).map(|j| PySegment { doc: self.doc.clone(), i: self.i, j }).collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, self.tok())
    }
    fn __len__(&self) -> usize {
        self.end() - self.start()
    }
    fn __str__(&self) -> &str {
        self.text()
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        view_reduce(py, &self.doc, "_token", (self.i, 0))
    }
    fn __repr__(&self) -> String {
        let t = self.tok();
        format!("Token({:?}, {}:{}, {})", shorten(&t.text, 30), t.span.start, t.span.end, t.kind.as_str())
    }
}

/// Pickle a view as (its document, its indices): unpickling rebuilds it from the document.
fn view_reduce<'py>(
    py: Python<'py>,
    doc: &Arc<Document>,
    ctor: &str,
    idx: (usize, usize),
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
    let module = py.import("khabar._khabar")?;
    let f = module.getattr(ctor)?;
    let d = Bound::new(py, PyDocument { doc: doc.clone() })?;
    Ok((f, (d, idx.0, idx.1).into_pyobject(py)?))
}

#[pyfunction]
pub fn _token(doc: PyRef<'_, PyDocument>, i: usize, _j: usize) -> PyResult<PyToken> {
    (i < doc.doc.tokens.len()).then(|| PyToken { doc: doc.doc.clone(), i }).ok_or_else(|| PyIndexError::new_err("token index"))
}

#[pyfunction]
pub fn _sentence(doc: PyRef<'_, PyDocument>, i: usize, _j: usize) -> PyResult<PySentence> {
    (i < doc.doc.sentences.len()).then(|| PySentence { doc: doc.doc.clone(), i }).ok_or_else(|| PyIndexError::new_err("sentence index"))
}

#[pyfunction]
pub fn _segment(doc: PyRef<'_, PyDocument>, i: usize, j: usize) -> PyResult<PySegment> {
    doc.doc.tokens.get(i).and_then(|t| t.segments.get(j))
        .map(|_| PySegment { doc: doc.doc.clone(), i, j })
        .ok_or_else(|| PyIndexError::new_err("segment index"))
}

/// A sentence: `text`, code-point `start`/`end`, and its `tokens`.
#[pyclass(frozen, module = "khabar._khabar", name = "Sentence")]
pub struct PySentence {
    pub(crate) doc: Arc<Document>,
    pub(crate) i: usize,
}

impl PySentence {
    fn sent(&self) -> &Sentence {
        &self.doc.sentences[self.i]
    }
}

#[pymethods]
impl PySentence {
    #[getter]
    fn text(&self) -> &str {
        &self.sent().text
    }
    #[getter]
    fn start(&self) -> usize {
        self.sent().span.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.sent().span.end
    }
    #[getter]
    fn tokens(&self) -> Vec<PyToken> {
        let s = self.sent();
        (s.token_start..s.token_end).map(|i| PyToken { doc: self.doc.clone(), i }).collect()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, self.sent())
    }
    fn __len__(&self) -> usize {
        self.end() - self.start()
    }
    fn __str__(&self) -> &str {
        self.text()
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        view_reduce(py, &self.doc, "_sentence", (self.i, 0))
    }
    fn __repr__(&self) -> String {
        let s = self.sent();
        format!("Sentence({:?}, {}:{})", shorten(&s.text, 30), s.span.start, s.span.end)
    }
}

/// A clitic segment of a word: surface `text`, `start`/`end`, restored `form`, `role`.
#[pyclass(frozen, module = "khabar._khabar", name = "Segment")]
pub struct PySegment {
    doc: Arc<Document>,
    i: usize,
    j: usize,
}

impl PySegment {
    fn seg(&self) -> &Segment {
        &self.doc.tokens[self.i].segments[self.j]
    }
}

#[pymethods]
impl PySegment {
    #[getter]
    fn text(&self) -> &str {
        &self.seg().text
    }
    #[getter]
    fn start(&self) -> usize {
        self.seg().span.start
    }
    #[getter]
    fn end(&self) -> usize {
        self.seg().span.end
    }
    #[getter]
    fn form(&self) -> &str {
        &self.seg().form
    }
    #[getter]
    fn role(&self) -> String {
        serde_json::to_value(self.seg().role).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default()
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_dict(py, self.seg())
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        view_reduce(py, &self.doc, "_segment", (self.i, self.j))
    }
    fn __repr__(&self) -> String {
        let s = self.seg();
        format!("Segment({:?}, form={:?}, {}:{}, {})", s.text.as_str(), s.form.as_str(), s.span.start, s.span.end, self.role())
    }
}

super::view::item_view!(
    /// A named entity: `text`, code-point `start`/`end` and `label` (PER, ORG, LOC or MISC).
    PyEntity, "Entity", crate::entities::Entity, entities, _entity, {
        #[getter]
        fn label(&self) -> PyResult<&'static str> {
            Ok(match self.get()?.label {
                crate::Label::PER => "PER",
                crate::Label::ORG => "ORG",
                crate::Label::LOC => "LOC",
                crate::Label::MISC => "MISC",
            })
        }
        fn __repr__(&self) -> PyResult<String> {
            let e = self.get()?;
            Ok(format!("Entity({:?}, {}, {}:{})", e.text, self.label()?, e.span.start, e.span.end))
        }
    }
);
