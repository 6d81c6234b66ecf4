//! Numbers, money, percentages and quantities: [`NumberExtractor`] finds them (`doc.numbers`), [`parse_number`]
//! reads one, and [`words`] reads number words and digits over tokens (shared with the dates layer).

mod extract;
pub mod words;

pub use extract::{Number, NumberExtractor, NumberKind, NumberLexicon, parse_number};
pub(crate) use extract::square_unit;
pub(crate) use extract::drop_name_parts;
pub use words::{Atom, NumberWords, parse_digits};
