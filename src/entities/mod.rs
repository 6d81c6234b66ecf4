//! Named entities (PER, ORG, LOC, MISC): an averaged-perceptron sequence tagger over hashed features
//! (normalized and clitic-stripped forms, affixes, shape, a ±2 context window, word lists and gazetteers),
//! decoded with Viterbi; persons often in the news fill in where the tagger found nothing or only part of their name
//! (`data/persons.txt`); user entities win over both.
//!
//! Spans leave out attached و ف ب ل ك but keep ال («بالولايات المتحدة» → «الولايات المتحدة»; «للامم المتحدة»
//! → «لامم المتحدة»).
//!
//! ```
//! let doc = khabar::Pipeline::default().analyze("وقال الرئيس باراك اوباما في واشنطن");
//! let ents = doc.entities.unwrap();
//! assert!(ents.iter().any(|e| e.text == "واشنطن" && e.label == khabar::Label::LOC));
//! ```
//!
//! User entities come from [`crate::PipelineOptions::entities`] or a file read with [`load_entities`]
//! (one `text<TAB>LABEL` a line, `#` comments).

pub mod clusters;
pub mod features;
mod heads;
mod hash;
pub mod lexicon;
pub mod model;
mod memory;
mod teams;
mod tidy;
mod user;
mod widen;

use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use crate::hash::FxSet;
use crate::document::{Sentence, Token};
use crate::error::{Error, Result};
use crate::normalize::Normalizer;
use crate::pipeline::Label;
use crate::span::Span;
use crate::tokenizer::TokenKind;
pub use features::{Extractor, Tok};
pub use model::{Model, Trainer};
pub use user::UserEntities;
use user::TokenKeys;

/// A named entity mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    pub label: Label,
}

static MODEL_BYTES: &[u8] = include_bytes!("model.bin");

/// Built-in names matched like user entities: news agencies, social platforms and well-known organizations, whose
/// names mean nothing else («واس», «رويترز», «تويتر», «واتس آب», «المحكمة الجنائية الدولية»).
fn builtin_entities() -> &'static [(String, Label)] {
    static LIST: OnceLock<Vec<(String, Label)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut list = parse_entities(include_str!("data/agencies.txt")).unwrap_or_default();
        list.extend(parse_entities(include_str!("data/platforms.txt")).unwrap_or_default());
        list.extend(parse_entities(include_str!("data/organizations.txt")).unwrap_or_default());
        list.extend(parse_entities(include_str!("data/states.txt")).unwrap_or_default());
        list
    })
}

/// Persons often in the news (`data/persons.txt`), seas, oceans, gulfs and canals (`data/seas.txt`) and regions of
/// several words (`data/regions.txt`), matched like user entities but only where the tagger found nothing or only
/// names inside them: it learned from 2007 news and misses later names («ترامب», «ماكرون»), keeps only the adjective
/// of a sea («البحر الكاريبي») and one word of a state («كارولينا الشمالية»).
fn known_names() -> &'static UserEntities {
    static LIST: OnceLock<UserEntities> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut names: Vec<(String, Label)> =
            lexicon::lines(include_str!("data/persons.txt")).map(|l| (l.to_string(), Label::PER)).collect();
        names.extend(parse_entities(include_str!("data/seas.txt")).unwrap_or_default());
        names.extend(parse_entities(include_str!("data/regions.txt")).unwrap_or_default());
        UserEntities::new(&names)
    })
}

/// Add the known persons and seas found in the text where `out` (the tagger's names, in text order, none overlapping)
/// has nothing, or only names inside the known one («منصور هادي» in «عبد ربه منصور هادي», «الكاريبي» in «البحر
/// الكاريبي», the organization «السويس الجديدة» in «قناة السويس الجديدة»); not where a longer name holds it («جامعة
/// البحر الأحمر»).
fn fill_known_names(text: &str, tokens: &[Token], keys: &TokenKeys, out: &mut Vec<Entity>) {
    let mut known = Vec::new();
    known_names().find_keyed(text, tokens, keys, &mut known);
    // a known place read otherwise here: after «اتفاق» it names a treaty («اتفاق الطائف»); of a participle's shape
    // (الم…ة) right after a definite word, it is an adjective («الأرباح المجمعة», consolidated, not the town)
    let read_otherwise = |k: &Entity| {
        let t = tokens.partition_point(|t| t.span.byte_end <= k.span.byte_start);
        let Some(prev) = t.checked_sub(1).map(|p| &tokens[p]) else { return false };
        let treaty = matches!(prev.norm.trim_start_matches(['و', 'ب', 'ل', 'ف']), "اتفاق" | "اتفاقية" | "معاهدة");
        // (the name is that one word; the word before has the article and is no particle: «إلى المجمعة», «التي»)
        let one_word = tokens.get(t).filter(|x| x.span.byte_start == k.span.byte_start && x.span.byte_end == k.span.byte_end);
        let definite = prev.norm.starts_with("ال")
            && prev.norm.chars().count() > 3
            && !crate::keywords::lexicon::stopwords().contains(prev.norm.as_str());
        let adjective = one_word.is_some_and(|x| x.norm.starts_with("الم") && x.norm.ends_with('ة')) && definite;
        k.label == Label::LOC && (treaty || adjective)
    };
    for k in known {
        let (a, b) = (k.span.byte_start, k.span.byte_end);
        if read_otherwise(&k) {
            continue;
        }
        let lo = out.partition_point(|e| e.span.byte_end <= a);
        let hi = out.partition_point(|e| e.span.byte_start < b);
        let inside = |e: &Entity| a <= e.span.byte_start && e.span.byte_end <= b && e.span != k.span;
        if out.get(lo..hi).is_some_and(|hit| hit.iter().all(inside)) {
            out.splice(lo..hi, [k]);
        }
    }
}

/// The phrase matcher of the built-in names.
fn builtin_matcher() -> &'static UserEntities {
    static LIST: OnceLock<UserEntities> = OnceLock::new();
    LIST.get_or_init(|| UserEntities::new(builtin_entities()))
}

/// The built-in names (agencies, platforms, organizations, states) to put over the tagger's names `out` (in text order,
/// none overlapping). A built-in name that opens a word of a longer name of the same label, the only built-in name in
/// it, is part of it («جامعة الأزهر») and left out; the others win over what they overlap («وزارة الخارجية التركية» +
/// «لوكالة الصحافة الفرنسية», «تويتر» + «والفيس بوك» are two).
fn builtin_names(text: &str, tokens: &[Token], keys: &TokenKeys, out: &[Entity]) -> Vec<Entity> {
    let mut builtin = Vec::new();
    builtin_matcher().find_keyed(text, tokens, keys, &mut builtin);
    let within = |b: &Entity, e: &Entity| e.span.byte_start <= b.span.byte_start && b.span.byte_end <= e.span.byte_end;
    let part: Vec<bool> = builtin
        .iter()
        .map(|b| {
            // (or its article fused with ل: «الإدارة العامة للدفاع المدني», the name «لدفاع المدني»)
            let word_start = tokens.binary_search_by_key(&b.span.byte_start, |t| t.span.byte_start).is_ok()
                || (b.text.starts_with('ل') && text.get(..b.span.byte_start).is_some_and(|s| s.ends_with('ل')));
            let longer = |e: &&Entity| e.label == b.label && within(b, e) && e.span != b.span;
            word_start && out.iter().find(longer).is_some_and(|e| builtin.iter().filter(|o| within(o, e)).count() == 1)
        })
        .collect();
    let mut part = part.into_iter();
    builtin.retain(|_| !part.next().unwrap_or(false));
    builtin
}

/// Put the names `over` (none overlapping) over `out` (in text order, none overlapping): they win over what they
/// overlap.
fn overlay(over: Vec<Entity>, out: &mut Vec<Entity>) {
    let taken = crate::span::Intervals::new(over.iter().map(|u| (u.span.byte_start, u.span.byte_end)));
    out.retain(|e| !taken.any_overlap(e.span.byte_start, e.span.byte_end));
    out.extend(over);
    out.sort_by_key(|e| (e.span.byte_start, e.span.byte_end));
}

/// The embedded model (trained by `examples/train_ner.rs`), or `None` if it is missing.
pub fn embedded_model() -> Option<Arc<Model>> {
    static MODEL: OnceLock<Option<Arc<Model>>> = OnceLock::new();
    MODEL.get_or_init(|| Model::from_bytes(MODEL_BYTES).map(Arc::new)).clone()
}

/// Finds entities in analyzed text: the embedded model, overridden by user entities.
#[derive(Debug, Clone)]
pub struct EntityRecognizer {
    model: Option<Arc<Model>>,
    /// The user's entities: they win over the model and the built-in names.
    user: UserEntities,
    /// Tag repeated mentions of names the model found elsewhere in the document (on by default).
    pub propagate: bool,
    /// Keep the model's MISC names (events, products, works, …) as ANERcorp annotates them. Off by default: the
    /// news guidelines annotate persons, organizations and places only, and on ANERcorp the tagger's MISC names
    /// other than currencies are right about one time in five. User entities of any label are always kept.
    pub misc: bool,
    /// With `misc`, keep currency words the model tags MISC too, as ANERcorp annotates them (off by default: the
    /// guidelines leave currencies to the numbers layer).
    pub currencies: bool,
}

impl Default for EntityRecognizer {
    fn default() -> Self {
        EntityRecognizer::new(&[])
    }
}

/// How many bytes and code points of `surface` hold its first `letters` normalized letters (with the marks
/// that follow them); `None` if that does not fall on a character boundary or leaves nothing.
fn skip_letters(surface: &str, letters: usize) -> Option<(usize, usize)> {
    if letters == 0 {
        return Some((0, 0));
    }
    let n = Normalizer::default();
    let emits = |c: char| {
        let mut k = 0;
        n.map_char(c, |_| k += 1);
        k
    };
    let mut it = surface.char_indices().peekable();
    let (mut emitted, mut chars) = (0, 0);
    while let Some((i, c)) = it.next() {
        emitted += emits(c);
        chars += 1;
        if emitted > letters {
            return None;
        }
        if emitted == letters {
            let mut b = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if emits(d) != 0 {
                    break;
                }
                b = j + d.len_utf8();
                chars += 1;
                it.next();
            }
            return (b < surface.len()).then_some((b, chars));
        }
    }
    None
}

/// The entity over tokens `a..b` of `tokens`, the first token's first `skip` letters left out.
pub(crate) fn make_entity(text: &str, tokens: &[Token], a: usize, b: usize, skip: usize, label: Label) -> Option<Entity> {
    let first = tokens.get(a)?;
    let last = tokens.get(b.checked_sub(1)?)?;
    let (sb, sc) = skip_letters(&first.text, skip).unwrap_or((0, 0));
    let span = Span {
        start: first.span.start + sc,
        end: last.span.end,
        byte_start: first.span.byte_start + sb,
        byte_end: last.span.byte_end,
    };
    let t = text.get(span.byte_start..span.byte_end)?;
    (!t.is_empty()).then(|| Entity { text: t.to_string(), span, label })
}

fn is_edge_junk(t: &Token) -> bool {
    // (an @handle, a hashtag or an address after a name is no part of it: «بدر العنزي @Bader_Saij»)
    matches!(t.kind, TokenKind::Punct | TokenKind::Symbol | TokenKind::Mention | TokenKind::Hashtag | TokenKind::Url | TokenKind::Email)
}

impl EntityRecognizer {
    /// A recognizer with user entities `(text, label)` (they win over the model).
    pub fn new(user: &[(String, Label)]) -> Self {
        let user = UserEntities::new(user);
        EntityRecognizer { model: embedded_model(), user, propagate: true, misc: false, currencies: false }
    }

    /// A recognizer with another model (e.g. one just trained) and user entities.
    pub fn with_model(model: Option<Model>, user: &[(String, Label)]) -> Self {
        EntityRecognizer { model: model.map(Arc::new), ..EntityRecognizer::new(user) }
    }

    /// The entities of a document's text, tokens and sentences, in text order.
    pub fn recognize(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Entity> {
        let mut out = Vec::new();
        // (the keys of the tokens, for the lists of phrases and names)
        let keys = TokenKeys::new(tokens);
        // the stripper's decisions and the stems of the tokens, for the rules after the tagger's names
        let stripped = if let Some(model) = self.model.as_deref() {
            let count = |w: &str| model.count(w);
            let mut ex = Extractor::new();
            let (mut em, mut tags, mut toks) = (Vec::new(), Vec::new(), Vec::new());
            let mut doc_tags = vec![0u8; tokens.len()];
            let mut strips = vec![lexicon::Strip::default(); tokens.len()];
            let mut stems = vec![0u64; tokens.len()];
            let whole = [(0usize, tokens.len())];
            let ranges: Vec<(usize, usize)> = if sentences.is_empty() {
                whole.to_vec()
            } else {
                sentences.iter().map(|s| (s.token_start, s.token_end.min(tokens.len()))).collect()
            };
            for &(a, b) in &ranges {
                let Some(sent) = tokens.get(a..b) else { continue };
                toks.clear();
                toks.extend(sent.iter().map(|t| Tok { norm: t.norm.as_str(), kind: t.kind }));
                ex.extract(&toks, &count);
                model.decode(&ex, &mut em, &mut tags);
                doc_tags[a..b].copy_from_slice(&tags);
                strips[a..b].copy_from_slice(&ex.strips);
                for (k, stem) in stems[a..b].iter_mut().enumerate() {
                    *stem = ex.stem(k);
                }
            }
            tidy::clear_non_name_words(tokens, &mut doc_tags);
            tidy::clear_non_names(tokens, &strips, keys.norms(), &mut doc_tags);
            tidy::dateline(tokens, &mut doc_tags);
            each_sentence(&ranges, tokens, &strips, &stems, &mut doc_tags, tidy::given_and_family_names);
            if self.propagate {
                memory::propagate(&mut doc_tags, &mut stems, &mut strips, tokens);
            }
            let topic = teams::Topic::of(&stems);
            each_sentence(&ranges, tokens, &strips, &stems, &mut doc_tags, |view, tags| {
                heads::apply(view, tags);
                tidy::apply(view, tags);
                teams::apply(view, tags, &topic);
            });
            tidy::byline(text, tokens, &mut doc_tags);
            tidy::clear_non_name_words(tokens, &mut doc_tags);
            tidy::clear_non_names(tokens, &strips, keys.norms(), &mut doc_tags);
            let mut doc_words = None;
            let mut i = 0;
            while i < doc_tags.len() {
                let Some(label) = model::tag_label(doc_tags[i]) else {
                    i += 1;
                    continue;
                };
                let j = heads::span_end(&doc_tags, i, doc_tags.len());
                let (mut s, mut e) = (i, j);
                // «حكومة الوفاق الوطني», «وكالة فرانس برس»: an organization head right before an ORG name is
                // part of it (not before one coordinated with it: «الحكومة ولجنة الانتخابات», nor before a name
                // with a head of its own: «إدارة» + «مدرسة الملك فيصل»; nor «إدارة» of a board: «مجلس إدارة» + «غرفة
                // الشرقية»)
                let mut head = None;
                if label == Label::ORG
                    && s > 0
                    && doc_tags[s - 1] == 0
                    && s > ranges_start(&ranges, s)
                    && strips[s].letters == 0
                    && !heads::body_head(&tokens[s], strips[s])
                    && !(s > 1 && tokens[s - 2].norm.ends_with("مجلس") && tokens[s - 1].norm == "ادارة")
                {
                    head = org_part_head(&tokens[s - 1], strips[s - 1]);
                    if head.is_some() {
                        s -= 1;
                    }
                }
                let mut skip = head.unwrap_or_else(|| clitic_letters(&tokens[s], tokens.get(s + 1), strips[s], model));
                if head.is_none()
                    && skip > 0
                    && (gazetteer_name(&tokens[s..e]) || keeps_first_letter(&tokens[s], skip, label, model, tokens, &mut doc_words))
                {
                    skip = 0;
                }
                if skip == 0 && label == Label::PER && and_before_given_name(&tokens[s]) {
                    skip = 1;
                }
                // «"وايرد"», ««فاني ماي»»: a name opening right after a quotation mark does not open with the
                // conjunction و or ف (a quoted phrase may open with ل or ب: «"لسوريا المقاومة"», and a straight mark
                // may be a closing one: «" واعي "بالرياض»)
                let quoted = s > 0 && matches!(tokens[s - 1].text.as_str(), "\"" | "«" | "“") && tokens[s - 1].span.byte_end == tokens[s].span.byte_start;
                if head.is_none() && quoted && tokens[s].text.starts_with(['و', 'ف']) && lexicon::clitics_before_known_org(&tokens[s].norm).is_none() {
                    skip = 0;
                }
                // «سابك ، وموبايلي ، وكيان»: an organization after another, across a comma or not, leaves out the و
                // joining them, and only that (not «و» + «ك»), unless the whole is a common word («وزارة»)
                let listed = |k: usize| out.last().is_some_and(|p: &Entity| p.label == Label::ORG && p.span.byte_end == tokens[k].span.byte_end);
                let after_org = || s > 0 && (listed(s - 1) || (s > 1 && matches!(tokens[s - 1].text.as_str(), "،" | ",") && listed(s - 2)));
                let common = || crate::keywords::lexicon::background().word(&tokens[s].norm).is_some_and(|z| z >= 3.0);
                if label == Label::ORG && tokens[s].norm.starts_with('و') && tokens[s].norm.chars().count() >= 4 && after_org() && !common() {
                    skip = 1;
                }
                while s < e && is_edge_junk(&tokens[s]) {
                    s += 1;
                }
                while e > s && is_edge_junk(&tokens[e - 1]) {
                    e -= 1;
                }
                // a currency («دولار», «الجنيه الاسترليني») is a unit the numbers layer carries, not a name
                let dropped = if label == Label::MISC {
                    !self.misc || (!self.currencies && (s..e).all(|k| is_currency(&tokens[k], strips[k])))
                } else {
                    not_a_name(&tokens[s..e])
                };
                if s < e && !dropped {
                    let skip = if s <= i { skip } else { 0 };
                    if let Some(ent) = make_entity(text, tokens, s, e, skip, label) {
                        out.push(ent);
                    }
                }
                i = j;
            }
            Some((strips, stems))
        } else {
            None
        };
        fill_known_names(text, tokens, &keys, &mut out);
        let builtin = builtin_names(text, tokens, &keys, &out);
        overlay(builtin, &mut out);
        if let Some((strips, stems)) = &stripped {
            let view = heads::View { tokens, strips, stems };
            widen::apply(text, &view, &mut out);
            widen::local_branches(text, &view, &mut out);
        }
        // the user's entities win over everything
        if !self.user.is_empty() {
            let mut own = Vec::new();
            self.user.find_keyed(text, tokens, &keys, &mut own);
            overlay(own, &mut out);
        }
        out
    }
}

/// Run `pass` on each sentence (`ranges` of token indices): its view of the document and its slice of `tags`.
fn each_sentence(
    ranges: &[(usize, usize)],
    tokens: &[Token],
    strips: &[lexicon::Strip],
    stems: &[u64],
    tags: &mut [u8],
    mut pass: impl FnMut(&heads::View, &mut [u8]),
) {
    for &(a, b) in ranges {
        if let (Some(t), Some(st), Some(sk), Some(tg)) = (tokens.get(a..b), strips.get(a..b), stems.get(a..b), tags.get_mut(a..b)) {
            pass(&heads::View { tokens: t, strips: st, stems: sk }, tg);
        }
    }
}

/// Organization heads that the span joins to a tagged organization right after them, though they are no tagger
/// feature (`ORG_PART`): ANERcorp tags «حركة طالبان» both with and without it, the news guidelines keep it («حركة
/// الشباب»).
const SPAN_HEADS: [&str; 1] = ["حركة"];

/// How many clitic letters come before the organization head that token `t` is («وكالة», «لوكالة» → 0, 1), if
/// it is one: the stripper's cut, else any proclitic cut (it keeps frequent clitic forms whole).
fn org_part_head(t: &Token, strip: lexicon::Strip) -> Option<usize> {
    let lx = lexicon::Lexicon::get();
    let span_head = |w: &str| SPAN_HEADS.contains(&w);
    let head = |w: &str| lx.flags(hash::key(w)) & lexicon::ORG_PART != 0 || span_head(w);
    if lx.flags(lexicon::stripped_key(&t.norm, strip)) & lexicon::ORG_PART != 0 || t.norm.get(strip.bytes..).is_some_and(span_head) {
        return Some(strip.letters);
    }
    let p = crate::clitics::Proclitics::scan(&t.norm);
    p.cuts(&t.norm).find(|c| t.norm.get(c.bytes..).is_some_and(head)).map(|c| c.letters)
}

/// Whether a token is a currency word, its clitics and article left out.
fn is_currency(t: &Token, strip: lexicon::Strip) -> bool {
    t.kind == TokenKind::Arabic && crate::numbers::NumberExtractor::shared().is_currency_word(lexicon::core(&t.norm, strip))
}

/// How many letters of a name's first token are clitics: the stripper's decision, or a و before a word known
/// neither to the tagger's vocabulary nor to the word classes («وسيواس» → «سيواس»), when at least four letters
/// remain (so «واشنطن», known, and short names keep theirs), or before a country or city that the whole word is
/// not («وليبيا», «وبلجيكا», seen whole in the tagger's data; «وجدة» is a city too and stays whole), or before the
/// first word of a place of several words that follows it (`next`: «وجزر القمر»), as any proclitic is there («لهونغ
/// كونغ»).
fn clitic_letters(t: &Token, next: Option<&Token>, strip: lexicon::Strip, model: &Model) -> usize {
    let class = lexicon::GAZ_TERRITORY | lexicon::GAZ_CITY;
    let place = |w: &str| lexicon::gazetteer_city(hash::key(w));
    // the first word of a place of two words or more («وجزر القمر», «ودير الزور»)
    let opens_place = |w: &str| {
        let next = |j: usize| (j == 1).then_some(next).flatten().map(|x| hash::key(&x.norm));
        lexicon::Lexicon::get().longest_phrase(hash::key(w), next, |g| g & class != 0).0 >= 2
    };
    // a landform's or state's noun opening a name keeps its first letter and loses its proclitics («وادي الدواسر»,
    // «بجبل سمامة» → «جبل سمامة»), whatever the label
    if let Some(k) = tidy::head_noun_clitics(&t.norm) {
        return k;
    }
    // «ك» ("like": «كإسبانيا», «كالصين») is a name's first letter when the whole is a common word of its own («كلود
    // بيفر», «كوفي أنان», «كولن») or a place («كاليه»)
    if strip.letters == 1
        && t.norm.starts_with('ك')
        && (crate::keywords::lexicon::background().word(&t.norm).is_some_and(|z| z >= 3.5) || place(&t.norm))
    {
        return 0;
    }
    // a city or country whose first letter the stripper took for a clitic («باليرمو», not «ب» + «اليرمو»), and so an
    // organization head («بلدية», not «ب» + «لدية»)
    if strip.letters > 0 && place(&t.norm) && !t.norm.get(strip.bytes..).is_some_and(place) {
        return 0;
    }
    let head = |w: &str| lexicon::Lexicon::get().flags(hash::key(w)) & lexicon::ORG_HEAD != 0;
    if strip.letters > 0 && head(&t.norm) && !t.norm.get(strip.bytes..).is_some_and(head) {
        return 0;
    }
    if let Some(k) = lexicon::clitics_before_known_org(&t.norm).filter(|&k| k > strip.letters && t.kind == TokenKind::Arabic) {
        return k;
    }
    if strip.letters > 0 || t.kind != TokenKind::Arabic {
        return strip.letters;
    }
    // «ببريدة»: the preposition before a place (in the word class of places: not «بنوك», «بلاد»)
    if t.norm.strip_prefix('ب').is_some_and(|rest| lexicon::one_word_place(rest) && !place(&t.norm)) {
        return 1;
    }
    // any proclitic before the first word of a place of several words («لهونغ كونغ»)
    if t.norm.strip_prefix(['ف', 'ب', 'ل', 'ك']).is_some_and(|rest| opens_place(rest) && !place(&t.norm) && !opens_place(&t.norm)) {
        return 1;
    }
    let Some(rest) = t.norm.strip_prefix('و') else { return 0 };
    // (or a province: «وعسير», «وصقلية»)
    let province = |w: &str| tidy::CUED_PROVINCES.contains(&w) || lexicon::Lexicon::get().regions.contains_key(&hash::key(w));
    if (place(rest) || opens_place(rest) || province(rest)) && !place(&t.norm) && !opens_place(&t.norm) && !province(&t.norm) {
        return 1;
    }
    let unknown = model.count(&t.norm) == 0 && clusters::Clusters::embedded().classes_of_key(hash::key(&t.norm)).is_none();
    usize::from(unknown && rest.chars().count() >= 4)
}

/// Whether a span the tagger took for a person, organization or place cannot be one: with a number in it it is a
/// flight, a model or a phone number («ام اتش 370», «غالاكسي A8»); number words alone are a rank or a quantity
/// («اللواء الخامس عشر», «القرن الثامن عشر», «بليون»), but one bare cardinal may be a surname («أوليفر ستون» …
/// «ستون»); God's name alone is no person or place (ANERcorp tags it MISC: «قال الله تعالى»), nor is a religious or
/// ethnic group (`data/groups.txt`: «الشيعة», «الأكراد»), which the guidelines leave out.
fn not_a_name(span: &[Token]) -> bool {
    if span.iter().any(|t| t.text.chars().any(|c| c.is_numeric())) {
        return true;
    }
    if let Some(n) = crate::numbers::words::parse_at(span, 0).filter(|n| n.len == span.len()) {
        let bare_cardinal = span.len() == 1 && !(n.ordinal || n.definite || n.approx || n.fraction || n.dual || n.scale > 1.0);
        return !bare_cardinal;
    }
    let [t] = span else { return false };
    let bare = t.norm.strip_prefix(['و', 'ف', 'ب', 'ل']).filter(|r| r.starts_with("ال")).unwrap_or(&t.norm);
    matches!(t.norm.trim_start_matches(['و', 'ف', 'ب', 'ت']), "الله" | "لله") || lexicon::Lexicon::get().groups.contains_key(&hash::key(bare))
}

/// «ويليام», «فالنسيا»: a name whose first letter reads as و or ف keeps it when the rest is unknown to the
/// tagger's vocabulary and word classes and no city of the gazetteers («ويوزغات») and either has the shape of a
/// foreign name rather than of a word after a conjunction (و before ي or و, ف before the article), or the whole word
/// carries another proclitic elsewhere in the document («لفالنسيا»). A first ك («كاليفورنيا», «كيري», «كالابريا») is kept when the rest is unknown or
/// opens with ي: the particle «like» goes before nouns the tagger knows («كالرياض», «كوزارة العمل»). A person's
/// first ل is kept before a ي-initial rest that is no given name nor a word of the document («ليلى», «ليفني»; not
/// «ليحيى»). `words` holds the document's normalized words (built on first use).
fn keeps_first_letter<'t>(
    t: &Token,
    skip: usize,
    label: Label,
    model: &Model,
    tokens: &'t [Token],
    words: &mut Option<FxSet<&'t str>>,
) -> bool {
    let w = t.norm.as_str();
    let Some(first) = w.chars().next().filter(|&c| skip == 1 && t.kind == TokenKind::Arabic && matches!(c, 'و' | 'ف' | 'ك' | 'ل')) else {
        return false;
    };
    let rest = &w[first.len_utf8()..];
    let known = |x: &str| model.count(x) > 0 || clusters::Clusters::embedded().classes_of_key(hash::key(x)).is_some();
    if first == 'ك' {
        // «like» comes before a noun the tagger knows («كالرياض», «كوزارة»), never before a ي-initial verb form
        return rest.starts_with('ي') || (rest.chars().count() >= 3 && !known(rest));
    }
    if first == 'ل' {
        if label != Label::PER {
            // «ليوفنتوس», «ليونايتد»: «for» before a team
            return false;
        }
        // a given name of the rules' list opening with ل («لجين», «لبيد») keeps it
        if lexicon::Lexicon::get().arabic_given.contains_key(&hash::key(w)) {
            return true;
        }
        // «for» before a ي-initial word is mostly «in order to» before a verb: a name tagged there keeps its ل
        // («ليلى», «ليفني»: «يلي», «يفني» are verbs) unless the rest is a given name («ليحيى») or stands alone
        // elsewhere in the document («ليونس الخطيب» … «يونس»)
        if !rest.starts_with('ي') || lexicon::Lexicon::get().flags(hash::key(rest)) & lexicon::GIVEN != 0 {
            return false;
        }
        let words = words.get_or_insert_with(|| document_words(tokens));
        return !words.contains(rest);
    }
    // («ويوزغات»: «و» before a city of the gazetteers)
    if rest.chars().count() < 4 || known(rest) || (lexicon::gazetteer_city(hash::key(rest)) && !lexicon::gazetteer_city(hash::key(w))) {
        return false;
    }
    let foreign = match first {
        // «ووترلو», but «وويليام» is و before «ويليام»
        'و' => rest.starts_with('ي') || (rest.starts_with('و') && !rest.starts_with("وي")),
        _ => rest.starts_with("ال"),
    };
    foreign || {
        let words = words.get_or_insert_with(|| document_words(tokens));
        words.iter().any(|x| x.strip_suffix(w).is_some_and(|p| !p.is_empty() && p.chars().count() <= 2 && p.chars().all(|c| "وفبلك".contains(c))))
    }
}

/// «وفهد السميح»: a person's first word that is و before a given name (listed, or in the word class of given names:
/// «ومهند»), and no given name itself («وليد», «وسام»),
/// starts with the conjunction (the clitic stripper keeps a و before a short word, «فهد» has three letters).
pub(super) fn and_before_given_name(t: &Token) -> bool {
    let lx = lexicon::Lexicon::get();
    // (the whole word only by the list: the word classes learned «ومهند» with its و)
    let listed = |w: &str| lx.flags(hash::key(w)) & lexicon::GIVEN != 0;
    t.kind == TokenKind::Arabic
        && t.norm.strip_prefix('و').is_some_and(|rest| rest.chars().count() >= 3 && lexicon::given_name(hash::key(rest)))
        && !listed(&t.norm)
}

/// The document's normalized Arabic words, for [`keeps_first_letter`] (built once per document, on first use).
fn document_words(tokens: &[Token]) -> FxSet<&str> {
    tokens.iter().filter(|t| t.kind == TokenKind::Arabic).map(|t| t.norm.as_str()).collect()
}

/// Whether the words of a name of two words or more, its first letter included, are a whole gazetteer name
/// («بوروسيا دورتموند», «لاند روفر»): then that letter is no clitic. One word is not enough: «وجدة» is a city, and
/// «and Jeddah» far more often.
fn gazetteer_name(tokens: &[Token]) -> bool {
    if let [a, b] = tokens
        && lexicon::split_place(&a.norm, &b.norm)
    {
        return true;
    }
    let Some(first) = tokens.first().filter(|_| tokens.len() >= 2) else { return false };
    let next = |j: usize| tokens.get(j).map(|t| hash::key(&t.norm));
    lexicon::Lexicon::get().longest_phrase(hash::key(&first.norm), next, |_| true).0 == tokens.len()
}

/// The first token of the sentence range holding token `i`.
fn ranges_start(ranges: &[(usize, usize)], i: usize) -> usize {
    let k = ranges.partition_point(|r| r.1 <= i);
    ranges.get(k).map(|r| r.0).unwrap_or(0)
}

/// Parse user entities from text: one `text<TAB>LABEL` a line (label PER, ORG, LOC or MISC; `PERS` is read as
/// PER); blank lines and lines starting with `#` are skipped.
pub fn parse_entities(s: &str) -> Result<Vec<(String, Label)>> {
    let mut out = Vec::new();
    for (n, line) in s.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (text, label) = line.rsplit_once('\t').ok_or_else(|| Error::InvalidOption {
            option: "entities".into(),
            value: format!("line {}: {line}", n + 1),
            allowed: "lines of the form text<TAB>LABEL".into(),
        })?;
        let text = text.trim();
        if text.is_empty() {
            return Err(Error::InvalidOption { option: "entities".into(), value: format!("line {}", n + 1), allowed: "a non-empty entity text".into() });
        }
        out.push((text.to_string(), label.trim().parse()?));
    }
    Ok(out)
}

/// Read user entities from a UTF-8 file (see [`parse_entities`]).
pub fn load_entities(path: impl AsRef<std::path::Path>) -> Result<Vec<(String, Label)>> {
    let path = path.as_ref();
    let s = std::fs::read_to_string(path).map_err(|e| Error::InvalidLexicon(format!("{}: {e}", path.display())))?;
    parse_entities(&s).map_err(|e| Error::InvalidLexicon(format!("{}: {e}", path.display())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waw_before_a_place_is_a_conjunction() {
        let model = embedded_model().unwrap();
        let doc = crate::Pipeline::default().analyze("وليبيا وبلجيكا وجدة وسيواس واشنطن");
        let letters: Vec<usize> = doc.tokens.iter().map(|t| clitic_letters(t, None, lexicon::Strip::default(), &model)).collect();
        assert_eq!(letters, vec![1, 1, 0, 1, 0]);
        // a place whose first letter the stripper cut keeps it
        let doc = crate::Pipeline::default().analyze("باليرمو");
        let strip = lexicon::strip_proclitics(&doc.tokens[0].norm, |w| model.count(w));
        assert_eq!(clitic_letters(&doc.tokens[0], None, strip, &model), 0);
        let doc = crate::Pipeline::default().analyze("وجزر القمر");
        assert_eq!(clitic_letters(&doc.tokens[0], doc.tokens.get(1), lexicon::Strip::default(), &model), 1);
        // any proclitic before the first word of a place of several words
        let doc = crate::Pipeline::default().analyze("لهونغ كونغ");
        assert_eq!(clitic_letters(&doc.tokens[0], doc.tokens.get(1), lexicon::Strip::default(), &model), 1);
        let ents = crate::Pipeline::default().analyze("منذ تسلمها لهونغ كونغ عام 1997").entities.unwrap_or_default();
        assert_eq!(ents.iter().map(|e| (e.text.as_str(), e.label)).collect::<Vec<_>>(), vec![("هونغ كونغ", Label::LOC)]);
    }

    #[test]
    fn numbers_gods_name_and_groups_are_no_names() {
        let doc = crate::Pipeline::default().analyze("اللواء الخامس عشر قال الله ولله الحمد عبدالله الثاني 370 بليون ستون والأكراد");
        let t = &doc.tokens;
        assert!(not_a_name(&t[1..3]) && not_a_name(&t[4..5]) && not_a_name(&t[5..6]) && not_a_name(&t[9..10]));
        assert!(not_a_name(&t[10..11]) && not_a_name(&t[12..13]));
        // a bare cardinal may be a surname («أوليفر ستون»)
        assert!(!not_a_name(&t[7..9]) && !not_a_name(&t[7..8]) && !not_a_name(&t[0..2]) && !not_a_name(&t[11..12]));
    }

    #[test]
    fn kaf_is_a_first_letter_of_common_names() {
        let names = |text: &str| -> Vec<String> {
            crate::Pipeline::default().analyze(text).entities.unwrap_or_default().into_iter().map(|e| e.text).collect()
        };
        for (text, name) in [("وفق ما كشف عنه كلود بيفر رئيس الوحدة", "كلود بيفر"), ("رشح كوفي أنان للمنصب", "كوفي أنان")] {
            assert!(names(text).iter().any(|n| n == name), "{text}: {:?}", names(text));
        }
        // «ك» ("like") before a name that is no word of its own stays out
        assert!(names("في دول عربية كالسودان والعراق").iter().any(|n| n == "السودان"));
    }

    #[test]
    fn tidy_rules_from_unseen_news() {
        let ents = |text: &str| -> Vec<(String, Label)> {
            crate::Pipeline::default().analyze(text).entities.unwrap_or_default().into_iter().map(|e| (e.text, e.label)).collect()
        };
        let has = |text: &str, name: &str, label: Label| ents(text).iter().any(|(t, l)| t == name && *l == label);
        // a listed surname alone is the person
        assert!(has("قال جون كيري إن الاتفاق جيد. وأضاف كيري أن المحادثات ستستمر", "كيري", Label::PER));
        // an indefinite head with a nationality adjective is a description
        assert!(ents("مثل أمام محكمة أميركية الأسبوع الماضي").is_empty());
        // a nationality adjective in the dual or plural is no place
        assert!(ents("وكانت فتاتان سعوديتان قد تعرضتا لتحرش").iter().all(|(_, l)| *l != Label::LOC));
        // a preposition drawn out with tatweel ends no name
        assert!(has("قال العميد سمير لـ«الشرق الأوسط» إن الوضع هادئ", "سمير", Label::PER));
        // the definite word after «صحيفة» names the newspaper; an adjective or a legal sense does not
        assert!(has("رابط الخبر بصحيفة الوئام: مصرع شخصين", "الوئام", Label::ORG));
        assert!(has("ونقلت صحيفة الحياة اللندنية عن مصادر", "الحياة", Label::ORG));
        assert!(ents("وقالت صحيفة فرنسية ان").is_empty() && ents("وورد في صحيفة الاتهام ان").is_empty());
        // and the one after «قناة» the channel, but not after «القناة»; «قناة السويس» is the canal
        assert!(has("في لقاء على قناة المجد أوضح الدكتور", "المجد", Label::ORG));
        let found = ents("عبرت السفينة قناة السويس قبل افتتاح القناة الجديدة");
        assert_eq!(found, vec![("قناة السويس".to_string(), Label::LOC)]);
        assert!(has("قال رئيس هيئة قناة السويس إن", "هيئة قناة السويس", Label::ORG));
        // a one-word city in the word class of places after a place cue or «ب»; not a common word GeoNames lists
        assert!(has("وصل الوفد إلى الطائف أمس.", "الطائف", Label::LOC));
        assert!(has("مصرع وإصابة 4 أشخاص دهساً ببريدة", "بريدة", Label::LOC));
        assert!(has("في منطقة كاليه الفرنسية", "كاليه", Label::LOC));
        assert!(ents("استند الى حجة قوية").is_empty() && ents("ارتفعت الأسهم في بورصة عمان").iter().all(|(t, _)| t != "بورصة"));
        assert!(ents("قروض بنوك محلية").is_empty());
        // no name is a demonstrative
        assert!(ents("وحظيت هاتان المسنتان برعاية").is_empty());
    }

    #[test]
    fn skips_clitic_letters_in_surface() {
        assert_eq!(skip_letters("وَبِالولايات", 2), Some(("وَبِ".len(), 4)));
        assert_eq!(skip_letters("و", 1), None);
        assert_eq!(skip_letters("ليبيا", 0), Some((0, 0)));
    }

    #[test]
    fn no_name_holds_a_number() {
        let rec = EntityRecognizer::new(&[("ام اتش 370".to_string(), Label::ORG)]);
        let doc = crate::Pipeline::default().analyze("واختفت الرحلة ام اتش 370 التابعة للخطوط الماليزية");
        // the model's own names never hold one (user entities keep what they are given)
        let model_only = EntityRecognizer::default().recognize(&doc.text, &doc.tokens, &doc.sentences);
        assert!(model_only.iter().all(|e| !e.text.contains("370")), "{model_only:?}");
        assert!(rec.recognize(&doc.text, &doc.tokens, &doc.sentences).iter().any(|e| e.text == "ام اتش 370"));
    }

    #[test]
    fn foreign_names_keep_a_first_waw_or_fa() {
        let doc = crate::Pipeline::default().analyze("وقال مدرب فالنسيا إن الفريق سيفوز على برشلونة");
        let names: Vec<&str> = doc.entities.iter().flatten().map(|e| e.text.as_str()).collect();
        assert!(names.contains(&"فالنسيا"), "{names:?}");
        let model = embedded_model().unwrap();
        let doc = crate::Pipeline::default().analyze("الأمير ويليام وويليام ووترلو وليبيا والدتي لفالنسيا فالنسيا");
        let t = &doc.tokens;
        let keeps = |i: usize| keeps_first_letter(&t[i], 1, Label::PER, &model, t, &mut None);
        // «ويليام», «ووترلو»: foreign shapes; «لفالنسيا» vouches for «فالنسيا»
        assert!(keeps(1) && keeps(3) && keeps(7));
        // «وويليام» is و + «ويليام»; «ليبيا» is known; «الدتي» has no foreign shape nor a clitic before it
        assert!(!keeps(2) && !keeps(4) && !keeps(5));
        // an organization head keeps its first letter
        let doc = crate::Pipeline::default().analyze("وقالت بلدية جدة");
        assert_eq!(doc.entities.iter().flatten().map(|e| e.text.as_str()).collect::<Vec<_>>(), ["بلدية جدة"]);
        // «ويوزغات»: و before a city of the gazetteers
        let doc = crate::Pipeline::default().analyze("ويوزغات");
        assert!(!keeps_first_letter(&doc.tokens[0], 1, Label::LOC, &model, &doc.tokens, &mut None));
        // a first ك: kept before an unknown rest or a ي, a clitic before a known noun
        let doc = crate::Pipeline::default().analyze("كاليفورنيا كيري كالرياض كوزارة");
        let t = &doc.tokens;
        let keeps = |i: usize| keeps_first_letter(&t[i], 1, Label::PER, &model, t, &mut None);
        assert!(keeps(0) && keeps(1) && !keeps(2) && !keeps(3));
        // a person's first ل before a ي-initial word that is no given name; «for» before a team or «يحيى»
        let doc = crate::Pipeline::default().analyze("ليلى ليحيى ليوفنتوس ليونس يونس");
        let t = &doc.tokens;
        let keeps = |i: usize, label| keeps_first_letter(&t[i], 1, label, &model, t, &mut None);
        assert!(keeps(0, Label::PER) && !keeps(1, Label::PER) && !keeps(2, Label::ORG) && !keeps(3, Label::PER));
        let doc = crate::Pipeline::default().analyze("وقال وزير الخارجية الأمريكي جون كيري في ولاية كاليفورنيا");
        let names: Vec<&str> = doc.entities.iter().flatten().map(|e| e.text.as_str()).collect();
        assert!(names.contains(&"كاليفورنيا") && !names.contains(&"اليفورنيا"), "{names:?}");
        // a whole gazetteer name keeps its first letter
        let doc = crate::Pipeline::default().analyze("تغلب بوروسيا دورتموند على بايرن ميونيخ في مباراة الدوري الألماني وقال مدرب اللاعبين");
        let names: Vec<&str> = doc.entities.iter().flatten().map(|e| e.text.as_str()).collect();
        assert!(names.iter().any(|n| n.starts_with("بوروسيا")), "{names:?}");
    }

    #[test]
    fn a_waw_before_a_given_name_is_a_conjunction() {
        let doc = crate::Pipeline::default().analyze("وفهد وليد وسام");
        let t = &doc.tokens;
        assert!(and_before_given_name(&t[0]) && !and_before_given_name(&t[1]) && !and_before_given_name(&t[2]));
        // a given name the list lacks, in the word class of given names
        let doc = crate::Pipeline::default().analyze("ومهند");
        assert!(and_before_given_name(&doc.tokens[0]));
    }

    #[test]
    fn builtin_agencies_parse() {
        assert!(builtin_entities().len() >= 15);
        assert!(builtin_entities().iter().any(|(t, l)| t == "واس" && *l == Label::ORG));
        assert!(builtin_entities().iter().any(|(t, l)| t == "واتس آب" && *l == Label::ORG));
        // platforms the tagger ran together come apart
        let doc = crate::Pipeline::default().analyze("شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك");
        let names: Vec<(&str, Label)> = doc.entities.iter().flatten().map(|e| (e.text.as_str(), e.label)).collect();
        assert_eq!(names, vec![("تويتر", Label::ORG), ("فيسبوك", Label::ORG), ("جوجل بلس", Label::ORG)]);
    }

    #[test]
    fn builtin_names_win_unless_they_open_a_word_of_a_longer_name() {
        let names = |text: &str| -> Vec<String> {
            crate::Pipeline::default().analyze(text).entities.unwrap_or_default().into_iter().map(|e| e.text).collect()
        };
        // the tagger misses or cuts these
        let found = names("وقالت منظمة أطباء بلا حدود وهيومن رايتس ووتش إن المحكمة الجنائية الدولية مختصة");
        assert_eq!(found, vec!["منظمة أطباء بلا حدود", "هيومن رايتس ووتش", "المحكمة الجنائية الدولية"]);
        // a longer name of the same label keeps it
        assert_eq!(names("وقال رئيس جامعة الأزهر إن"), vec!["جامعة الأزهر"]);
        assert_eq!(names("وقال الأزهر إن"), vec!["الأزهر"]);
        // the official names of states
        assert_eq!(names("قام بزيارة إلى المملكة الأردنية الهاشمية تلبية لدعوة"), vec!["المملكة الأردنية الهاشمية"]);
        // (also after the ل its article fused with)
        assert_eq!(names("وأوضح مدير الإدارة العامة للدفاع المدني بمحافظة جدة العقيد"), vec!["الإدارة العامة للدفاع المدني بمحافظة جدة"]);
        assert_eq!(names("أكد ذلك المتحدث الإعلامي باسم الدفاع المدني بنجران."), vec!["الدفاع المدني", "نجران"]);
        // a city the tagger misses (ANERcorp has it O, in «اتفاق الطائف»), not in a treaty's name
        assert_eq!(names("زار الطائف أمس"), vec!["الطائف"]);
        assert!(names("منذ توقيع اتفاق الطائف عام 1989").is_empty());
        // nor an adjective of its shape after a definite noun
        assert!(names("تراجع الأرباح المجمعة للشركات").is_empty());
        assert_eq!(names("وصل إلى محافظة المجمعة أمس"), vec!["المجمعة"]);
        assert_eq!(names("وصل الوفد إلى المجمعة أمس"), vec!["المجمعة"]);
        // a city the tagger misses (its training data tagged it O), a force, a kinship word before a name
        assert_eq!(names("بمقتل 18 من عناصر البيشمركة شرق الموصل"), vec!["البيشمركة", "الموصل"]);
        assert_eq!(names("التي يتشارك فيها هو ونجله أحمد، على أراضيها"), vec!["أحمد"]);
        // «حركة» is part of a movement's name, as the guidelines have it («حركة الشباب»)
        assert_eq!(names("وتبنت حركة طالبان الهجوم"), vec!["حركة طالبان"]);
        // a quoted name keeps its first و or ف
        assert_eq!(names("في مقال نشر في مجلة \"وايرد\" الأمريكية"), vec!["وايرد"]);
    }

    #[test]
    fn known_persons_fill_in_and_never_override() {
        let doc = crate::Pipeline::default().analyze("وقال ترامب لماكرون إن شركة دونالد ترامب للعقارات رابحة");
        let found = |rec: &EntityRecognizer| -> Vec<(String, Label)> {
            rec.recognize(&doc.text, &doc.tokens, &doc.sentences).into_iter().map(|e| (e.text, e.label)).collect()
        };
        // no model: the list alone, through clitics
        let plain = found(&EntityRecognizer::with_model(None, &[]));
        assert!(plain.contains(&("ترامب".into(), Label::PER)) && plain.contains(&("ماكرون".into(), Label::PER)), "{plain:?}");
        // a user entity overlapping a known person wins
        let user = found(&EntityRecognizer::with_model(None, &[("شركة دونالد ترامب للعقارات".into(), Label::ORG)]));
        assert!(user.contains(&("شركة دونالد ترامب للعقارات".into(), Label::ORG)), "{user:?}");
        assert!(!user.contains(&("دونالد ترامب".into(), Label::PER)), "{user:?}");
    }

    #[test]
    fn a_known_full_name_replaces_the_person_names_it_holds() {
        let doc = crate::Pipeline::default().analyze("قوات عبدربه منصور هادي وحزب بوتين");
        let (text, t) = (&doc.text, &doc.tokens);
        let ent = |a, b, skip, label| make_entity(text, t, a, b, skip, label).unwrap();
        let mut out = vec![ent(2, 4, 0, Label::PER), ent(4, 6, 1, Label::ORG)];
        fill_known_names(text, t, &TokenKeys::new(t), &mut out);
        let got: Vec<(&str, Label)> = out.iter().map(|e| (e.text.as_str(), e.label)).collect();
        // «بوتين» lies inside an organization the tagger found: that stays
        assert_eq!(got, vec![("عبدربه منصور هادي", Label::PER), ("حزب بوتين", Label::ORG)]);
        // a sea whose adjective alone the tagger named is whole; not inside an organization
        let doc = crate::Pipeline::default().analyze("في البحر الكاريبي وجامعة البحر الأحمر");
        let (text, t) = (&doc.text, &doc.tokens);
        let mut out = vec![make_entity(text, t, 2, 3, 0, Label::LOC).unwrap(), make_entity(text, t, 3, 6, 1, Label::ORG).unwrap()];
        fill_known_names(text, t, &TokenKeys::new(t), &mut out);
        let got: Vec<(&str, Label)> = out.iter().map(|e| (e.text.as_str(), e.label)).collect();
        assert_eq!(got, vec![("البحر الكاريبي", Label::LOC), ("جامعة البحر الأحمر", Label::ORG)]);
        // so is a region of several words the tagger split or cut (and a body's head before it joins it)
        let doc = crate::Pipeline::default().analyze("قالت شرطة بريتيش كولومبيا إن ولاية كارولينا الشمالية");
        let names: Vec<(&str, Label)> = doc.entities.iter().flatten().map(|e| (e.text.as_str(), e.label)).collect();
        assert_eq!(names, vec![("شرطة بريتيش كولومبيا", Label::ORG), ("كارولينا الشمالية", Label::LOC)]);
        let doc = crate::Pipeline::default().analyze("تعمل في بريطانيا العظمى منذ سقوط الدولة العثمانية وفي القصيم");
        let names: Vec<(&str, Label)> = doc.entities.iter().flatten().map(|e| (e.text.as_str(), e.label)).collect();
        assert_eq!(names, vec![("بريطانيا العظمى", Label::LOC), ("الدولة العثمانية", Label::LOC), ("القصيم", Label::LOC)]);
    }

    #[test]
    fn a_handle_after_a_name_is_no_part_of_it() {
        let doc = crate::Pipeline::default().analyze("ودخل المغرد بدر العنزي ‏@Bader_Saij ، ليؤيده قائلا");
        let names: Vec<&str> = doc.entities.iter().flatten().map(|e| e.text.as_str()).collect();
        assert_eq!(names, vec!["بدر العنزي"]);
    }

    #[test]
    fn parses_entity_files() {
        let v = parse_entities("# mine\nمنظمة الصحة العالمية\tORG\n\nفايز السراج\tPERS\n").unwrap();
        assert_eq!(v, vec![("منظمة الصحة العالمية".to_string(), Label::ORG), ("فايز السراج".to_string(), Label::PER)]);
        assert!(parse_entities("no tab here").is_err());
        assert!(parse_entities("x\tFOO").is_err());
    }
}
