//! One definition for the Python views of a document's layer items (`Entity`, `Number`, `Keyphrase`): a view is
//! the shared document and an index, so nothing is copied. Every view has `text`, code-point `start`/`end`,
//! `byte_start`/`byte_end`, `to_dict()`, `str()` and pickling (through a module function `_<item>(doc, i)`); each
//! adds its own getters and `__repr__`.

/// `item_view!(doc comment, PyName, "Name", ItemType, layer_field, _unpickle_fn, { extra methods })`.
macro_rules! item_view {
    ($(#[$meta:meta])* $py:ident, $name:literal, $item:ty, $layer:ident, $unpickle:ident, { $($methods:tt)* }) => {
        $(#[$meta])*
        #[pyo3::pyclass(frozen, module = "khabar._khabar", name = $name)]
        pub struct $py {
            pub(crate) doc: std::sync::Arc<crate::document::Document>,
            pub(crate) i: usize,
        }

        impl $py {
            fn get(&self) -> pyo3::PyResult<&$item> {
                self.doc
                    .$layer
                    .as_ref()
                    .and_then(|v| v.get(self.i))
                    .ok_or_else(|| pyo3::exceptions::PyIndexError::new_err(concat!($name, " index")))
            }

            /// The views of every item of the layer (none when it was not computed).
            pub(crate) fn all(doc: &std::sync::Arc<crate::document::Document>) -> Vec<$py> {
                let n = doc.$layer.as_ref().map_or(0, Vec::len);
                (0..n).map(|i| $py { doc: doc.clone(), i }).collect()
            }
        }

        #[pyo3::pymethods]
        impl $py {
            #[getter]
            fn text(&self) -> pyo3::PyResult<&str> {
                Ok(&self.get()?.text)
            }
            #[getter]
            fn start(&self) -> pyo3::PyResult<usize> {
                Ok(self.get()?.span.start)
            }
            #[getter]
            fn end(&self) -> pyo3::PyResult<usize> {
                Ok(self.get()?.span.end)
            }
            #[getter]
            fn byte_start(&self) -> pyo3::PyResult<usize> {
                Ok(self.get()?.span.byte_start)
            }
            #[getter]
            fn byte_end(&self) -> pyo3::PyResult<usize> {
                Ok(self.get()?.span.byte_end)
            }
            fn to_dict<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                let v = serde_json::to_value(self.get()?)
                    .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
                super::convert::json_to_py(py, &v)
            }
            fn __str__(&self) -> pyo3::PyResult<&str> {
                self.text()
            }
            fn __reduce__<'py>(
                &self,
                py: pyo3::Python<'py>,
            ) -> pyo3::PyResult<(pyo3::Bound<'py, pyo3::PyAny>, pyo3::Bound<'py, pyo3::types::PyTuple>)> {
                use pyo3::prelude::*;
                let f = py.import("khabar._khabar")?.getattr(stringify!($unpickle))?;
                let d = pyo3::Bound::new(py, super::doc::PyDocument { doc: self.doc.clone() })?;
                Ok((f, (d, self.i).into_pyobject(py)?))
            }
            $($methods)*
        }

        /// Rebuilds a view when unpickling.
        #[pyo3::pyfunction]
        pub fn $unpickle(doc: pyo3::PyRef<'_, super::doc::PyDocument>, i: usize) -> pyo3::PyResult<$py> {
            let n = doc.doc.$layer.as_ref().map_or(0, Vec::len);
            (i < n)
                .then(|| $py { doc: doc.doc.clone(), i })
                .ok_or_else(|| pyo3::exceptions::PyIndexError::new_err(concat!($name, " index")))
        }
    };
}

pub(crate) use item_view;
