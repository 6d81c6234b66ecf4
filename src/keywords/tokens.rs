//! Step 1 of keyphrase extraction: each token's key (the form its clitic, article and normalization variants
//! share), whether it may start or end a phrase, and where it stands (sentence, lead sentence, position, clause).

use crate::hash::{FxMap, FxSet};

use super::key::word_key_into;
use super::lexicon::{background, formula_len, modifiers, titles};
use super::params::Params;
use super::words::{
    bare_in_doc, dateline_end, inside_spans, is_accusative, is_clause_word, is_masdar_governor, is_masdar_homograph,
    is_percent, is_phrase_word, is_stop, segmented_proclitics, surface_trim,
};
use crate::document::Document;
use crate::normalize::Normalizer;
use crate::span::Span;
use crate::tokenizer::TokenKind;

/// The key id of a token that cannot be in a phrase.
pub(super) const NONE: u32 = u32::MAX;

/// What the later steps read of one token.
#[derive(Clone, Copy)]
pub(super) struct Tok {
    /// Key id (NONE when the token cannot be in a phrase).
    pub(super) key: u32,
    /// A content word: may start or end a phrase.
    pub(super) content: bool,
    /// Bytes and chars of detachable proclitic letters at the start of the surface.
    pub(super) trim_bytes: u32,
    pub(super) trim_chars: u32,
    /// Sentence index.
    pub(super) sent: u32,
    /// The word carries the article (ال, لل).
    pub(super) article: bool,
    /// Sentence index for the lead factor: short sentences (datelines) do not count.
    pub(super) lead: u32,
    /// Content words before this token in its lead sentence.
    pub(super) pos: u32,
    /// A stopword that may end a phrase after an agreeing content word («المرحلة الثالثة»).
    pub(super) modifier: bool,
    /// A title or rank («العقيد»): it does not continue a phrase after a definite word.
    pub(super) title: bool,
    /// The token comes after the first clause break of its sentence (a comma, a relative pronoun, «حيث»).
    pub(super) late_clause: bool,
    /// A preposition (ب ل ك) is attached to the word («لوكالة», «بمنطقة»).
    pub(super) prep: bool,
    /// An indefinite accusative (tanwin alif: «ارتفاعاً», «جديدا»): an adverb, a tamyiz or an object.
    pub(super) acc: bool,
    /// A name: inside a named entity, or a word without the article that the background does not list («بينز»).
    pub(super) name: bool,
    /// The word carries a pronoun suffix (the segmenter's enclitic: «جولاتها»).
    pub(super) suffixed: bool,
}

/// A document's tokens as the candidates and the scores read them, with the keys they use.
pub(super) struct Annotated {
    pub(super) toks: Vec<Tok>,
    /// Key → id, and id → key.
    pub(super) vocab: FxMap<String, u32>,
    pub(super) names: Vec<String>,
    /// Whether each token lies inside a named entity.
    pub(super) in_entity: Vec<bool>,
}

/// The id of key `k`, given one if it is new.
pub(super) fn intern(vocab: &mut FxMap<String, u32>, names: &mut Vec<String>, k: &str) -> u32 {
    if let Some(&id) = vocab.get(k) {
        return id;
    }
    let id = names.len() as u32;
    vocab.insert(k.to_string(), id);
    names.push(k.to_string());
    id
}

/// Step 1 over `doc`'s tokens (not empty, fewer than [`NONE`]); `entities` are the spans of its named entities and
/// `extra` the user's stopwords.
pub(super) fn annotate(doc: &Document, entities: &[Span], extra: &FxSet<String>, p: &Params) -> Annotated {
    let bg = background();
    let normalizer = Normalizer::default();
    let tokens = &doc.tokens;
    let mut vocab: FxMap<String, u32> = FxMap::default();
    let mut names: Vec<String> = Vec::new();
    let mut cache: FxMap<&str, (u32, bool, usize, bool, bool)> = FxMap::default();
    let mut toks: Vec<Tok> = Vec::with_capacity(tokens.len());
    let mut sent_of = vec![0u32; tokens.len()];
    for (si, s) in doc.sentences.iter().enumerate() {
        for t in s.token_start..s.token_end.min(tokens.len()) {
            sent_of[t] = si as u32;
        }
    }
    // the document's own words: a proclitic comes off a word the background does not settle («لايفرتون») when
    // the bare word occurs in the same document («ايفرتون»)
    let doc_words: FxSet<&str> = tokens.iter().filter(|t| is_phrase_word(t.kind)).map(|t| t.norm.as_str()).collect();
    let in_entity_at = inside_spans(tokens, entities);
    let mut buf = String::new();
    for (i, t) in tokens.iter().enumerate() {
        let mut tok = Tok {
            key: NONE,
            content: false,
            trim_bytes: 0,
            trim_chars: 0,
            sent: sent_of[i],
            article: false,
            lead: 0,
            pos: 0,
            modifier: false,
            title: false,
            late_clause: false,
            prep: false,
            acc: false,
            name: false,
            suffixed: false,
        };
        let norm = t.norm.as_str();
        if is_phrase_word(t.kind) && norm.chars().count() >= 2 {
            let (id, content, pro, article, modifier) = match cache.get(norm) {
                Some(&v) => v,
                None => {
                    buf.clear();
                    let mut parts = word_key_into(norm, bg, &mut buf);
                    if parts.proclitic == 0 && !parts.article {
                        if let Some(rest) = bare_in_doc(norm, &doc_words, bg) {
                            buf.clear();
                            parts = word_key_into(rest, bg, &mut buf);
                            parts.proclitic += norm.chars().count() - rest.chars().count();
                        }
                    }
                    let content = !is_stop(norm, extra)
                        && buf.chars().count() >= 2
                        && !buf.chars().all(|c| c.is_ascii_digit())
                        && !(p.verbs > 0.0 && super::verbs::verb_like(norm));
                    let id = intern(&mut vocab, &mut names, &buf);
                    let modifier = !content && p.modifiers > 0.0 && modifiers().contains(norm);
                    let v = (id, content, parts.proclitic, parts.article, modifier);
                    cache.insert(norm, v);
                    v
                }
            };
            tok.key = id;
            // «الـ» (the article drawn out before a number, «الـ 23») is no word; «آل» (a family) is
            tok.content = content && !(norm == "ال" && t.text.contains('ـ'));
            tok.article = article;
            tok.modifier = modifier;
            tok.title = p.titles > 0.0 && titles().contains(norm);
            if pro > 0 {
                let (b, c) = surface_trim(&t.text, pro, &normalizer);
                tok.trim_bytes = b;
                tok.trim_chars = c;
                tok.prep = norm.chars().take(pro).any(|c| matches!(c, 'ب' | 'ل' | 'ك'));
            } else if p.boundaries > 0.0 && !article && bg.word(norm).is_none() {
                // the clitic segmenter may see a proclitic that the frequencies leave on an unlisted word («ومصدات»);
                // a listed word keeps what the frequencies left it («برقية» is no «ب» + «رقية»)
                if let Some((b, c, prep)) = segmented_proclitics(t) {
                    let in_entity = in_entity_at[i];
                    if !in_entity {
                        tok.trim_bytes = b;
                        tok.trim_chars = c;
                        tok.prep = prep;
                    }
                }
            }
            let in_entity = in_entity_at[i];
            tok.acc = p.boundaries > 0.0 && !article && pro == 0 && t.kind == TokenKind::Arabic && is_accusative(&t.text, norm, bg) && !in_entity;
            tok.name = in_entity || (t.kind == TokenKind::Arabic && !article && pro == 0 && bg.word(norm).is_none());
            // a pronoun of the third or second person, or «نا» (the segmenter's «ي» is most often a nisba ending)
            tok.suffixed = !article
                && t.segments.iter().any(|g| g.role == crate::document::SegmentRole::Enclitic && matches!(g.form.as_str(), "ها" | "هم" | "هما" | "هن" | "كم" | "كما" | "نا" | "ه" | "ك"));
        } else if t.kind == TokenKind::Number {
            tok.key = intern(&mut vocab, &mut names, norm);
        } else if p.units > 0.0 && is_percent(t) {
            // a percent sign may end a phrase after its number («23%»), never start one
            tok.key = intern(&mut vocab, &mut names, "%");
        }
        toks.push(tok);
    }

    // a short indefinite word that opens a sentence is most often its perfect verb («هوى الذهب»)
    if p.initial_verb > 0.0 {
        let mut first = true;
        let mut cur = u32::MAX;
        for i in 0..tokens.len() {
            if toks[i].sent != cur {
                cur = toks[i].sent;
                first = true;
            }
            if !is_phrase_word(tokens[i].kind) {
                continue;
            }
            if first && toks[i].content && tokens[i].kind == TokenKind::Arabic && !toks[i].article {
                let n = tokens[i].norm.as_str();
                let bare = n.strip_prefix('و').or_else(|| n.strip_prefix('ف')).filter(|r| r.chars().count() >= 3).unwrap_or(n);
                let len = bare.chars().count();
                let in_entity = in_entity_at[i];
                let next_word = tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Arabic) && toks.get(i + 1).is_some_and(|t| t.sent == cur);
                let nominal = ["ة", "ات", "ون", "ين", "ي", "ا", "ه"].iter().any(|s| bare.ends_with(s));
                // فعل («نزل», «قاد»), أفعل («أقدم», «أظهر») and افتعل («اجتذب») shapes only
                let shape = len == 3 || (bare.starts_with('ا') && (len == 4 || (len == 5 && bare.chars().nth(2) == Some('ت'))));
                if shape && !nominal && !in_entity && next_word && !toks[i].title && !super::verbs::listed_not_verb(bare) {
                    toks[i].content = false;
                }
            }
            first = false;
        }
    }

    // a verb of the تفاعل/تفعّل forms spelled as its verbal noun («تراجع», «تقدم») is that noun after a preposition
    // or a verb that takes it as object («مع تراجع الدولار», «يؤدي الى تراجع الاسعار»): economic headlines open on it
    if p.masdar > 0.0 {
        for i in 1..tokens.len() {
            let (prev, t) = (&tokens[i - 1], &tokens[i]);
            if toks[i].content || toks[i].key == NONE || !is_masdar_homograph(&t.norm) || toks[i - 1].sent != toks[i].sent {
                continue;
            }
            let governs = prev.kind == TokenKind::Arabic
                && (is_masdar_governor(&prev.norm) || (!toks[i - 1].content && super::verbs::verb_like(&prev.norm) && !is_stop(&prev.norm, extra)));
            if governs {
                toks[i].content = true;
            }
        }
    }

    // set formulas («صاحب السمو الملكي», «حفظه الله») are no part of any phrase
    {
        let mut i = 0;
        while i < tokens.len() {
            let len = formula_len(tokens, i);
            for t in &mut toks[i..i + len] {
                t.key = NONE;
                t.content = false;
            }
            i += len.max(1);
        }
    }

    // a byline-dateline at the very start («خالد خليل- سبق- الرياض:», «واس- جدة:») is no part of any phrase
    if let Some(end) = dateline_end(tokens) {
        for t in &mut toks[..end] {
            t.key = NONE;
            t.content = false;
        }
    }

    // lead index: the sentence number, not counting sentences with too few content words
    {
        let (mut lead, mut cur, mut words, mut broken) = (0u32, u32::MAX, 0usize, false);
        for (t, tk) in toks.iter_mut().zip(tokens) {
            if cur == u32::MAX || t.sent > cur {
                if cur != u32::MAX && words as f64 >= p.lead_min_words {
                    lead += 1;
                }
                cur = t.sent;
                words = 0;
                broken = false;
            }
            t.lead = lead;
            t.pos = words as u32;
            words += t.content as usize;
            // the first clause of a sentence ends at its first comma
            if tk.kind == TokenKind::Punct && matches!(tk.text.as_str(), "،" | "," | "؛") {
                broken = true;
            }
            // so does a relative pronoun or «حيث», «وذلك», which open the detail of the news
            if p.clause_words > 0.0 && tk.kind == TokenKind::Arabic && is_clause_word(&tk.norm, p.clause_words) {
                broken = true;
            }
            t.late_clause = broken;
        }
    }
    Annotated { toks, vocab, names, in_entity: in_entity_at }
}
