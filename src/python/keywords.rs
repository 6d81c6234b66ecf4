//! Python view of the keyphrase layer: `Keyphrase` (text, span, score, entity, occurrences).

use super::view::item_view;
use crate::keywords::Keyphrase;

item_view!(
    /// A keyphrase: its reported surface form `text` and that form's first `start`/`end`, its `score` (higher is
    /// more central; comparable within one document), `entity` (True when it came from a named entity or a short quoted name) and
    /// `occurrences`, the code-point `(start, end)` of every occurrence of any of its variants, in text order.
    PyKeyphrase, "Keyphrase", Keyphrase, keywords, _keyphrase, {
        #[getter]
        fn score(&self) -> pyo3::PyResult<f64> {
            Ok(self.get()?.score)
        }
        #[getter]
        fn entity(&self) -> pyo3::PyResult<bool> {
            Ok(self.get()?.entity)
        }
        /// Every occurrence as a code-point `(start, end)` pair, in text order.
        #[getter]
        fn occurrences(&self) -> pyo3::PyResult<Vec<(usize, usize)>> {
            Ok(self.get()?.occurrences.iter().map(|o| (o.span.start, o.span.end)).collect())
        }
        fn __repr__(&self) -> pyo3::PyResult<String> {
            let k = self.get()?;
            Ok(format!("Keyphrase({:?}, score={}, occurrences={})", k.text, k.score, k.occurrences.len()))
        }
    }
);
