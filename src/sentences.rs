//! Sentence boundaries over tokens.
//!
//! A sentence ends after . ! ? ؟ … ۔ (and the closing quotes or brackets that follow them) and at every line
//! break (news paragraphs). It never ends inside an open quotation: a terminal mark inside quotes ends the
//! sentence only when the quotation closes. A period after a single letter (initials, «د.», «أ.ف.ب») or a
//! known abbreviation does not end a sentence; numbers, URLs and emails are single tokens and never split.

use crate::tokenizer::{RawToken, TokenKind};

/// Latin abbreviations whose period does not end a sentence (single letters are always covered).
const ABBREVIATIONS: &[&str] = &["Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "vs", "No", "Gen", "Col", "Lt", "Inc", "Co"];

fn is_terminal(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, '.' | '!' | '?' | '؟' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉'))
}

fn opens(c: char) -> Option<char> {
    Some(match c {
        '«' => '»',
        '“' => '”',
        '„' => '“',
        '‹' => '›',
        '(' => ')',
        '[' => ']',
        _ => return None,
    })
}

/// Quotation and bracket nesting deeper than this is not real quoting; deeper marks are ignored, which keeps
/// the splitter linear on adversarial input such as thousands of «.
const MAX_DEPTH: usize = 32;

/// The single character of a punctuation token made of one character, if it is one.
fn single_char(s: &str) -> Option<char> {
    let mut it = s.chars();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// Sentence spans (byte offsets, first token start to last token end) for `tokens` of `text`.
pub fn split(text: &str, tokens: &[RawToken]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // the open quotes/brackets: each entry is the closing mark expected
    let mut open: Vec<char> = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut pending = false; // a terminal mark was seen at depth 0: end before the next ordinary token
    let mut prev_terminal = false;
    let mut prev: Option<&RawToken> = None;
    for tok in tokens {
        let s = &text[tok.start..tok.end];
        let line_break = start.is_some() && text[last_end..tok.start].contains(['\n', '\r', '\u{2028}', '\u{2029}']);
        if line_break {
            open.clear();
        }
        let ch = if tok.kind == TokenKind::Punct { single_char(s) } else { None };
        let closes = ch.is_some_and(|c| open.last() == Some(&c) || (c == '"' && open.last() == Some(&'"')))
            || ch.is_some_and(|c| matches!(c, '»' | '”' | ')' | ']' | '\'' | '"') && open.is_empty() && pending);
        if let Some(st) = start
            && (line_break || (pending && !closes))
        {
            out.push((st, last_end));
            start = None;
            pending = false;
        }
        if start.is_none() {
            start = Some(tok.start);
        }
        if let Some(c) = ch {
            if open.last() == Some(&c) {
                open.pop();
                if open.is_empty() && prev_terminal {
                    pending = true;
                }
            } else if open.len() >= MAX_DEPTH {
                // too deep to be quoting: ignore
            } else if c == '"' {
                open.push('"');
            } else if c == '»' && !open.contains(&'»') {
                // reversed style »…«
                open.push('«');
            } else if let Some(close) = opens(c) {
                open.push(close);
            }
        }
        let terminal = tok.kind == TokenKind::Punct && is_terminal(s);
        if terminal && open.is_empty() && !(s == "." && prev.is_some_and(|p| is_abbreviation(text, p, tok))) {
            pending = true;
        }
        prev_terminal = terminal;
        last_end = tok.end;
        prev = Some(tok);
    }
    if let Some(st) = start {
        out.push((st, last_end));
    }
    merge_stray_punctuation(text, tokens, out)
}

/// A "sentence" of punctuation only («- ما هي الحاجات؟ -» leaves a lone «-») joins the sentence before it
/// when no line break separates them.
fn merge_stray_punctuation(text: &str, tokens: &[RawToken], sents: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sents.len());
    let mut t = 0;
    for (a, b) in sents {
        while t < tokens.len() && tokens[t].start < a {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].end <= b {
            t += 1;
        }
        let punct_only = tokens[first..t].iter().all(|k| matches!(k.kind, TokenKind::Punct | TokenKind::Symbol));
        match out.last_mut() {
            Some(prev) if punct_only && !text[prev.1..a].contains(['\n', '\r', '\u{2028}', '\u{2029}']) => prev.1 = b,
            _ => out.push((a, b)),
        }
    }
    out
}

/// Whether the word `p` right before the period `dot` is an initial or abbreviation.
fn is_abbreviation(text: &str, p: &RawToken, dot: &RawToken) -> bool {
    if p.end != dot.start || !p.kind.is_word() {
        return false;
    }
    let w = &text[p.start..p.end];
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters == 1 || ABBREVIATIONS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenizer::tokens;

    fn sents(text: &str) -> Vec<&str> {
        let toks: Vec<_> = tokens(text).collect();
        split(text, &toks).into_iter().map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn basic() {
        assert_eq!(sents("قال المسؤول. واضاف انه مستعد! هل هذا صحيح؟ نعم"),
            vec!["قال المسؤول.", "واضاف انه مستعد!", "هل هذا صحيح؟", "نعم"]);
    }

    #[test]
    fn quotes_close_before_the_sentence_ends() {
        assert_eq!(sents("وقال المسؤول \"هناك رغبة. واعتقد ان هذا امر جيد\". ويضيف فيري."),
            vec!["وقال المسؤول \"هناك رغبة. واعتقد ان هذا امر جيد\".", "ويضيف فيري."]);
        assert_eq!(sents("وقال «نحن مستعدون.» ثم غادر."), vec!["وقال «نحن مستعدون.»", "ثم غادر."]);
    }

    #[test]
    fn abbreviations_numbers_urls() {
        assert_eq!(sents("قال د. محمد ان النمو بلغ 2.5 في المئة (أ.ف.ب). انظر www.spa.gov.sa للمزيد."),
            vec!["قال د. محمد ان النمو بلغ 2.5 في المئة (أ.ف.ب).", "انظر www.spa.gov.sa للمزيد."]);
        assert_eq!(sents("Mr. Smith arrived. He left."), vec!["Mr. Smith arrived.", "He left."]);
    }

    #[test]
    fn stray_punctuation_joins_its_sentence() {
        assert_eq!(sents("نص.\n- ما هي الحاجات؟ -\nوقال."), vec!["نص.", "- ما هي الحاجات؟ -", "وقال."]);
        assert_eq!(sents("!!\nنعم."), vec!["!!", "نعم."]);
    }

    #[test]
    fn paragraph_breaks_and_unbalanced_quotes() {
        assert_eq!(sents("عنوان بلا نقطة\nوقال \"نص لم يغلق\nفقرة جديدة. ثم جملة."),
            vec!["عنوان بلا نقطة", "وقال \"نص لم يغلق", "فقرة جديدة.", "ثم جملة."]);
    }
}
