//! The learned word weight: a logistic model of how likely a word (key) of an article is one of its headline's
//! words, over features the extractor already computes ([`FEATURES`]). Its coefficients are in `weights.txt`
//! (lines `word.NAME value`), produced by `cargo run --release --example train_keywords` (README, Training) and
//! embedded here.

use std::sync::OnceLock;

const WEIGHTS: &str = include_str!("weights.txt");

/// The features of a word, in the order of the model's coefficients.
pub const FEATURES: [&str; 17] = [
    "ln_formula",   // ln of the hand-set word weight (count^0.6 × specificity^0.85 × lead factor)
    "ln_tf",        // ln of its count in the article
    "ln_stem",      // ln(1 + occurrences of other words with its light stem)
    "idf",          // 7.5 − its background Zipf frequency
    "ln_lead",      // ln of its best lead factor
    "lead0",        // 1 when it occurs in the first (lead) sentence
    "lead_sent",    // first lead sentence it occurs in, capped at 10
    "pos0",         // content words before it in the first sentence / 20 (capped at 3; 3 when not in it)
    "entity_share", // share of its occurrences inside named entities
    "in_entity",    // 1 when some occurrence is inside a named entity
    "article",      // share of its occurrences with the article
    "number",       // a number
    "ln_len",       // ln of its length in letters
    "latin",        // written in Latin letters
    "ln_doc",       // ln of the article's count of content words
    "rel_tf",       // its count over the article's count of content words, × 100
    "unseen",       // not in the background list
];
pub const N_FEATURES: usize = FEATURES.len();


/// A logistic model: `z = bias + Σ coef_i x_i`.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub bias: f64,
    pub coef: Vec<f64>,
}

impl Model {
    /// The all-zero model over `n` features.
    pub fn zero(n: usize) -> Model {
        Model { bias: 0.0, coef: vec![0.0; n] }
    }

    /// Parse the `PREFIX.name<TAB>value` lines of `text` (`PREFIX.bias` and one per name of `names`; `#` comments,
    /// other prefixes skipped); an unknown name is an error.
    pub fn parse(text: &str, prefix: &str, names: &[&str]) -> Result<Model, String> {
        let mut m = Model::zero(names.len());
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let mut it = line.split_whitespace();
            let (Some(name), Some(v)) = (it.next(), it.next()) else { return Err(format!("bad line: {line}")) };
            let Some(name) = name.strip_prefix(prefix).and_then(|n| n.strip_prefix('.')) else { continue };
            let v: f64 = v.parse().map_err(|_| format!("bad number: {line}"))?;
            if name == "bias" {
                m.bias = v;
            } else if let Some(i) = names.iter().position(|f| *f == name) {
                m.coef[i] = v;
            } else {
                return Err(format!("unknown feature: {name}"));
            }
        }
        Ok(m)
    }

    /// The log-odds of `x`.
    pub fn logit(&self, x: &[f64]) -> f64 {
        self.bias + self.coef.iter().zip(x).map(|(c, v)| c * v).sum::<f64>()
    }
}

/// The embedded word model (`weights.txt`).
pub fn word_model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::parse(WEIGHTS, "word", &FEATURES).unwrap_or_else(|_| Model::zero(N_FEATURES)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_weights_parse_and_name_every_feature() {
        let m = Model::parse(WEIGHTS, "word", &FEATURES).expect("weights.txt parses");
        for f in FEATURES.iter().map(|f| format!("word.{f}")) {
            assert!(WEIGHTS.lines().any(|l| l.split_whitespace().next() == Some(f.as_str())), "{f} missing");
        }
        assert!(m.coef[0] > 0.0, "the hand-set weight should count for a headline word");
        assert_eq!(word_model(), &m);
        assert!(WEIGHTS.starts_with('#') && WEIGHTS.contains("SaudiNewsNet") && WEIGHTS.contains("CC BY-NC-SA 4.0"));
    }

    #[test]
    fn parse_rejects_unknown_names_and_computes_logits() {
        assert!(Model::parse("word.bias 1\nword.nope 2\n", "word", &FEATURES).is_err());
        let m = Model::parse("# c\nword.bias 0.5\nword.idf 2\nother.idf 7\n", "word", &FEATURES).expect("parses");
        let mut x = [0.0; N_FEATURES];
        x[3] = 1.5;
        assert!((m.logit(&x) - 3.5).abs() < 1e-12);
    }
}
