//! The cue lexicon: reporting verbs, participles, speech nouns and source-phrase heads, compiled in from
//! `cues.txt` and extensible by users.

use crate::hash::FxMap as HashMap;

use serde::{Deserialize, Serialize};

use crate::clitics::is_conj;
use crate::normalize::Normalizer;

/// What a cue word does in an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// A finite reporting verb whose subject follows it: «قال المسؤول».
    Verb,
    /// A reporting verb with other common senses: only trusted with a following أن/إن clause.
    Weak,
    /// A circumstantial participle: «مضيفا», «مشيرا الى ان».
    Participle,
    /// A speech noun: «قوله», «بالقول».
    Noun,
    /// The head of a source phrase: «بحسب», «وفقا لـ».
    Source,
}

impl CueKind {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "verb" => CueKind::Verb,
            "weak" => CueKind::Weak,
            "participle" => CueKind::Participle,
            "noun" => CueKind::Noun,
            "source" => CueKind::Source,
            _ => return None,
        })
    }
}

const BUILTIN: &str = include_str!("cues.txt");

/// Reporting cues keyed by normalized form.
#[derive(Debug, Clone)]
pub struct CueLexicon {
    forms: HashMap<String, CueKind>,
    normalizer: Normalizer,
}

impl Default for CueLexicon {
    fn default() -> Self {
        let mut lex = CueLexicon { forms: HashMap::default(), normalizer: Normalizer::default() };
        lex.load(BUILTIN);
        lex
    }
}

impl CueLexicon {
    /// An empty lexicon (use [`CueLexicon::default`] for the built-in one).
    pub fn empty() -> Self {
        CueLexicon { forms: HashMap::default(), normalizer: Normalizer::default() }
    }

    /// Add entries in the `cues.txt` format (`KIND<TAB>FORM FORM ...`, `#` comments). Unknown kinds are skipped.
    pub fn load(&mut self, data: &str) {
        for line in data.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.split_whitespace();
            let Some(kind) = parts.next().and_then(CueKind::parse) else { continue };
            for form in parts {
                self.insert(form, kind);
            }
        }
    }

    /// Add one cue form (any spelling; it is normalized).
    pub fn insert(&mut self, form: &str, kind: CueKind) {
        let norm = self.normalizer.normalize_str(form.trim()).into_owned();
        if !norm.is_empty() {
            self.forms.insert(norm, kind);
        }
    }

    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }

    /// The cue kind of a normalized token, trying it as written and without an attached و or ف.
    pub fn lookup(&self, norm: &str) -> Option<CueKind> {
        if let Some(k) = self.forms.get(norm) {
            return Some(*k);
        }
        let rest = norm.strip_prefix(is_conj).unwrap_or(norm);
        if rest.len() == norm.len() {
            // no conjunction: only the subjunctive ل may stand before the verb
            return self.subjunctive(norm);
        }
        if rest.chars().count() < 2 || (norm.starts_with('ف') && matches!(rest, "يري" | "تري" | "راي" | "رات" | "رد" | "ردت" | "بين" | "نقل" | "كتب" | "نفي" | "نفت" | "لفت")) {
            // «فيري» is a name far more often than «ف + يرى»
            return None;
        }
        if let Some(k) = self.forms.get(rest) {
            return Some(*k);
        }
        self.subjunctive(rest)
    }

    /// «ليؤكد», «(و)ليضيف»: the subjunctive ل before an imperfect verb of the lexicon.
    fn subjunctive(&self, w: &str) -> Option<CueKind> {
        let verb = w.strip_prefix('ل').filter(|v| v.starts_with(['ي', 'ت']) && v.chars().count() > 3)?;
        self.forms.get(verb).copied().filter(|k| matches!(k, CueKind::Verb))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_forms_with_proclitics() {
        let lex = CueLexicon::default();
        assert!(lex.len() > 150);
        assert_eq!(lex.lookup("قال"), Some(CueKind::Verb));
        assert_eq!(lex.lookup("وقالت"), Some(CueKind::Verb));
        assert_eq!(lex.lookup("فاضاف"), Some(CueKind::Verb));
        assert_eq!(lex.lookup("مشيرا"), Some(CueKind::Participle));
        assert_eq!(lex.lookup("وبحسب"), Some(CueKind::Source));
        assert_eq!(lex.lookup("بين"), Some(CueKind::Weak));
        assert_eq!(lex.lookup("قوله"), Some(CueKind::Noun));
        assert_eq!(lex.lookup("وزير"), None);
        assert_eq!(lex.lookup("و"), None);
        assert_eq!(lex.lookup("فيري"), None);
        let n = Normalizer::default();
        assert_eq!(lex.lookup(&n.normalize_str("ليؤكد")), Some(CueKind::Verb));
        assert_eq!(lex.lookup(&n.normalize_str("وليضيف")), Some(CueKind::Verb));
        assert_eq!(lex.lookup("ليبيا"), None);
        assert_eq!(lex.lookup("ويري"), Some(CueKind::Verb));
    }

    #[test]
    fn user_entries() {
        let mut lex = CueLexicon::empty();
        lex.load("# mine\nverb\tألمح ألمحت\nbogus\tx\n");
        assert_eq!(lex.lookup("والمحت"), Some(CueKind::Verb));
        assert_eq!(lex.len(), 2);
    }
}
