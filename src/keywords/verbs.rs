//! Verb-like words: a verb is no part of a keyphrase («اجتمع صاحب السمو», «مستعدة لتخفيف الحظر» are fragments of a
//! sentence, not names of what it is about). Arabic verbs are recognized here by light rules on the normalized
//! form plus a list (`verbs_own.txt`), not by a tagger; the rules err towards leaving a word alone.

use std::sync::OnceLock;

use crate::hash::FxSet;

const VERBS: &str = include_str!("verbs_own.txt");

struct Lists {
    verbs: FxSet<Box<str>>,
    not_verbs: FxSet<Box<str>>,
}

fn lists() -> &'static Lists {
    static L: OnceLock<Lists> = OnceLock::new();
    L.get_or_init(|| {
        let mut l = Lists { verbs: FxSet::default(), not_verbs: FxSet::default() };
        let mut into_verbs = true;
        for line in VERBS.lines().map(str::trim) {
            match line {
                "[verbs]" => into_verbs = true,
                "[not verbs]" => into_verbs = false,
                _ if line.starts_with('#') => {}
                _ => {
                    let set = if into_verbs { &mut l.verbs } else { &mut l.not_verbs };
                    set.extend(line.split_whitespace().map(Box::from));
                }
            }
        }
        l
    })
}

/// `bare`: `w` is a word with its leading و/ف taken off, where short forms are too ambiguous («فيصل» is no «ف يصل»).
fn by_rule(w: &str, lists: &Lists, bare: bool) -> bool {
    if lists.not_verbs.contains(w) || w.starts_with("ال") || w.starts_with("لل") {
        return false;
    }
    if lists.verbs.contains(w) {
        return true;
    }
    let n = w.chars().count();
    // imperfect: ي + at least two letters («يجد», «يتطلع»), or تت..., تست... («تتقدم», «تستقبل»)
    if (n >= if bare { 4 } else { 3 } && w.starts_with('ي')) || (n >= 5 && w.starts_with("تت")) || (n >= 6 && w.starts_with("تست")) {
        return true;
    }
    // imperfect of the افتعل form: تCتCC («تكتمل», «تحتفل»; not «ترتيب», nor «تحتها»)
    if n == 5 && w.starts_with('ت') && w.chars().nth(2) == Some('ت') && !matches!(w.chars().nth(3), Some('ا' | 'و' | 'ي')) && !w.ends_with("ها") {
        return true;
    }
    // imperfect تفعل of a form I verb whose masculine ي-form is the more frequent word («تزيد» < «يزيد», «توجد» <
    // «يوجد»; the verbal nouns «تغير», «تطور», «تحول» and the name «تونس» outweigh theirs)
    if n == 4 && w.starts_with('ت') {
        let bg = super::lexicon::background();
        let mut y = String::with_capacity(w.len());
        y.push('ي');
        y.push_str(&w['ت'.len_utf8()..]);
        if bg.word(&y).is_some_and(|z| z > bg.word(w).unwrap_or(0.0)) {
            return true;
        }
    }
    // plural perfect, subjunctive or imperative: فعلوا, يفعلوا (foreign names in اوا only when the stem is a word)
    if n >= 4 && w.ends_with("وا") {
        let stem = &w[..w.len() - "وا".len()];
        if !w.ends_with("اوا") || super::lexicon::background().word(stem).is_some() {
            return true;
        }
    }
    if future(w) {
        return true;
    }
    // feminine perfect: فعلت, افعلت, افتعلت, استفعلت ... (not the plural ات, nor nouns in وت/يت such as «ثبوت», «توقيت»)
    ((4..=6).contains(&n) || (n == 7 && w.starts_with("است"))) && w.ends_with('ت') && !w.ends_with("ات") && !w.ends_with("وت") && !w.ends_with("يت")
}

const OBJECT_SUFFIXES: [&str; 8] = ["هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"];

/// A feminine perfect with an object pronoun («أخذتها», «نقلته»): the word without the pronoun is a verb by the rule
/// above and a more frequent word than its ة reading («اخذت» against «اخذة»; «حكومتها» is «حكومة» + ها).
fn perfect_with_object(w: &str, lists: &Lists) -> bool {
    let bg = super::lexicon::background();
    OBJECT_SUFFIXES.iter().filter_map(|s| w.strip_suffix(s)).any(|x| {
        let n = x.chars().count();
        let Some(stem) = x.strip_suffix('ت') else { return false };
        if !(4..=6).contains(&n) || w.starts_with("ال") || x.ends_with("ات") || x.ends_with("وت") || x.ends_with("يت") {
            return false;
        }
        let noun = format!("{stem}ة");
        !lists.not_verbs.contains(x) && bg.word(x).is_some_and(|z| z > bg.word(&noun).unwrap_or(0.0))
    })
}

/// The future سـ before an imperfect («سيجد», «ستقام», «سأكتب»): the form without it is a more frequent word.
pub fn future(w: &str) -> bool {
    let n = w.chars().count();
    if !((n >= 4 && (w.starts_with("سي") || w.starts_with("ست") || w.starts_with("سن"))) || (n >= 5 && w.starts_with("سا"))) {
        return false;
    }
    let bg = super::lexicon::background();
    let rest = &w['س'.len_utf8()..];
    // a plural imperfect of five letters or more after سـ is a verb however rare («سيتولون», «ستشاركون»)
    let plural = n >= 6 && (rest.starts_with('ي') || rest.starts_with('ت')) && rest.ends_with("ون");
    plural || bg.word(rest).is_some_and(|z| z > bg.word(w).unwrap_or(0.0))
}

/// Whether normalized word `norm` is listed as a verb («استقبل», «شارك»).
pub fn listed_verb(norm: &str) -> bool {
    lists().verbs.contains(norm)
}

/// Whether normalized word `norm` is listed as no verb («يوم», «شاب»).
pub fn listed_not_verb(norm: &str) -> bool {
    lists().not_verbs.contains(norm)
}

/// Whether normalized word `norm` looks like a verb (with or without a leading و or ف).
pub fn verb_like(norm: &str) -> bool {
    let l = lists();
    if by_rule(norm, l, false) || perfect_with_object(norm, l) {
        return true;
    }
    match norm.strip_prefix('و').or_else(|| norm.strip_prefix('ف')) {
        Some(rest) if rest.chars().count() >= 3 && !l.not_verbs.contains(norm) => by_rule(rest, l, true),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::verb_like;

    #[test]
    fn verbs_and_nouns() {
        for v in [
            "يتطلع", "يستهدف", "طرحت", "اعادت", "اجتمع", "وتتقدم", "ويقول", "فاعلنت", "استقبل", "مستعدة", "يجد", "تكتمل",
            "تستقبل", "قدموا", "وتعرضوا", "يعودوا", "سيجد", "سيتولون", "ستقام", "ساكتب", "استاجرت", "استهدفت",
        ] {
            assert!(verb_like(v), "{v}");
        }
        for v in ["اخذتها", "نقلته", "قدمتها", "تزيد", "توجد", "وتبلغ"] {
            assert!(verb_like(v), "{v}");
        }
        for w in ["حكومتها", "وزارته", "شركتهم", "جولاتها", "الحكومتها", "تغير", "تطور", "تحول", "تقدم", "تونس", "تبوك"] {
            assert!(!verb_like(w), "{w}");
        }
        for w in ["يوليو", "يوسف", "الحكومة", "ليبيا", "ثبوت", "توقيت", "صلاحيات", "حكومة", "وزير", "وزارة", "بيروت", "تنظيم", "وقت", "يد", "يدي",
            "ترتيب", "تحتها", "استادات", "استراحات", "فرانسوا", "عضوا", "اسوا", "سيارة", "سياسية", "سيطرة", "ستيفان", "ليبيا", "ليالي", "سنوات", "فيصل", "ويسر", "سامسونج", "ساعات", "سالم"] {
            assert!(!verb_like(w), "{w}");
        }
    }
}
