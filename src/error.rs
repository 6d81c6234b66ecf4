//! The one error type of the core. The Python binding maps each variant to a named exception that subclasses
//! `ValueError` (see `src/python/mod.rs`).

/// Everything that can go wrong in khabar. No function panics on user input; they return one of these.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// An option got a value it does not accept; `allowed` says what it accepts.
    #[error("invalid value {value:?} for option `{option}`: expected {allowed}")]
    InvalidOption { option: String, value: String, allowed: String },
    /// A date (such as `reference_date`) that is not a valid ISO `YYYY-MM-DD` calendar date.
    #[error("invalid date {0:?}: expected an ISO date YYYY-MM-DD")]
    InvalidDate(String),
    /// Input text that cannot be processed (for example a Python string with a lone surrogate).
    #[error("invalid text: {0}")]
    InvalidText(String),
    /// A string given to `parse_number` that is not a single numeric expression.
    #[error("not a number: {0:?}")]
    NotANumber(String),
    /// A user lexicon (entities, stopwords, ...) that could not be read.
    #[error("invalid lexicon: {0}")]
    InvalidLexicon(String),
    /// A character range that does not fit the text it indexes.
    #[error("invalid span {start}..{end}: expected 0 <= start < end <= {len}")]
    InvalidSpan { start: usize, end: usize, len: usize },
}

pub type Result<T> = std::result::Result<T, Error>;
