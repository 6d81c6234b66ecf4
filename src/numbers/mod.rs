//! Numbers, money, percentages and quantities.
//!
//! [`words`] reads number words and digits over tokens (shared with the dates layer).

pub mod words;

pub use words::{Atom, NumberWords, parse_digits};
