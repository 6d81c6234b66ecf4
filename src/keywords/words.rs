//! What a word is to the keyphrase layer, read from its normalized form or its token: a stopword, a number word, a
//! unit of count, an accusative, a clause opener; and the token-level helpers the steps share (proclitics to trim,
//! quoted runs, an opening dateline, tokens inside entity spans).

use crate::hash::FxSet;

use super::lexicon::{stopwords, Background};
use crate::clitics::Proclitics;
use crate::document::Token;
use crate::normalize::Normalizer;
use crate::quotes::marks::quoted_run;
use crate::span::Span;
use crate::tokenizer::TokenKind;

/// The stopword test on a normalized word: listed itself, or listed once a conjunction/preposition letter is off
/// («وهذا», «لذلك»). A few content words that look like that are exempt.
pub(super) fn is_stop(norm: &str, extra: &FxSet<String>) -> bool {
    let sw = stopwords();
    if sw.contains(norm) || extra.contains(norm) {
        return true;
    }
    if matches!(norm, "ولي" | "والي" | "وليه" | "ولية") {
        return false;
    }
    for c in Proclitics::scan(norm).cuts(norm) {
        // one letter off: the document's extra stopwords count too; two letters off: the built-in list only
        let rest = &norm[c.bytes..];
        if rest.chars().count() >= 2 && (sw.contains(rest) || (c.letters == 1 && extra.contains(rest))) {
            return true;
        }
    }
    false
}

/// Bytes and chars of `surface` that normalize to its first `letters` normalized characters; (0, 0) when the
/// boundary falls inside a character (a ligature) or the surface is too short.
pub(super) fn surface_trim(surface: &str, letters: usize, normalizer: &Normalizer) -> (u32, u32) {
    if letters == 0 {
        return (0, 0);
    }
    let mut emitted = 0usize;
    let mut chars = 0u32;
    for (i, c) in surface.char_indices() {
        if emitted == letters {
            // skip marks that normalize to nothing (harakat, tatweel) after the proclitic
            let mut n = 0;
            normalizer.map_char(c, |_| n += 1);
            if n == 0 {
                chars += 1;
                continue;
            }
            return (i as u32, chars);
        }
        normalizer.map_char(c, |_| emitted += 1);
        chars += 1;
        if emitted > letters {
            return (0, 0);
        }
    }
    (0, 0)
}

/// `norm` without one or two leading conjunction/preposition letters (و ف, then ب ل ك), when that bare word occurs
/// in the document and is a name-like word: at least four letters, or not more frequent in the background than
/// the word with the letters on (so «كامل» does not become «امل»).
pub(super) fn bare_in_doc<'a>(norm: &'a str, doc_words: &FxSet<&str>, bg: &Background) -> Option<&'a str> {
    let mut cuts = Proclitics::scan(norm).cuts(norm);
    let one = cuts.next()?;
    if let Some(two) = cuts.next() {
        let rest2 = &norm[two.bytes..];
        if rest2.chars().count() >= 4 && doc_words.contains(rest2) {
            return Some(rest2);
        }
    }
    let rest = &norm[one.bytes..];
    let n = rest.chars().count();
    let ok = n >= 4 || (n == 3 && bg.word(rest).is_none());
    (ok && !rest.starts_with("ال") && doc_words.contains(rest)).then_some(rest)
}

/// Words that open a subordinate clause: relative pronouns, «حيث», «وذلك» (with `level` ≥ 2, «بعد» too).
pub(super) fn is_clause_word(norm: &str, level: f64) -> bool {
    matches!(norm, "الذي" | "التي" | "والذي" | "والتي" | "الذين" | "اللذين" | "اللذان" | "اللتين" | "اللتان" | "اللواتي" | "اللاتي" | "حيث" | "وحيث" | "وذلك")
        || (level >= 2.0 && matches!(norm, "بعد" | "وبعد"))
}

/// Elatives of the stopword lists («اكبر», «اول»).
pub(super) fn is_elative(norm: &str) -> bool {
    matches!(norm, "اول" | "اكبر" | "اكثر" | "اعلي" | "ادني" | "اقل" | "اصغر")
}

/// The tens from twenty to ninety, which take an indefinite accusative singular after them («تسعين معاقا»).
pub(super) fn is_tens(norm: &str) -> bool {
    let bare = norm.strip_prefix('و').unwrap_or(norm);
    let stem = bare.strip_suffix("ين").or_else(|| bare.strip_suffix("ون"));
    matches!(stem, Some("عشر" | "ثلاث" | "اربع" | "خمس" | "ست" | "سبع" | "ثمان" | "تسع"))
}

/// The number words from three to ten, which take a plural noun after them.
pub(super) fn is_number_word(norm: &str) -> bool {
    matches!(
        norm,
        "ثلاث" | "ثلاثة" | "اربع" | "اربعة" | "خمس" | "خمسة" | "ست" | "ستة" | "سبع" | "سبعة" | "ثماني" | "ثمانية" | "تسع" | "تسعة" | "عشر" | "عشرة"
    )
}

/// Verbs of the تفاعل/تفعّل forms whose perfect is spelled as their verbal noun and which the verb lists hold.
pub(super) fn is_masdar_homograph(norm: &str) -> bool {
    matches!(norm, "تراجع" | "تقدم" | "توقف" | "تعادل" | "تجاوز" | "تحسن" | "تطور" | "تسبب" | "تعرض" | "تمكن" | "تحول" | "تزايد" | "تباطؤ")
}

/// Prepositions and nouns after which a verbal noun, not a verb, follows («مع تراجع», «بسبب تراجع»).
pub(super) fn is_masdar_governor(norm: &str) -> bool {
    matches!(
        norm,
        "مع" | "بعد" | "قبل" | "رغم" | "برغم" | "بسبب" | "من" | "الى" | "علي" | "في" | "عن" | "نتيجة" | "جراء" | "وسط" | "ظل" | "اثر"
            | "عقب" | "مقابل" | "لمواجهة" | "حول" | "بشان" | "ومع" | "وبعد" | "ورغم"
    )
}

/// Bytes and chars of the leading conjunction/preposition segments (و ف ب ل ك) that the clitic segmenter found on
/// `t`, when what follows them is a stem of at least three letters spelled as it stands (not the ل fused with an
/// article, «للفواكه»), and whether a preposition is among them.
pub(super) fn segmented_proclitics(t: &Token) -> Option<(u32, u32, bool)> {
    use crate::document::SegmentRole;
    let n = t.segments.iter().take_while(|g| g.role == SegmentRole::Proclitic).count();
    let rest = t.segments.get(n)?;
    if n == 0 || rest.role != SegmentRole::Stem || rest.text != rest.form || rest.text.chars().count() < 3 {
        return None;
    }
    let pro = &t.segments[..n];
    if !pro.iter().all(|g| matches!(g.form.as_str(), "و" | "ف" | "ب" | "ل" | "ك")) || rest.span.byte_start <= t.span.byte_start {
        return None;
    }
    let prep = pro.iter().any(|g| matches!(g.form.as_str(), "ب" | "ل" | "ك"));
    Some(((rest.span.byte_start - t.span.byte_start) as u32, (rest.span.start - t.span.start) as u32, prep))
}

/// Whether an occurrence starting at byte `start` in token `t` starts on the word itself, not on a proclitic
/// («للخطوط», «والحكومة») nor inside a word fused with one («لإدارة» of «للإدارة»).
pub(super) fn clean_start(t: &Token, start: usize) -> bool {
    use crate::document::SegmentRole;
    match t.segments.iter().find(|g| g.role != SegmentRole::Proclitic) {
        Some(g) => g.span.byte_start == start && (g.text == g.form || start == t.span.byte_start),
        None => true,
    }
}

/// An indefinite accusative: marked with tanwin fath (ً), or ending in an alif whose removal leaves a more frequent
/// word («ارتفاعا» → «ارتفاع», «جديدا» → «جديد»; not «روسيا», whose «روسي» is rarer).
pub(super) fn is_accusative(surface: &str, norm: &str, bg: &Background) -> bool {
    if surface.contains('\u{064B}') {
        return true;
    }
    match norm.strip_suffix('ا') {
        Some(stem) if stem.chars().count() >= 3 && !stem.ends_with('ا') && !norm.starts_with("ال") => {
            bg.word(stem).is_some_and(|z| z > bg.word(norm).unwrap_or(0.0))
        }
        _ => false,
    }
}

pub(super) fn is_percent(t: &Token) -> bool {
    t.kind == TokenKind::Symbol && matches!(t.text.as_str(), "%" | "٪")
}

/// Units of count that the stopword lists hold (they say nothing alone, but «12 شخصا» is what a headline reports).
pub(super) fn is_unit(norm: &str) -> bool {
    matches!(norm, "شخصا" | "اشخاص" | "ايام" | "يوما" | "عاما" | "اعوام" | "سنوات" | "سنة" | "شهرا" | "اشهر" | "ساعة" | "ساعات")
}

/// The number of tokens of a dateline that opens the text: at most six words with a dash among them, then a colon.
pub(super) fn dateline_end(tokens: &[Token]) -> Option<usize> {
    let (mut words, mut dash) = (0, false);
    for (i, t) in tokens.iter().enumerate().take(16) {
        match t.kind {
            TokenKind::Punct if t.text == ":" => return (dash && words > 0).then_some(i + 1),
            TokenKind::Punct if matches!(t.text.as_str(), "-" | "–" | "—" | "/") => dash = true,
            TokenKind::Arabic | TokenKind::Latin | TokenKind::Word => words += 1,
            TokenKind::Punct => {}
            _ => return None,
        }
        if words > 6 {
            return None;
        }
    }
    None
}

/// Runs of one to four words (or numbers) between quotation marks, on one line: «نزاهة», “عيدنا في حينا”.
pub(super) fn quoted_spans(tokens: &[Token], text: &str) -> Vec<Span> {
    const MAX_QUOTED: usize = 4;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let run = quoted_run(tokens, i, MAX_QUOTED, |t| is_phrase_word(t.kind) || t.kind == TokenKind::Number);
        // both marks on one line
        let one_line =
            |r: &std::ops::Range<usize>| text.get(tokens[i].span.byte_end..tokens[r.end].span.byte_start).is_some_and(|g| !g.contains('\n'));
        match run.filter(one_line) {
            Some(r) => {
                let (a, b) = (&tokens[r.start], &tokens[r.end - 1]);
                out.push(Span { start: a.span.start, end: b.span.end, byte_start: a.span.byte_start, byte_end: b.span.byte_end });
                i = r.end + 1;
            }
            None => i += 1,
        }
    }
    out
}

pub(super) fn is_multiplier(norm: &str) -> bool {
    matches!(norm, "الف" | "الاف" | "الفا" | "مليون" | "ملايين" | "مليار" | "مليارات" | "تريليون")
}

/// A key made of digits (and their separators) only: a number.
pub(super) fn is_number_key(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

pub(super) fn is_phrase_word(kind: TokenKind) -> bool {
    matches!(kind, TokenKind::Arabic | TokenKind::Latin | TokenKind::Word)
}

/// Whether each token lies wholly inside one of `spans`, in one pass: a token is inside when the spans starting at
/// or before it reach its end (linear, where testing every span for every token was quadratic in a long document).
pub(super) fn inside_spans(tokens: &[Token], spans: &[Span]) -> Vec<bool> {
    let mut iv: Vec<(usize, usize)> = spans.iter().map(|e| (e.byte_start, e.byte_end)).collect();
    iv.sort_unstable();
    let (mut j, mut reach) = (0, 0);
    tokens
        .iter()
        .map(|t| {
            while j < iv.len() && iv[j].0 <= t.span.byte_start {
                reach = reach.max(iv[j].1);
                j += 1;
            }
            j > 0 && t.span.byte_end <= reach
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::background;
    use super::*;

    #[test]
    fn tokens_inside_spans() {
        let doc = crate::Pipeline::default().analyze("قال وزير خارجية الولايات المتحدة امس");
        let t = &doc.tokens;
        let span = |a: usize, b: usize| crate::span::Span { byte_start: t[a].span.byte_start, byte_end: t[b].span.byte_end, ..t[a].span };
        // one span inside another, given out of order
        let inside = inside_spans(t, &[span(3, 4), span(1, 4)]);
        assert_eq!(inside, vec![false, true, true, true, true, false]);
        assert_eq!(inside_spans(t, &[]), vec![false; 6]);
    }

    #[test]
    fn trims_surface_proclitics() {
        let n = Normalizer::default();
        assert_eq!(surface_trim("والحكومة", 1, &n), ("و".len() as u32, 1));
        assert_eq!(surface_trim("وَالحكومة", 1, &n), ("وَ".len() as u32, 2));
        assert_eq!(surface_trim("و", 1, &n), (0, 0));
        assert_eq!(surface_trim("ليبيا", 0, &n), (0, 0));
    }

    #[test]
    fn accusatives_are_recognized() {
        let bg = background();
        for (s, n) in [("ارتفاعا", "ارتفاعا"), ("جديدا", "جديدا"), ("مرتفعةً", "مرتفعة")] {
            assert!(is_accusative(s, n, bg), "{s}");
        }
        for w in ["روسيا", "سوريا", "اوروبا", "ايطاليا", "الدنيا", "حكومة"] {
            assert!(!is_accusative(w, w, bg), "{w}");
        }
    }

    #[test]
    fn stopwords_with_clitics() {
        let e = FxSet::default();
        assert!(is_stop("وهذا", &e));
        assert!(is_stop("لذلك", &e));
        assert!(is_stop("وقال", &e));
        assert!(!is_stop("ولي", &e));
        assert!(!is_stop("ليبيا", &e));
        assert!(!is_stop("الحكومة", &e));
    }
}
