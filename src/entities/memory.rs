//! Document memory: what the tagger found once in a document decides the other mentions.
//! - A name tagged once is tagged wherever else it appears untagged (same clitic-stripped words), with the label it
//!   got most often; a name cut short where the document has it whole with the same label runs on («تنظيم الدولة»
//!   + «الاسلامية»).
//! - The last word of a person's full name is a person on its own too («معمر القذافي» … «القذافي», and «للقذافي»
//!   when the surname is no common word), and a one-word ORG or LOC that is such a surname is that person («ديلما
//!   روسيف» … «روسيف»).
//! - A word ending in ى takes a name only from one spelled so: «علي» tagged once does not make every «على» a person.
//!   The preposition's spelling «على» is never spread, even from a name that ends with it («... آل الشيخ على»).

use super::lexicon;
use crate::document::Token;
use crate::hash::FxMap as HashMap;
use crate::tokenizer::TokenKind;

/// Background frequency (Zipf) from which a surname with the article is too common a word to spread after «لل»
/// («الشباب», «الاتفاق»; «البغدادي» is 4.2).
const FUSED_SURNAME_MAX_ZIPF: f32 = 4.5;

/// Whether a token's last letter is ى, which the normalized form writes ي: «على» is not the name «علي».
fn ends_in_maqsura(t: &Token) -> bool {
    t.text.chars().rev().find(|&c| !crate::tokenizer::is_arabic_mark(c)) == Some('ى')
}

/// Whether a token is spelled «على» (or «وعلى», «فعلى»), the preposition, which the normalized form writes like the name «علي»: it is
/// no name to spread, although a writer who spells Ali so may end a name with it.
pub(super) fn is_preposition_ala(t: &Token) -> bool {
    let letters: String = t.text.chars().filter(|&c| !crate::tokenizer::is_arabic_mark(c)).collect();
    let bare = letters.strip_prefix(['و', 'ف']).unwrap_or(&letters);
    bare == "على"
}

/// A name the document knows: its stemmed words, its B tag, and whether a word of it ends in ى.
type Known<'a> = (&'a [u64], u8, bool);

/// Apply the document memory (see the module doc) to the BIO `tags` of a whole document, whose tokens have the
/// proclitic decisions `strips` and the stem keys `stems`. A person's surname keeps no ل, ب or ك attached, but for
/// the «لل» of a surname with the article.
pub(super) fn propagate(tags: &mut [u8], stems: &mut [u64], strips: &mut [lexicon::Strip], tokens: &[Token]) {
    // per name: how often each label, and whether a word of it was spelled with a final ى
    let mut seen: HashMap<&[u64], ([u32; 4], bool)> = HashMap::default();
    let mut surnames: HashMap<u64, bool> = HashMap::default();
    let mut i = 0;
    while i < tags.len() {
        if tags[i] % 2 == 1 {
            let mut j = i + 1;
            while j < tags.len() && tags[j] == tags[i] + 1 {
                j += 1;
            }
            if tokens[i..j].iter().all(|t| t.kind == TokenKind::Arabic || t.kind == TokenKind::Latin)
                && !(j - i == 1 && is_preposition_ala(&tokens[i]))
            {
                let e = seen.entry(&stems[i..j]).or_default();
                e.0[(tags[i] / 2) as usize] += 1;
                e.1 |= tokens[i..j].iter().any(ends_in_maqsura);
                if tags[i] == 1
                    && j - i >= 2
                    && tokens[j - 1].kind == TokenKind::Arabic
                    && tokens[j - 1].norm.chars().count() >= 3
                    && !is_preposition_ala(&tokens[j - 1])
                {
                    *surnames.entry(stems[j - 1]).or_default() |= ends_in_maqsura(&tokens[j - 1]);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    if seen.is_empty() {
        return;
    }
    // «ديلما روسيف» … «روسيف» tagged ORG: a one-word name without the article that is a person's surname here,
    // and no place or organization the gazetteers know, is that person, unless a head names it («مؤسسة
    // سوكارنو», «شركة مياموتو»)
    let lx = lexicon::Lexicon::get();
    let headed = |i: usize| i > 0 && lx.flags(stems[i - 1]) & (lexicon::ORG_HEAD | lexicon::LOC_HEAD | lexicon::FACILITY) != 0;
    for i in 0..tags.len() {
        if matches!(tags[i], 3 | 5)
            && !headed(i)
            && !lexicon::has_article(&tokens[i].norm, strips[i])
            && tags.get(i + 1).is_none_or(|&t| t != tags[i] + 1)
            && surnames.contains_key(&stems[i])
            && !lx.phrases.contains_key(&lexicon::phrase_key(&[stems[i]]))
        {
            if let Some(c) = seen.get_mut(std::slice::from_ref(&stems[i])) {
                let l = (tags[i] / 2) as usize;
                c.0[l] = c.0[l].saturating_sub(1);
                c.0[0] += 1;
            }
            tags[i] = 1;
        }
    }
    // a surname also seen as a one-word name of another kind is not one
    surnames.retain(|k, _| seen.get(std::slice::from_ref(k)).is_none_or(|c| c.0[0] >= c.0[1..].iter().copied().max().unwrap_or(0)));
    let mut best: HashMap<u64, Vec<Known>> = HashMap::default();
    for (k, (c, maqsura)) in &seen {
        let (l, _) = c.iter().enumerate().max_by_key(|&(l, &n)| (n, std::cmp::Reverse(l))).unwrap_or((0, &0));
        best.entry(k[0]).or_default().push((k, l as u8 * 2 + 1, *maqsura));
    }
    for v in best.values_mut() {
        v.sort_by_key(|(k, _, _)| std::cmp::Reverse(k.len()));
    }
    let cut = attached_names(tags, strips, tokens, &best, &surnames);
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == 0 {
            if let Some(cands) = best.get(&stems[i])
                && let Some(&(k, b, _)) = cands.iter().find(|(k, _, maqsura)| {
                    i + k.len() <= tags.len() && stems[i..i + k.len()] == **k && tags[i..i + k.len()].iter().all(|&t| t == 0)
                        && tags.get(i + k.len()).is_none_or(|&t| t == 0 || t % 2 == 1)
                        && (*maqsura || !tokens[i..i + k.len()].iter().any(ends_in_maqsura))
                })
            {
                tags[i] = b;
                for t in &mut tags[i + 1..i + k.len()] {
                    *t = b + 1;
                }
                i += k.len();
                continue;
            }
            // (a surname with the article, when that is no common word, may take «لل» too: «للفقي», not «للشباب»)
            let fused = || {
                let rest = tokens[i].norm.get(strips[i].bytes..).unwrap_or("");
                strips[i].restore_al && crate::keywords::lexicon::background().word(&format!("ا{rest}")).is_none_or(|z| z < FUSED_SURNAME_MAX_ZIPF)
            };
            if surnames.get(&stems[i]).is_some_and(|&maqsura| maqsura || !ends_in_maqsura(&tokens[i]))
                && tags.get(i + 1).is_none_or(|&t| t == 0 || t % 2 == 1)
                && tokens[i].norm.get(..strips[i].bytes).is_some_and(|c| c.chars().all(|c| matches!(c, 'و' | 'ف')) || fused())
            {
                tags[i] = 1;
            }
        } else if tags[i] % 2 == 1 {
            // a name cut short where the document has it whole, with the same label, runs on («تنظيم الدولة» +
            // «الاسلامية»)
            let mut j = i + 1;
            while j < tags.len() && tags[j] == tags[i] + 1 {
                j += 1;
            }
            if let Some(cands) = best.get(&stems[i])
                && let Some(&(k, _, _)) = cands.iter().find(|(k, b, _)| {
                    *b == tags[i] && k.len() > j - i && i + k.len() <= tags.len() && stems[i..i + k.len()] == **k
                        && tags[j..i + k.len()].iter().all(|&t| t == 0)
                        && tags.get(i + k.len()).is_none_or(|&t| t == 0 || t % 2 == 1)
                })
            {
                let inside = tags[i] + 1;
                tags[j..i + k.len()].fill(inside);
                j = i + k.len();
            }
            i = j;
            continue;
        }
        i += 1;
    }
    for (i, strip, k) in cut {
        strips[i] = strip;
        stems[i] = k;
    }
}

/// Shortest name, in letters, that [`attached_names`] finds behind «ل» or «ب».
const ATTACHED_NAME_MIN_LETTERS: usize = 4;

/// «وسبق لموراليز», «انتقل لأتالانتا»: a word no list knows that is «ل» or «ب» (after و or ف, or not) + a
/// one-word name or a person's surname the document has is that name, its letters cut as clitics. The stripper keeps
/// such words whole, as it has never seen the name; a known word («لحسن», «بحرية») is left alone.
/// Returns the words cut, with their new proclitic decisions and stem keys.
fn attached_names(
    tags: &mut [u8],
    strips: &[lexicon::Strip],
    tokens: &[Token],
    best: &HashMap<u64, Vec<Known>>,
    surnames: &HashMap<u64, bool>,
) -> Vec<(usize, lexicon::Strip, u64)> {
    let bg = crate::keywords::lexicon::background();
    let mut cut = Vec::new();
    for i in 0..tags.len() {
        let t = &tokens[i];
        let free = tags[i] == 0 && tags.get(i + 1).is_none_or(|&t| t == 0 || t % 2 == 1);
        if !free || t.kind != TokenKind::Arabic || strips[i].letters > 0 {
            continue;
        }
        let conj = t.norm.strip_prefix(['و', 'ف']).unwrap_or(&t.norm);
        let Some(rest) = conj.strip_prefix(['ل', 'ب']) else { continue };
        if rest.chars().count() < ATTACHED_NAME_MIN_LETTERS || rest.starts_with("ال") || ends_in_maqsura(t) || bg.word(&t.norm).is_some() {
            continue;
        }
        let k = super::hash::key(rest);
        let label = match best.get(&k).and_then(|c| c.iter().find(|(name, _, _)| name.len() == 1)) {
            Some(&(_, b, _)) => b,
            None if surnames.contains_key(&k) => super::model::B_PER,
            None => continue,
        };
        // (a gazetteer place the document also names otherwise is left to the place rules: «نادي بريدة» …
        // «ببريدة»)
        if label != super::model::B_LOC && lexicon::one_word_place(rest) {
            continue;
        }
        let bytes = t.norm.len() - rest.len();
        let letters = t.norm.get(..bytes).map_or(0, |c| c.chars().count());
        cut.push((i, lexicon::Strip { letters, bytes, restore_al: false }, k));
        tags[i] = label;
    }
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::embedded_model;

    /// A document's tokens with the proclitic decisions (the embedded model's, or none) and stems `propagate` reads.
    fn analyzed(text: &str, stripped: bool) -> (crate::Document, Vec<lexicon::Strip>, Vec<u64>) {
        let doc = crate::Pipeline::default().analyze(text);
        let model = embedded_model().unwrap();
        let strips: Vec<lexicon::Strip> = doc
            .tokens
            .iter()
            .map(|t| if stripped { lexicon::strip_proclitics(&t.norm, &|w: &str| model.count(w)) } else { lexicon::Strip::default() })
            .collect();
        let stems = doc.tokens.iter().zip(&strips).map(|(t, &s)| lexicon::stripped_key(&t.norm, s)).collect();
        (doc, strips, stems)
    }

    #[test]
    fn propagation_keeps_final_maqsura_apart() {
        let (doc, mut strips, mut stems) = analyzed("قال علي إن الفريق حصل على اللقب وشكر علي المدرب", false);
        let toks = &doc.tokens;
        let at = |w: &str| toks.iter().enumerate().filter(|(_, t)| t.text == w).map(|(i, _)| i).collect::<Vec<_>>();
        let mut tags = vec![0u8; toks.len()];
        tags[at("علي")[0]] = 1;
        propagate(&mut tags, &mut stems, &mut strips, toks);
        // the same spelling takes the name, the preposition «على» (normalized alike) does not
        assert_eq!(tags[at("علي")[1]], 1);
        assert_eq!(tags[at("على")[0]], 0);
    }

    #[test]
    fn the_preposition_spelling_is_never_spread() {
        let (doc, mut strips, mut stems) = analyzed("وافق عبد اللطيف آل الشيخ على نزع ملكية ثم الموافقة على البدء وقال وعلى", false);
        let toks = &doc.tokens;
        let ala: Vec<usize> = toks.iter().enumerate().filter(|(_, t)| t.text.ends_with("على")).map(|(i, _)| i).collect();
        let mut tags = vec![0u8; toks.len()];
        // the tagger ran a name on into «على», and tagged the last «وعلى» alone
        tags[1] = 1;
        for t in &mut tags[2..=ala[0]] {
            *t = 2;
        }
        tags[ala[2]] = 1;
        propagate(&mut tags, &mut stems, &mut strips, toks);
        assert_eq!(tags[ala[1]], 0);
    }

    #[test]
    fn a_name_cut_short_runs_on_to_its_whole_form() {
        let (doc, mut strips, mut stems) = analyzed("هاجم تنظيم الدولة الاسلامية المدينة ثم انسحب تنظيم الدولة الاسلامية منها", false);
        let toks = &doc.tokens;
        let mut tags = vec![0, 3, 4, 4, 0, 0, 0, 3, 4, 0, 0];
        propagate(&mut tags, &mut stems, &mut strips, toks);
        assert_eq!(tags, vec![0, 3, 4, 4, 0, 0, 0, 3, 4, 4, 0]);
        // not across a label
        let mut tags = vec![0, 3, 4, 4, 0, 0, 0, 5, 6, 0, 0];
        propagate(&mut tags, &mut stems, &mut strips, toks);
        assert_eq!(tags[9], 0);
    }

    #[test]
    fn a_surname_with_the_article_spreads_after_lil_unless_a_common_word() {
        let (doc, mut strips, mut stems) = analyzed("قال محمد الفقي إن الحديث للفقي وقال سالم الشباب إن للشباب", true);
        let toks = &doc.tokens;
        // قال محمد الفقي إن الحديث للفقي وقال سالم الشباب إن للشباب
        let mut tags = vec![0, 1, 2, 0, 0, 0, 0, 1, 2, 0, 0];
        propagate(&mut tags, &mut stems, &mut strips, toks);
        assert_eq!(tags[5], 1, "«للفقي»");
        assert_eq!(tags[10], 0, "«للشباب» is «for the young»");
    }

    #[test]
    fn a_surname_tagged_as_another_kind_is_the_person() {
        let (doc, mut strips, mut stems) = analyzed("قالت ديلما روسيف إن روسيف ومؤسسة روسيف ومحمد الأهلي والأهلي", true);
        let toks = &doc.tokens;
        // قالت ديلما روسيف إن روسيف ومؤسسة روسيف ومحمد الأهلي والأهلي
        let mut tags = vec![0, 1, 2, 0, 3, 0, 3, 1, 2, 3];
        propagate(&mut tags, &mut stems, &mut strips, toks);
        assert_eq!(tags[4], 1, "the bare surname is the person");
        assert_eq!(tags[6], 3, "a head names the organization");
        assert_eq!(tags[9], 3, "a word with the article keeps its label");
    }

    #[test]
    fn a_name_behind_l_or_b_is_cut_out() {
        let (doc, mut strips, mut stems) = analyzed("وسجل موراليز هدفا وسبق لموراليز اللعب وانتقل لأتالانتا وقال حسن لحسن الحظ أتالانتا", false);
        let toks = &doc.tokens;
        // وسجل موراليز هدفا وسبق لموراليز اللعب وانتقل لأتالانتا وقال حسن لحسن الحظ أتالانتا
        let mut tags = vec![0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3];
        propagate(&mut tags, &mut stems, &mut strips, toks);
        assert_eq!(tags[4], 1, "«لموراليز» is the surname");
        assert_eq!(strips[4].letters, 1, "its «ل» is a clitic");
        assert_eq!(tags[7], 3, "«لأتالانتا» is the club");
        assert_eq!(tags[10], 0, "«لحسن» is a word of its own, whatever the name «حسن»");
    }
}
