//! The Python binding: conversion, GIL release and error mapping only. Every rule lives in the core.

mod convert;
mod dates;
mod doc;
mod keywords;
mod quotes;
mod numbers;
mod view;

use std::sync::Arc;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::normalize::{NormalizeOptions, Normalizer};
use crate::pipeline::{Label, Layers, Pipeline, PipelineOptions, Segmentation};
use crate::Error;
use doc::{PyDocument, PyEntity, PySegment, PySentence, PyToken};

pyo3::create_exception!(_khabar, KhabarError, PyValueError, "Base class of every khabar error (a ValueError).");
pyo3::create_exception!(_khabar, InvalidOptionError, KhabarError, "An option got a value it does not accept.");
pyo3::create_exception!(_khabar, InvalidDateError, KhabarError, "A date that is not a valid ISO YYYY-MM-DD date.");
pyo3::create_exception!(_khabar, InvalidTextError, KhabarError, "Text that cannot be processed (e.g. a lone surrogate).");
pyo3::create_exception!(_khabar, NotANumberError, KhabarError, "A string that is not one numeric expression.");
pyo3::create_exception!(_khabar, InvalidLexiconError, KhabarError, "A user lexicon that cannot be read.");
pyo3::create_exception!(_khabar, InvalidSpanError, KhabarError, "A character range that does not fit its text.");

/// The one place core errors become Python exceptions.
pub(crate) fn to_py_err(e: Error) -> PyErr {
    let msg = e.to_string();
    match e {
        Error::InvalidOption { .. } => InvalidOptionError::new_err(msg),
        Error::InvalidDate(_) => InvalidDateError::new_err(msg),
        Error::InvalidText(_) => InvalidTextError::new_err(msg),
        Error::NotANumber(_) => NotANumberError::new_err(msg),
        Error::InvalidLexicon(_) => InvalidLexiconError::new_err(msg),
        Error::InvalidSpan { .. } => InvalidSpanError::new_err(msg),
    }
}

/// Borrow a Python `str` as UTF-8; a lone surrogate becomes a clear `InvalidTextError`.
pub(crate) fn text_arg<'a>(s: &'a Bound<'_, PyString>) -> PyResult<std::borrow::Cow<'a, str>> {
    s.to_cow().map_err(|_| to_py_err(Error::InvalidText("the string contains a lone surrogate (not valid Unicode)".into())))
}

/// A `reference_date` given as an ISO string or a `datetime.date`.
fn date_arg(v: &Bound<'_, PyAny>) -> PyResult<chrono::NaiveDate> {
    if let Ok(s) = v.cast::<PyString>() {
        return crate::parse_date(&text_arg(s)?).map_err(to_py_err);
    }
    v.extract::<chrono::NaiveDate>()
        .map_err(|_| to_py_err(Error::InvalidDate(v.repr().map(|r| r.to_string()).unwrap_or_default())))
}

fn invalid(option: &str, value: String, allowed: &str) -> PyErr {
    to_py_err(Error::InvalidOption { option: option.into(), value, allowed: allowed.into() })
}

/// An analysis pipeline: options are validated once; calling it analyzes a text.
#[pyclass(frozen, module = "khabar._khabar", name = "Pipeline")]
pub struct PyPipeline {
    inner: Arc<Pipeline>,
}

#[pymethods]
impl PyPipeline {
    #[new]
    #[pyo3(signature = (*, reference_date = None, segmentation = Some("atb".to_string()), keywords = 10, entities = None, layers = None, misc_entities = false),
           text_signature = "(*, reference_date=None, segmentation='atb', keywords=10, entities=None, layers=None, misc_entities=False)")]
    fn new(
        reference_date: Option<Bound<'_, PyAny>>,
        segmentation: Option<String>,
        keywords: i64,
        entities: Option<Bound<'_, PyAny>>,
        layers: Option<Vec<String>>,
        misc_entities: bool,
    ) -> PyResult<Self> {
        let reference_date = reference_date.filter(|d| !d.is_none()).map(|d| date_arg(&d)).transpose()?;
        let segmentation = segmentation.map(|s| s.parse::<Segmentation>()).transpose().map_err(to_py_err)?;
        let keywords = usize::try_from(keywords).map_err(|_| invalid("keywords", keywords.to_string(), "a count >= 0"))?;
        // a list of (text, label) pairs, or the path of a `text<TAB>LABEL` file
        let entities = match entities.filter(|e| !e.is_none()) {
            None => Vec::new(),
            Some(e) if e.is_instance_of::<PyString>() || e.hasattr("__fspath__")? => {
                let path: std::path::PathBuf = e.extract()?;
                crate::entities::load_entities(path).map_err(to_py_err)?
            }
            Some(e) => e
                .extract::<Vec<(String, String)>>()?
                .into_iter()
                .map(|(text, label)| label.parse::<Label>().map(|l| (text, l)))
                .collect::<crate::Result<Vec<_>>>()
                .map_err(to_py_err)?,
        };
        let layers = match layers {
            Some(names) => Layers::from_names(names.iter().map(String::as_str)).map_err(to_py_err)?,
            None => Layers::default(),
        };
        let options = PipelineOptions { reference_date, segmentation, keywords, entities, misc_entities, layers };
        Ok(PyPipeline { inner: Arc::new(Pipeline::new(options).map_err(to_py_err)?) })
    }

    /// Analyze one text; `reference_date` overrides the pipeline's for this document.
    #[pyo3(signature = (text, *, reference_date = None))]
    fn __call__(&self, py: Python<'_>, text: Bound<'_, PyString>, reference_date: Option<Bound<'_, PyAny>>) -> PyResult<PyDocument> {
        let rd = match reference_date.filter(|d| !d.is_none()) {
            Some(d) => Some(date_arg(&d)?),
            None => self.inner.options().reference_date,
        };
        let text = text_arg(&text)?;
        let doc = py.detach(|| self.inner.analyze_with(&text, rd));
        Ok(PyDocument::new(doc))
    }

    /// Analyze many texts in parallel (GIL released), returning Documents in input order.
    #[pyo3(signature = (texts, *, threads = None))]
    fn pipe(&self, py: Python<'_>, texts: Bound<'_, PyAny>, threads: Option<usize>) -> PyResult<Vec<PyDocument>> {
        let mut owned: Vec<String> = Vec::new();
        for item in texts.try_iter()? {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| pyo3::exceptions::PyTypeError::new_err("pipe() expects an iterable of str"))?;
            owned.push(text_arg(s)?.into_owned());
        }
        if threads == Some(0) {
            return Err(invalid("threads", "0".into(), "a thread count >= 1 or None"));
        }
        let docs = py.detach(|| self.inner.pipe(&owned, threads));
        Ok(docs.into_iter().map(PyDocument::new).collect())
    }

    #[getter]
    fn reference_date(&self) -> Option<chrono::NaiveDate> {
        self.inner.options().reference_date
    }

    #[getter]
    fn segmentation(&self) -> Option<&'static str> {
        self.inner.options().segmentation.map(|s| match s {
            Segmentation::Atb => "atb",
            Segmentation::Farasa => "farasa",
        })
    }

    #[getter]
    fn keywords(&self) -> usize {
        self.inner.options().keywords
    }

    /// Whether the model's MISC names are kept.
    #[getter]
    fn misc_entities(&self) -> bool {
        self.inner.options().misc_entities
    }

    /// The extraction layers this pipeline runs.
    #[getter]
    fn layers(&self) -> Vec<&'static str> {
        self.inner.options().layers.names()
    }

    fn __repr__(&self) -> String {
        let o = self.inner.options();
        format!(
            "Pipeline(reference_date={}, segmentation={}, keywords={}, entities=[{} entries], layers=[{}]{})",
            o.reference_date.map(|d| format!("'{d}'")).unwrap_or_else(|| "None".into()),
            self.segmentation().map(|s| format!("'{s}'")).unwrap_or_else(|| "None".into()),
            o.keywords,
            o.entities.len(),
            o.layers.names().iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", "),
            if o.misc_entities { ", misc_entities=True" } else { "" }
        )
    }
}

/// The tokens of `text` (no segmentation): a list of `Token`.
#[pyfunction]
fn tokenize<'py>(py: Python<'py>, text: Bound<'py, PyString>) -> PyResult<Bound<'py, PyList>> {
    let text = text_arg(&text)?;
    let doc = Arc::new(py.detach(|| crate::pipeline::tokens_only(&text)));
    PyList::new(py, (0..doc.tokens.len()).map(|i| PyToken { doc: doc.clone(), i }))
}

/// The sentences of `text`: a list of `Sentence`.
#[pyfunction]
fn sentences(py: Python<'_>, text: Bound<'_, PyString>) -> PyResult<Vec<PySentence>> {
    let text = text_arg(&text)?;
    let doc = Arc::new(py.detach(|| crate::pipeline::tokens_and_sentences(&text)));
    Ok((0..doc.sentences.len()).map(|i| PySentence { doc: doc.clone(), i }).collect())
}

fn scheme_arg(scheme: &str) -> PyResult<Segmentation> {
    scheme.parse::<Segmentation>().map_err(to_py_err)
}

/// The segment forms of one word in `scheme` ("atb" or "farasa"): «للسلطة» → ["ل", "السلطة"].
#[pyfunction]
#[pyo3(signature = (word, *, scheme = "atb"))]
fn segment(py: Python<'_>, word: Bound<'_, PyString>, scheme: &str) -> PyResult<Vec<String>> {
    let seg = crate::CliticSegmenter::new(scheme_arg(scheme)?);
    let word = text_arg(&word)?;
    Ok(py.detach(|| seg.forms(word.trim())))
}

/// The text with every word's segments joined by "+" and words separated by spaces (farasapy's
/// `FarasaSegmenter.segment` shape with the default scheme "farasa").
#[pyfunction]
#[pyo3(signature = (text, *, scheme = "farasa"))]
fn segment_text(py: Python<'_>, text: Bound<'_, PyString>, scheme: &str) -> PyResult<String> {
    let seg = crate::CliticSegmenter::new(scheme_arg(scheme)?);
    let text = text_arg(&text)?;
    Ok(py.detach(|| seg.segment_text(&text)))
}

/// The light stem of a word (clitics and common affixes off; proper names whole); a non-Arabic word as is.
#[pyfunction]
fn stem(py: Python<'_>, word: Bound<'_, PyString>) -> PyResult<String> {
    let word = text_arg(&word)?;
    let w = word.trim();
    Ok(py.detach(|| crate::Stemmer::new().stem(w).map(|s| s.to_string()).unwrap_or_else(|| w.to_string())))
}

#[allow(clippy::too_many_arguments)]
fn normalizer(
    strip_diacritics: bool, strip_tatweel: bool, unify_alef: bool, alef_maqsura: bool, taa_marbuta: bool,
    hamza_seats: bool, digits: bool, presentation_forms: bool, persian_letters: bool, drop_invisible: bool,
) -> Normalizer {
    Normalizer::new(NormalizeOptions {
        strip_diacritics, strip_tatweel, unify_alef, alef_maqsura, taa_marbuta, hamza_seats, digits,
        presentation_forms, persian_letters, drop_invisible,
    })
}

/// The normalized form of `text` (see the keyword options; defaults as documented).
#[pyfunction]
#[pyo3(signature = (text, *, strip_diacritics = true, strip_tatweel = true, unify_alef = true, alef_maqsura = true,
    taa_marbuta = false, hamza_seats = false, digits = true, presentation_forms = true, persian_letters = true,
    drop_invisible = true))]
#[allow(clippy::too_many_arguments)]
fn normalize(
    py: Python<'_>, text: Bound<'_, PyString>, strip_diacritics: bool, strip_tatweel: bool, unify_alef: bool,
    alef_maqsura: bool, taa_marbuta: bool, hamza_seats: bool, digits: bool, presentation_forms: bool,
    persian_letters: bool, drop_invisible: bool,
) -> PyResult<String> {
    let n = normalizer(strip_diacritics, strip_tatweel, unify_alef, alef_maqsura, taa_marbuta, hamza_seats, digits,
        presentation_forms, persian_letters, drop_invisible);
    let text = text_arg(&text)?;
    Ok(py.detach(|| n.normalize_str(&text).into_owned()))
}

/// A normalized string with the source span (code points) of each of its characters.
#[pyclass(frozen, module = "khabar._khabar", name = "Normalized")]
pub struct PyNormalized(crate::Normalized);

#[pymethods]
impl PyNormalized {
    #[getter]
    fn text(&self) -> &str {
        &self.0.text
    }
    /// `alignment[i] == (start, end)`: the source code points character `i` of `text` came from.
    #[getter]
    fn alignment(&self) -> Vec<(usize, usize)> {
        self.0.alignment.iter().map(|s| (s.start, s.end)).collect()
    }
    /// The source span `(start, end)` of the normalized range `start..end`.
    fn source_span(&self, start: usize, end: usize) -> PyResult<(usize, usize)> {
        let s = self.0.source_span(start, end).map_err(to_py_err)?;
        Ok((s.start, s.end))
    }
    fn __str__(&self) -> &str {
        &self.0.text
    }
    fn __len__(&self) -> usize {
        self.0.alignment.len()
    }
    fn __repr__(&self) -> String {
        format!("Normalized({:?}, {} chars)", convert::shorten(&self.0.text, 40), self.0.alignment.len())
    }
}

/// Like `normalize`, but also returns the alignment of every normalized character to the source.
#[pyfunction]
#[pyo3(signature = (text, *, strip_diacritics = true, strip_tatweel = true, unify_alef = true, alef_maqsura = true,
    taa_marbuta = false, hamza_seats = false, digits = true, presentation_forms = true, persian_letters = true,
    drop_invisible = true))]
#[allow(clippy::too_many_arguments)]
fn normalize_aligned(
    py: Python<'_>, text: Bound<'_, PyString>, strip_diacritics: bool, strip_tatweel: bool, unify_alef: bool,
    alef_maqsura: bool, taa_marbuta: bool, hamza_seats: bool, digits: bool, presentation_forms: bool,
    persian_letters: bool, drop_invisible: bool,
) -> PyResult<PyNormalized> {
    let n = normalizer(strip_diacritics, strip_tatweel, unify_alef, alef_maqsura, taa_marbuta, hamza_seats, digits,
        presentation_forms, persian_letters, drop_invisible);
    let text = text_arg(&text)?;
    Ok(PyNormalized(py.detach(|| n.normalize(&text))))
}

#[pymodule]
fn _khabar(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyPipeline>()?;
    m.add_class::<PyDocument>()?;
    m.add_class::<PyToken>()?;
    m.add_class::<PyEntity>()?;
    m.add_function(wrap_pyfunction!(doc::_entity, m)?)?;
    m.add_class::<PySentence>()?;
    m.add_class::<PySegment>()?;
    m.add_class::<PyNormalized>()?;
    m.add_class::<dates::PyDateItem>()?;
    m.add_class::<numbers::PyNumber>()?;
    m.add_function(wrap_pyfunction!(numbers::parse_number, m)?)?;
    m.add_function(wrap_pyfunction!(numbers::_number, m)?)?;
    m.add_function(wrap_pyfunction!(tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(segment, m)?)?;
    m.add_function(wrap_pyfunction!(segment_text, m)?)?;
    m.add_function(wrap_pyfunction!(stem, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(normalize, m)?)?;
    m.add_function(wrap_pyfunction!(normalize_aligned, m)?)?;
    m.add_function(wrap_pyfunction!(doc::_token, m)?)?;
    m.add_function(wrap_pyfunction!(doc::_sentence, m)?)?;
    m.add_function(wrap_pyfunction!(doc::_segment, m)?)?;
    m.add_class::<quotes::PyQuote>()?;
    m.add_class::<quotes::PyQuotePart>()?;
    m.add_function(wrap_pyfunction!(quotes::_quote, m)?)?;
    m.add_class::<keywords::PyKeyphrase>()?;
    m.add_function(wrap_pyfunction!(keywords::_keyphrase, m)?)?;
    m.add("KhabarError", py.get_type::<KhabarError>())?;
    m.add("InvalidOptionError", py.get_type::<InvalidOptionError>())?;
    m.add("InvalidDateError", py.get_type::<InvalidDateError>())?;
    m.add("InvalidTextError", py.get_type::<InvalidTextError>())?;
    m.add("NotANumberError", py.get_type::<NotANumberError>())?;
    m.add("InvalidLexiconError", py.get_type::<InvalidLexiconError>())?;
    m.add("InvalidSpanError", py.get_type::<InvalidSpanError>())?;
    Ok(())
}
