//! Steps 2 and 3 of keyphrase extraction: the candidate phrases, n-grams of content words inside a sentence that
//! follow the noun-phrase rules, then named entities and short quoted names whole; each with all its occurrences.

use crate::hash::FxMap;

use super::params::Params;
use super::tokens::{intern, Annotated, Tok, NONE};
use super::words::{clean_start, is_elative, is_multiplier, is_number_word, is_percent, is_phrase_word, is_tens, is_unit, quoted_spans};
use crate::document::{Document, Token};
use crate::span::Span;
use crate::tokenizer::TokenKind;

/// Longest n-gram candidate, in words.
const MAX_NGRAM: usize = 3;
/// Longest named entity taken whole, in tokens.
pub(super) const MAX_ENTITY: usize = 6;

/// A phrase's word keys (the first `.1` of `.0`).
pub(super) type PKey = ([u32; MAX_ENTITY], u8);

/// A candidate phrase: its keys, every occurrence of it, and whether one of them is a named entity.
pub(super) struct Cand {
    pub(super) key: PKey,
    pub(super) occ: Vec<Occ>,
    pub(super) entity: bool,
}

/// One occurrence: its tokens `t0..t1` and its span (from the first token, less a detachable proclitic, or the
/// entity's span).
#[derive(Clone, Copy)]
pub(super) struct Occ {
    pub(super) t0: u32,
    pub(super) t1: u32,
    pub(super) span: Span,
    /// Taken from a named entity's span (wins over the same tokens seen as an n-gram).
    pub(super) entity: bool,
}

/// How many of `inner`'s occurrences lie outside every occurrence of `outer` (both sorted by first token):
/// one merge pass.
pub(super) fn count_alone(inner: &[Occ], outer: &[Occ]) -> usize {
    let (mut j, mut reach, mut alone) = (0, 0u32, 0);
    for o in inner {
        while j < outer.len() && outer[j].t0 <= o.t0 {
            reach = reach.max(outer[j].t1);
            j += 1;
        }
        if j == 0 || o.t1 > reach {
            alone += 1;
        }
    }
    alone
}

/// The tokens `a..b` a span covers, in part or whole.
fn token_range(tokens: &[Token], e: &Span) -> (usize, usize) {
    (tokens.partition_point(|t| t.span.byte_end <= e.byte_start), tokens.partition_point(|t| t.span.byte_start < e.byte_end))
}

pub(super) fn pkey(keys: &[u32]) -> PKey {
    let mut a = [NONE; MAX_ENTITY];
    let n = keys.len().min(MAX_ENTITY);
    a[..n].copy_from_slice(&keys[..n]);
    (a, n as u8)
}

pub(super) fn pslice(k: &PKey) -> &[u32] {
    &k.0[..k.1 as usize]
}

/// Token `i` is a whole number (not a year, not 0) followed in its sentence by an indefinite content word without a
/// proclitic, perhaps after a multiplier: the number and its counted noun make a phrase («30 قتيلا», «20 مليون دولار»);
/// returns that noun. With `units`, a unit of count that is
/// otherwise a stopword («12 شخصا», «40 يوما», «75 عاما») counts as well.
fn counted_noun(tokens: &[Token], toks: &[Tok], i: usize, units: bool, elatives: bool) -> Option<usize> {
    let t = &tokens[i];
    let n = t.norm.as_str();
    let counted = |noun: usize| {
        toks.get(noun).is_some_and(|u| {
            (u.content || (units && u.key != NONE && is_unit(&tokens[noun].norm)))
                && u.sent == toks[i].sent
                && !u.article
                && u.trim_bytes == 0
                && tokens[noun].kind == TokenKind::Arabic
        })
    };
    // a number word from three to ten and its plural («ثلاثة اشخاص», «خمس سيارات»), perhaps after a multiplier
    // («ثلاثة آلاف جندي»); a multiplier that no number precedes counts alone («مليون سائح»); an elative ranks the
    // noun after it
    if t.kind == TokenKind::Arabic && toks[i].key != NONE {
        let bare = n.strip_prefix('و').filter(|r| is_number_word(r) || is_multiplier(r) || is_elative(r)).unwrap_or(n);
        let after_number = i > 0 && (tokens[i - 1].kind == TokenKind::Number || is_number_word(&tokens[i - 1].norm));
        if units && is_number_word(bare) {
            let noun = if tokens.get(i + 1).is_some_and(|t| is_multiplier(&t.norm)) { i + 2 } else { i + 1 };
            return counted(noun).then_some(noun);
        }
        // an elative that the stopword lists hold, before the indefinite noun it ranks («اكبر منتج», «اول مدينة»)
        if elatives && is_elative(bare) && !toks[i].content {
            return toks.get(i + 1).is_some_and(|u| u.content && counted(i + 1)).then_some(i + 1);
        }
        return (units && is_multiplier(bare) && !after_number && counted(i + 1)).then_some(i + 1);
    }
    if t.kind != TokenKind::Number || toks[i].key == NONE || n.len() > 6 {
        return None;
    }
    // a share: «23%», «2.5 %»; a decimal counts millions and billions («30.78 مليار ريال»), not single things
    let decimal = n.chars().any(|c| c.is_ascii_digit()) && n.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '٫' | '٬'));
    if units && tokens.get(i + 1).is_some_and(is_percent) && toks.get(i + 1).is_some_and(|u| u.key != NONE && u.sent == toks[i].sent) {
        return decimal.then_some(i + 1);
    }
    let whole = n.bytes().all(|b| b.is_ascii_digit());
    if !whole && !(units && decimal && tokens.get(i + 1).is_some_and(|t| is_multiplier(&t.norm) && !matches!(t.norm.as_str(), "الف" | "الاف" | "الفا"))) {
        return None;
    }
    let v: u32 = n.parse().unwrap_or(0);
    if whole && (v == 0 || (n.len() == 4 && (1900..=2100).contains(&v))) {
        return None;
    }
    // «20 مليون دولار»: a multiplier may stand between the number and its noun
    let noun = if tokens.get(i + 1).is_some_and(|t| is_multiplier(&t.norm)) { i + 2 } else { i + 1 };
    counted(noun).then_some(noun)
}

/// The candidates of `doc` (annotated as `a`; entity words without a key of their own get one).
pub(super) fn candidates(doc: &Document, entities: &[Span], a: &mut Annotated, p: &Params) -> Vec<Cand> {
    let tokens = &doc.tokens;
    let (toks, vocab, names) = (&a.toks, &mut a.vocab, &mut a.names);
    // 2. n-gram candidates inside sentences, between tokens separated by spaces only
    let mut cands: Vec<Cand> = Vec::new();
    let mut index: FxMap<PKey, usize> = FxMap::default();
    let text = doc.text.as_str();
    let joined = |a: &Token, b: &Token| -> bool {
        text.get(a.span.byte_end..b.span.byte_start).is_some_and(|gap| !gap.contains('\n'))
    };
    let mut add = |cands: &mut Vec<Cand>, key: PKey, occ: Occ, entity: bool| {
        let idx = *index.entry(key).or_insert_with(|| {
            cands.push(Cand { key, occ: Vec::new(), entity: false });
            cands.len() - 1
        });
        let c = &mut cands[idx];
        c.entity |= entity;
        c.occ.push(occ);
    };
    let mut keys = [NONE; MAX_ENTITY];
    // numbers and what they count: the noun each counting word counts, and which tokens are a multiplier or a unit of
    // count (a stopword) inside such a count; inside a longer phrase too («مقتل 12 شخصا», «مقتل خمسة اشخاص»)
    let nouns: Vec<Option<usize>> = (0..toks.len())
        .map(|i| if p.number_start > 0.0 { counted_noun(tokens, toks, i, p.units > 0.0, p.elatives > 0.0) } else { None })
        .collect();
    let (mut count_inner, mut count_unit) = (vec![false; toks.len()], vec![false; toks.len()]);
    if p.inner_counts > 0.0 {
        for (i, nj) in nouns.iter().enumerate() {
            // after an indefinite noun in construct with it («مقتل», «اصابة»), not after a definite word, a
            // word with a pronoun suffix («مدته 3 سنوات») or a name
            let head = i > 0 && {
                let (h, ht) = (&toks[i - 1], &tokens[i - 1]);
                h.content && !h.article && !h.title && !(p.boundaries > 0.0 && h.prep) && ht.kind == TokenKind::Arabic && !["ها", "هم", "ته", "هما"].iter().any(|x| ht.norm.ends_with(x))
                    && !entities.iter().any(|e| e.byte_start <= ht.span.byte_start && ht.span.byte_end <= e.byte_end)
            };
            if let (Some(nj), true) = (*nj, head) {
                if !is_elative(&tokens[i].norm) {
                    count_inner[i..nj].iter_mut().for_each(|x| *x = true);
                    count_unit[nj] |= !toks[nj].content;
                }
            }
        }
    }
    // the first word of a named entity of two to MAX_ENTITY words, which no phrase of several words ends on, and
    // the words after it, which no phrase starts on
    let (mut name_head, mut name_tail) = (vec![false; toks.len()], vec![false; toks.len()]);
    if p.entity_cuts > 0.0 {
        for e in entities {
            let (a, b) = token_range(tokens, e);
            let b = b.min(toks.len());
            if b >= a + 2 && b - a <= MAX_ENTITY {
                name_head[a] = true;
                name_tail[a + 1..b].iter_mut().for_each(|x| *x = true);
            }
        }
    }
    for i in 0..toks.len() {
        // a phrase starts on a content word, or on a number counting the noun after it («30 قتيلا»)
        let noun = nouns[i];
        let counted = noun.is_some();
        // nor on the tail of a name («سلمان بن عبدالعزيز | برقية تهنئة», «ليونيل ميسي | وسيرخيو بوسكيتيس»)
        if (!toks[i].content && !counted) || name_tail[i] {
            continue;
        }
        for n in 1..=MAX_NGRAM {
            let j = i + n - 1;
            if j >= toks.len() || toks[j].key == NONE || toks[j].sent != toks[i].sent {
                break;
            }
            if j > i && !joined(&tokens[j - 1], &tokens[j]) {
                break;
            }
            // a title after a definite word opens an apposition: the phrase before it ends («مكة المكرمة | العقيد
            // عاطي»); after an indefinite head it is a complement («مركز الملك سلمان»)
            if j > i && toks[j].title && (toks[j - 1].article || (p.boundaries > 0.0 && toks[j - 1].name)) {
                break;
            }
            // after a name or a definite word, a noun with a pronoun suffix is no complement: it opens the object of
            // the verb before them («كثفت أمانة نجران | جولاتها الرقابية»); after an indefinite noun it is one
            // («وزير خارجيتها»)
            if j > i && p.boundaries > 0.0 && toks[j].suffixed && (toks[j - 1].article || toks[j - 1].name) {
                break;
            }
            // a definite word followed by an indefinite one ends a noun phrase («للجامعة العربية | ستيفان»)
            if j > i && p.grammar > 0.0 && toks[j - 1].article && !toks[j].article && tokens[j].kind == TokenKind::Arabic {
                break;
            }
            // an indefinite accusative (an adverb, a tamyiz, an object: «روسيا | ارتفاعا») does not continue a phrase,
            // except after another one it agrees with («ارتفاعا كبيرا») or after the number it counts
            let prev = &tokens[j.saturating_sub(1)];
            let after_number = prev.kind == TokenKind::Number || is_tens(&prev.norm);
            if j > i && toks[j].acc && !toks[j - 1].acc && !after_number && !counted && !count_inner[j - 1] {
                break;
            }
            // a counted noun takes only an indefinite adjective after it («8 دورات تدريبية», not «72 كيلومترا للقناة»)
            if counted && n == 3 && (toks[j].article || toks[j].trim_bytes > 0) {
                break;
            }
            // a modifier stopword ends a phrase after a content word with the same definiteness («المرحلة الثالثة»)
            let modifier_end = j > i && toks[j].modifier && toks[j - 1].content && toks[j - 1].article == toks[j].article;
            let multiplier = (counted && j == i + 1 && is_multiplier(&tokens[j].norm)) || (j > i && count_inner[j]);
            // a unit of count after its number («12 شخصا») ends a phrase as a content word does
            let unit = (noun == Some(j) && !toks[j].content) || (j > i && count_unit[j] && count_inner[j - 1]);
            // inner words must be content words or numbers
            if j > i && !toks[j].content && tokens[j].kind != TokenKind::Number && !modifier_end && !multiplier && !unit {
                break;
            }
            keys[n - 1] = toks[j].key;
            if !toks[j].content && !modifier_end && !unit {
                continue; // a number may sit inside a phrase, not end it
            }
            // nor on the first word of a name («اندريس انيستا وليونيل | ميسي»), nor on a conjunct whose adjective
            // follows («مكة المكرمة والمشاعر | المقدسة»)
            let conjunct_cut = toks[j].trim_bytes > 0
                && tokens[j].norm.starts_with('و')
                && toks.get(j + 1).is_some_and(|u| u.article && u.content && u.trim_bytes == 0 && u.sent == toks[j].sent)
                && joined(&tokens[j], &tokens[j + 1]);
            if n > 1 && (name_head[j] || (p.entity_cuts > 0.0 && conjunct_cut)) {
                continue;
            }
            // nor on an indefinite noun behind a preposition: it heads the construct that follows («سوكارنوبوتري
            // لوكالة | فرانس برس», «مدينة نجران لضمان | تطبيق»)
            if n > 1 && p.boundaries > 0.0 && toks[j].prep && !toks[j].article && tokens[j].kind == TokenKind::Arabic {
                continue;
            }
            if n > 1 && p.open_end > 0.0 && !toks[j].article && tokens[j].kind == TokenKind::Arabic {
                let next = j + 1;
                if next < toks.len()
                    && toks[next].article
                    && toks[next].sent == toks[j].sent
                    && tokens[next].kind == TokenKind::Arabic
                    && joined(&tokens[j], &tokens[next])
                {
                    continue;
                }
            }
            let t0 = &tokens[i];
            let t1 = &tokens[j];
            let span = Span {
                start: t0.span.start + toks[i].trim_chars as usize,
                end: t1.span.end,
                byte_start: t0.span.byte_start + toks[i].trim_bytes as usize,
                byte_end: t1.span.byte_end,
            };
            add(&mut cands, pkey(&keys[..n]), Occ { t0: i as u32, t1: j as u32 + 1, span, entity: false }, false);
            if modifier_end {
                break; // nothing runs on past a modifier
            }
        }
    }

    // 3. named entities and short quoted names, whole
    let quoted = if p.quoted > 0.0 { quoted_spans(tokens, text) } else { Vec::new() };
    for (e, is_quoted) in entities.iter().map(|e| (e, false)).chain(quoted.iter().map(|e| (e, true))) {
        if e.is_empty() || text.get(e.byte_start..e.byte_end).is_none() {
            continue;
        }
        let (a, b) = token_range(tokens, e);
        if a >= b || b - a > MAX_ENTITY {
            continue;
        }
        let mut ks = [NONE; MAX_ENTITY];
        let mut ok = true;
        for (n, t) in (a..b).enumerate() {
            let id = if toks[t].key != NONE { toks[t].key } else { intern(vocab, names, tokens[t].norm.as_str()) };
            ks[n] = id;
            if !(is_phrase_word(tokens[t].kind) || tokens[t].kind == TokenKind::Number) {
                ok = false;
            }
        }
        // an entity of one stopword-like word («الامم» alone) is no keyphrase, nor one cut after a name connector
        // («عبدالله بن») or run on into a stopword («... آل سعود على»), nor one that mixes Latin and Arabic words («Previous أحمد حجازي»: page furniture)
        let last = &toks[b - 1];
        let cut = matches!(tokens[b - 1].norm.as_str(), "بن" | "ابن" | "بنت" | "ال" | "ابو" | "ابي" | "ام" | "عبد" | "بني")
            || (tokens[b - 1].kind == TokenKind::Arabic && !last.content && !last.modifier);
        let mixed = tokens[a..b].iter().any(|t| t.kind == TokenKind::Latin) && tokens[a..b].iter().any(|t| t.kind == TokenKind::Arabic);
        // a quoted run is a name only when it starts and ends as an n-gram would, on content words: «على الأرجح» in
        // quotation marks is an adverb, not a name; one with a number is a designation whatever its letters («أم أتش 370»)
        let edge = |t: usize| toks[t].content || tokens[t].kind == TokenKind::Number;
        let designation = tokens[a..b].iter().any(|t| t.kind == TokenKind::Number);
        let quoted_bad = is_quoted && !designation && (!edge(a) || !(edge(b - 1) || toks[b - 1].modifier));
        if !ok || cut || mixed || quoted_bad || (b - a == 1 && !toks[a].content) {
            continue;
        }
        // a span that starts inside a word fused with its proclitic («لإدارة» of «للإدارة») takes the whole word
        let t = &tokens[a];
        let span = if p.boundaries > 0.0 && e.byte_start > t.span.byte_start && !clean_start(t, e.byte_start) {
            Span { start: t.span.start, byte_start: t.span.byte_start, ..*e }
        } else {
            *e
        };
        add(&mut cands, pkey(&ks[..b - a]), Occ { t0: a as u32, t1: b as u32, span, entity: true }, true);
    }

    // n-gram occurrences came in token order and are distinct; an entity's may repeat one of them: sort and keep
    // one per token range, the entity's span first
    for c in cands.iter_mut().filter(|c| c.entity) {
        c.occ.sort_by_key(|o| (o.t0, o.t1, !o.entity, o.span.byte_start));
        c.occ.dedup_by(|b, a| a.t0 == b.t0 && a.t1 == b.t1);
    }
    cands
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alone_counts_in_one_pass() {
        let o = |t0, t1| Occ { t0, t1, span: Span { start: 0, end: 0, byte_start: 0, byte_end: 0 }, entity: false };
        let inner = [o(0, 1), o(4, 5), o(9, 10), o(12, 13)];
        let outer = [o(3, 5), o(8, 10), o(9, 11)];
        assert_eq!(count_alone(&inner, &outer), 2);
        assert_eq!(count_alone(&inner, &[]), 4);
        assert_eq!(count_alone(&[], &outer), 0);
    }
}
