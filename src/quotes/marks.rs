//! Quotation-mark pairing over raw text, paragraph by paragraph: «…», “…”, „…“, ”…“, "…", reversed »…«,
//! nesting, a closing mark shared by an inner and the outer quote, and AFP's reopened mark at the start of the
//! next paragraph.

/// Which family a mark belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Guillemet,
    Curly,
    Ascii,
}

const MAX_DEPTH: usize = 6;

/// One paired quotation: byte offsets of its marks and its (whitespace-trimmed) content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkPair {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just after the closing mark, or the paragraph end when unclosed.
    pub close_end: usize,
    /// Content byte range (no marks, trimmed).
    pub content: (usize, usize),
    /// The closing mark was found (false: the paragraph ended first).
    pub closed: bool,
    /// The quote goes on in the next paragraph, which reopens the mark (AFP style).
    pub continues: bool,
    /// Nesting depth (0 = outermost).
    pub depth: usize,
}

fn family(c: char) -> Option<Family> {
    match c {
        '«' | '»' => Some(Family::Guillemet),
        '“' | '”' | '„' => Some(Family::Curly),
        '"' => Some(Family::Ascii),
        _ => None,
    }
}

/// A short quoted run at token level: when token `open` opens a quotation («, “ or ") that closes right after one
/// to `max` tokens each satisfying `word`, the index range of those tokens («نزاهة», «الشرق الأوسط»).
pub(crate) fn quoted_run(
    tokens: &[crate::document::Token],
    open: usize,
    max: usize,
    word: impl Fn(&crate::document::Token) -> bool,
) -> Option<std::ops::Range<usize>> {
    let close = match tokens.get(open)?.text.as_str() {
        "«" => "»",
        "“" => "”",
        "\"" => "\"",
        _ => return None,
    };
    let mut j = open + 1;
    while j < tokens.len() && j <= open + max && word(&tokens[j]) {
        j += 1;
    }
    (j > open + 1 && tokens.get(j).is_some_and(|t| t.text == close)).then_some(open + 1..j)
}

/// A toggling mark (curly or ASCII) at byte `i` of `para` that can only be a closing one: glued to the word
/// before it and followed by punctuation or the paragraph end.
fn orphan_closer(para: &str, i: usize, c: char) -> bool {
    let prev = para.get(..i).and_then(|s| s.chars().next_back());
    let next = para.get(i + c.len_utf8()..).and_then(|s| s.chars().find(|x| !x.is_whitespace()));
    prev.is_some_and(|p| !p.is_whitespace() && !matches!(p, ':' | '(' | '[' | '«' | '-' | '—' | '–' | '/'))
        && next.is_none_or(|n| matches!(n, '.' | '،' | ',' | '؛' | ';' | '!' | '؟' | '?' | ')' | ']'))
}

fn trim_range(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = text.get(a..b).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let t = s.trim_start();
    let t2 = t.trim_end();
    (a + lead, a + lead + t2.len())
}

/// Pair the quotation marks of `text`.
pub fn pair(text: &str) -> Vec<MarkPair> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.len();
    while start <= bytes {
        let end = text[start..].find('\n').map_or(bytes, |i| start + i);
        let next = if end < bytes { end + 1 } else { bytes + 1 };
        let next_para = text.get(next.min(bytes)..).unwrap_or("");
        pair_paragraph(text, start, end, next_para, &mut out);
        start = next;
    }
    out.sort_by_key(|p| (p.open, std::cmp::Reverse(p.close_end)));
    out
}

fn pair_paragraph(text: &str, a: usize, b: usize, next_para: &str, out: &mut Vec<MarkPair>) {
    let para = &text[a..b];
    if !para.contains(['«', '»', '“', '”', '„', '"']) {
        return;
    }
    // Reversed guillemets: the first guillemet of the paragraph is » and a « follows it.
    let reversed = match para.find(['«', '»']) {
        Some(i) if para[i..].starts_with('»') => para[i..].contains('«'),
        _ => false,
    };
    // open marks: (family, opening char, byte offset)
    let mut stack: Vec<(Family, char, usize)> = Vec::new();
    let mut last_close: Option<(Family, usize)> = None; // family and byte offset of the last closing mark
    for (i, c) in para.char_indices() {
        let Some(f) = family(c) else { continue };
        let pos = a + i;
        let opening = match f {
            Family::Guillemet => (c == '«') != reversed,
            // curly and ASCII marks toggle: close the innermost open one of the family, else open
            Family::Curly => c == '„' || !stack.iter().any(|(g, _, _)| *g == Family::Curly),
            Family::Ascii => !stack.iter().any(|(g, _, _)| *g == Family::Ascii),
        };
        if opening && f != Family::Guillemet && orphan_closer(para, i, c) {
            // «... جدوله". وهو»: a mark glued to the word before it and followed by punctuation closes a quote
            // opened in an earlier paragraph; opening here would shift every pair after it
            continue;
        }
        if opening && labels_a_quote(&para[i + c.len_utf8()..], c) {
            continue;
        }
        if opening {
            // real nesting is shallow; deeper opens are noise (and would make the pairing quadratic)
            if stack.len() < MAX_DEPTH {
                stack.push((f, c, pos));
            }
            continue;
        }
        // closing: pop to the innermost open mark of this family
        if let Some(k) = stack.iter().rposition(|(g, _, _)| *g == f) {
            let (_, _, open) = stack[k];
            stack.truncate(k + 1);
            stack.pop();
            let close_end = pos + c.len_utf8();
            let content = trim_range(text, open + text[open..].chars().next().map_or(1, char::len_utf8), pos);
            out.push(MarkPair { open, close_end, content, closed: true, continues: false, depth: k });
            last_close = Some((f, pos));
        }
    }
    // Marks still open at the paragraph end.
    let reopened = next_para.trim_start().chars().next();
    let para_end_all = trim_end_punct(text, a, b);
    // does the paragraph end right after its last closing mark?
    let ends_at_last_close = last_close.is_some_and(|(_, lpos)| text[lpos..b].chars().skip(1).all(|x| x.is_whitespace() || is_end_punct(x)));
    for (k, &(f, c, open)) in stack.iter().enumerate() {
        let after_open = open + c.len_utf8();
        let para_end = para_end_all.max(after_open);
        if k == 0 && reopened == Some(c) {
            let content = trim_range(text, after_open, para_end);
            out.push(MarkPair { open, close_end: b, content, closed: false, continues: true, depth: 0 });
            continue;
        }
        // An inner quote's closing mark that ends the paragraph closes this one too.
        if let Some((lf, lpos)) = last_close
            && lf == f
            && lpos > open
            && ends_at_last_close
        {
            let content = trim_range(text, after_open, lpos);
            let close_end = lpos + text[lpos..].chars().next().map_or(1, char::len_utf8);
            out.push(MarkPair { open, close_end, content, closed: true, continues: false, depth: k });
            continue;
        }
        let content = trim_range(text, after_open, para_end);
        out.push(MarkPair { open, close_end: b, content, closed: false, continues: false, depth: k });
    }
}

/// «نانسي عجرم: «رحم الله سعود الدوسري»»: an opening mark before a short label, a colon and the same opening mark
/// again only labels the quote after it (`rest` is what follows the first mark); it opens nothing.
fn labels_a_quote(rest: &str, c: char) -> bool {
    let Some(colon) = rest.find(':') else { return false };
    let label = &rest[..colon];
    label.chars().count() <= 40
        && (1..=4).contains(&label.split_whitespace().count())
        && family(c).is_some_and(|f| label.chars().all(|x| family(x) != Some(f)))
        && rest[colon + 1..].trim_start().starts_with(c)
}

fn is_end_punct(c: char) -> bool {
    matches!(c, '.' | '،' | ',' | '؛' | ';' | ':' | '!' | '?' | '؟' | '…')
}

fn trim_end_punct(text: &str, a: usize, b: usize) -> usize {
    let s = text.get(a..b).unwrap_or("");
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || is_end_punct(c));
    a + t.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_quoted_runs_of_tokens() {
        let toks = crate::Pipeline::default().analyze("قال لـ«الشرق الأوسط» و\"نعم\" و«لن نتراجع عن هذا» و«").tokens;
        let word = |t: &crate::document::Token| t.kind == crate::TokenKind::Arabic;
        let runs: Vec<_> = (0..toks.len()).filter_map(|i| quoted_run(&toks, i, 3, word)).collect();
        let texts: Vec<String> = runs.iter().map(|r| toks[r.clone()].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ")).collect();
        assert_eq!(texts, vec!["الشرق الأوسط", "نعم"]);
        assert!(quoted_run(&toks, toks.len(), 3, word).is_none());
    }

    fn contents(text: &str) -> Vec<&str> {
        pair(text).iter().map(|p| &text[p.content.0..p.content.1]).collect()
    }

    #[test]
    fn a_glued_mark_before_punctuation_only_closes() {
        // the paragraph closes a quote opened in the one before: its first mark must not open a new pair
        let t = "وقال \"لن نتراجع عن هذا\nالموقف أبدا\". وأضاف: \"سنواصل العمل مع الجميع\" ثم";
        assert_eq!(contents(t), vec!["لن نتراجع عن هذا", "سنواصل العمل مع الجميع"]);
        let t = "هو “أبا فهد”، وقال إن “الأمر انتهى”.";
        assert_eq!(contents(t), vec!["أبا فهد", "الأمر انتهى"]);
    }

    #[test]
    fn styles() {
        assert_eq!(contents("قال «نعم هنا» و\"لا هناك\" و“ربما غدا” و„كلا“"), vec!["نعم هنا", "لا هناك", "ربما غدا", "كلا"]);
        assert_eq!(contents("قال »نعم هنا« ثم"), vec!["نعم هنا"]);
        assert_eq!(contents("قال ”نعم هنا“ ثم"), vec!["نعم هنا"]);
    }

    #[test]
    fn nesting_and_merged_close() {
        let t = "كتب أن «التقارير من طائرة «بوينغ 777»؛ لكن الرحلة «ام اتش 370».\n\nثم";
        let c = contents(t);
        assert_eq!(c, vec!["التقارير من طائرة «بوينغ 777»؛ لكن الرحلة «ام اتش 370", "بوينغ 777", "ام اتش 370"]);
        let t = "قال «هذا «شيء» مهم» ثم";
        assert_eq!(contents(t), vec!["هذا «شيء» مهم", "شيء"]);
    }

    #[test]
    fn afp_reopened_paragraph() {
        let t = "وقال \"الجملة الاولى هنا.\n\n\"والثانية هنا\".";
        let ps = pair(t);
        assert_eq!(ps.len(), 2);
        assert!(ps[0].continues && !ps[0].closed);
        assert_eq!(&t[ps[0].content.0..ps[0].content.1], "الجملة الاولى هنا");
        assert_eq!(&t[ps[1].content.0..ps[1].content.1], "والثانية هنا");
    }

    #[test]
    fn unclosed_and_empty() {
        assert_eq!(contents("قال «نعم هنا."), vec!["نعم هنا"]);
        assert!(pair("").is_empty());
        assert!(pair("\n\n").is_empty());
        let _ = pair("»«\"“”„\n«");
        let big = "\"".repeat(10_001) + &"«".repeat(10_000) + &"»".repeat(5_000);
        assert!(pair(&big).len() <= 5_010);
    }
}
