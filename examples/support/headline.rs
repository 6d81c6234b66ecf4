//! The headline words of `../shared/eval/score_keywords.py`, for the examples that measure or train the keyphrase
//! layer against headlines (`keyword_coverage`, `train_keywords`).

use std::collections::HashSet;

pub const STOP: &str = "في من على الى إلى عن مع أن ان إن او أو ثم قد لا لم لن ما هذا هذه ذلك تلك التي الذي الذين كان كانت \
يكون بعد قبل بين حتى عند منذ خلال ضد نحو كل بعض غير لدى هو هي هم نحن انه أنه انها أنها وقد كما الا إلا";

/// The scorer's `words()`.
pub fn words(s: &str, stop: &HashSet<String>) -> Vec<String> {
    let mut norm = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => norm.push('ا'),
            'ى' => norm.push('ي'),
            'ة' => norm.push('ه'),
            c => norm.push(c),
        }
    }
    let arabic = |c: char| ('\u{0621}'..='\u{064A}').contains(&c);
    let latin = |c: char| c.is_ascii_alphanumeric();
    let mut runs: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut kind = 0u8;
    for c in norm.chars() {
        let k = if arabic(c) { 1 } else if latin(c) { 2 } else { 0 };
        if k != kind && !cur.is_empty() {
            runs.push(std::mem::take(&mut cur));
        }
        kind = k;
        if k != 0 {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        runs.push(cur);
    }
    let mut out = Vec::new();
    for w in runs {
        let mut w = w.as_str();
        for p in ["وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل"] {
            if let Some(r) = w.strip_prefix(p) {
                if r.chars().count() >= 3 {
                    w = r;
                    break;
                }
            }
        }
        if !stop.contains(w) && w.chars().count() > 1 {
            out.push(w.to_string());
        }
    }
    out
}

pub fn coverage(title: &str, phrases: &[String], stop: &HashSet<String>) -> Option<f64> {
    let t: HashSet<String> = words(title, stop).into_iter().collect();
    let got: HashSet<String> = phrases.iter().flat_map(|p| words(p, stop)).collect();
    (!t.is_empty()).then(|| t.intersection(&got).count() as f64 / t.len() as f64)
}

