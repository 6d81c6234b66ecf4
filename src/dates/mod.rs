//! Temporal expressions: every date, time, duration and recurrence in a text, typed (DATE | TIME | DURATION | SET)
//! and resolved to a TIMEX3-style value against the document's reference date.
//!
//! ```
//! use chrono::NaiveDate;
//! let nlp = khabar::Pipeline::default();
//! let doc = nlp.analyze_with("وسيتم الاثنين المقبل البحث في تخفيف الحصار", NaiveDate::from_ymd_opt(2016, 5, 13));
//! let dates = doc.dates.unwrap();
//! assert_eq!(dates[0].text, "الاثنين المقبل");
//! assert_eq!(dates[0].value.as_deref(), Some("2016-05-16"));
//! ```

mod extract;
pub mod hijri;
pub mod lexicon;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::document::Token;
use crate::span::Span;
pub use lexicon::Lexicon;

/// What a temporal expression denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum DateType {
    /// A point or period of the calendar: «الخميس», «تشرين الاول/اكتوبر 2011», «العام الماضي».
    Date,
    /// A time of day, or a date with a time of day: «صباح اليوم», «الساعة العاشرة صباحا», «10:44 ت م».
    Time,
    /// A length of time: «ثلاث سنوات», «24 ساعة», «اسبوعين».
    Duration,
    /// A recurrence: «سنويا», «كل عام».
    Set,
}

impl DateType {
    pub fn as_str(self) -> &'static str {
        match self {
            DateType::Date => "DATE",
            DateType::Time => "TIME",
            DateType::Duration => "DURATION",
            DateType::Set => "SET",
        }
    }
}

/// The calendar an expression was written in (its `value` is always Gregorian ISO).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    #[default]
    Gregorian,
    Hijri,
}

/// The granularity of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grain {
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    PartOfDay,
    Hour,
    Minute,
    Second,
    /// Vague references (PAST_REF, PRESENT_REF, FUTURE_REF).
    Vague,
}

/// One temporal expression.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateItem {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    #[serde(rename = "type")]
    pub kind: DateType,
    /// TIMEX3-style value (`2011-10`, `2016-05-12`, `2016-W19`, `2016-05-12TMO`, `2016-05-13T10:00`, `P3Y`,
    /// `PXD`, `PAST_REF`…), or `None` when it cannot be decided (e.g. a relative expression without a reference
    /// date).
    pub value: Option<String>,
    /// The granularity of `value` (of the unit, for durations and sets).
    pub grain: Option<Grain>,
    pub calendar: Calendar,
}

/// Finds and resolves temporal expressions. Build once (the lexicons are compiled in) and reuse.
#[derive(Debug, Clone, Default)]
pub struct DateExtractor {
    lexicon: Lexicon,
}

impl DateExtractor {
    pub fn new() -> Self {
        Self::default()
    }

    /// The month and weekday lexicon, to add entries of your own (`add_month`, `add_hijri_month`, `add_weekday`).
    pub fn lexicon_mut(&mut self) -> &mut Lexicon {
        &mut self.lexicon
    }

    /// The temporal expressions of `text` (already tokenized into `tokens`), resolved against `reference`.
    pub fn extract(&self, text: &str, tokens: &[Token], reference: Option<NaiveDate>) -> Vec<DateItem> {
        self.extract_shared(text, tokens, reference, &crate::numbers::words::NumberParses::new(tokens.len()))
    }

    /// [`DateExtractor::extract`] with the number readings shared with the numbers layer.
    pub(crate) fn extract_shared(
        &self,
        text: &str,
        tokens: &[Token],
        reference: Option<NaiveDate>,
        parses: &crate::numbers::words::NumberParses,
    ) -> Vec<DateItem> {
        extract::run(&self.lexicon, text, tokens, reference, parses)
    }
}

/// The `<mark>`s of the dates layer: class `date`, the type and value on hover.
pub(crate) fn highlights(doc: &crate::document::Document) -> Vec<crate::html::Highlight> {
    let Some(dates) = &doc.dates else { return Vec::new() };
    dates
        .iter()
        .map(|x| crate::html::Highlight {
            byte_start: x.span.byte_start,
            byte_end: x.span.byte_end,
            class: "date",
            title: format!("{} {}", x.kind.as_str(), x.value.as_deref().unwrap_or("?")),
        })
        .collect()
}

#[cfg(test)]
mod tests;
