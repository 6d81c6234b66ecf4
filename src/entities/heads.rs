//! Name rules around head nouns, applied to the tagger's output as the guidelines define spans:
//! - an organization head followed by a name tail is one ORG: «حزب العدالة والتنمية», «وزارة الصحة»,
//!   «الاتحاد السويسري لصادرات اللحوم», «مديرية الشؤون الصحية بمحافظة جدة». A tail is a chain of definite
//!   words, construct nouns, ل-phrases, و-coordinated definite words and ب-phrases on a head noun; it must hold a
//!   complement (a construct noun or a ل-phrase): «الحكومة الليبية» (head + adjective) stays a description.
//!   Descriptive adjectives and function words end it («حزب العدالة والتنمية الحاكم»).
//!   When the tagger tagged the head with its name and stopped short, the name takes one relative adjective and one
//!   definite ل-phrase after it («حزب المجلس» + «الوطني», «كلية آل مكتوم» + «للتعليم العالي»).
//! - «إدارة» + a body, a place or an event is its management, no name («إدارة النادي», «إدارة المهرجان»).
//! - a name the tagger took for a person's right after «شركة», «مؤسسة», «جامعة», … (or a place's after «نادي»,
//!   «شركة», …) is the body's («شركة كيبلر انيرجي», «مؤسسة سوكارنو», «نادي الخليج»).
//! - a facility head right before a name makes one LOC with it: «ميناء سرت», «المسجد الاقصى», and so does a rare word
//!   after it («قصر الإليزيه»); a person's name opening with one is the facility («قصر كينسنغتون»). A rare definite
//!   word after «قرية», «بلدة», «حي» names the place («بقرية الدالوة»).

use super::lexicon::{FACILITY, GIVEN, LOC_HEAD, Lexicon, NAME_STOP, NATIONALITY, ORG_HEAD, ORG_PART, Strip, TITLE};
use super::model::{B_LOC, B_ORG, B_PER};
use super::tidy::is_head;
use crate::document::Token;
use crate::tokenizer::TokenKind;

/// The longest tail, in tokens.
const MAX_TAIL: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum El {
    /// a definite word without proclitics
    Def,
    /// a bare indefinite word
    Indef,
    /// ل + word
    Li,
    /// ب + a head noun («بمحافظة», «بجامعة»)
    Bi,
    /// و + definite word
    ConjDef,
    /// و + indefinite word (opening a coordinated construct: «ومطاحن الدقيق»)
    ConjIndef,
    Stop,
}

/// Quantities that open the object of a verb after a body's name, never a word of it («ناقش مع إدارة المستشفى |
/// العديد من الموضوعات»), and participles that describe the body («مصرف الريان | المتخصص في …»), normalized. Not a
/// tagger feature.
const BODY_TAIL_STOPS: [&str; 8] = ["العديد", "الكثير", "المزيد", "العشرات", "المئات", "الالاف", "المتخصص", "المتخصصة"];

/// The tokens of one sentence with what the tagger decided about them.
pub(crate) struct View<'a> {
    pub tokens: &'a [Token],
    pub strips: &'a [Strip],
    pub stems: &'a [u64],
}

impl View<'_> {
    pub(crate) fn flags(&self, j: usize) -> u8 {
        Lexicon::get().flags(self.stems[j])
    }

    /// Token `j`'s normalized form with the proclitics the stripper found left out («بمستشفى» → «مستشفي»).
    pub(crate) fn bare(&self, j: usize) -> &str {
        self.tokens[j].norm.get(self.strips[j].bytes..).unwrap_or("")
    }

    /// Whether token `j` carries one proclitic, the letter `c` («بجدة» with ب, «والولادة» with و).
    pub(crate) fn clitic(&self, j: usize, c: char) -> bool {
        self.strips[j].letters == 1 && self.tokens[j].norm.starts_with(c)
    }

    /// Whether token `j` is an Arabic word the tagger left untagged, with no proclitic, no title and no nationality:
    /// the words the name-finding rules may add to a name.
    pub(crate) fn plain(&self, tags: &[u8], j: usize) -> bool {
        tags[j] == 0
            && self.tokens[j].kind == TokenKind::Arabic
            && self.strips[j].letters == 0
            && self.flags(j) & (TITLE | NATIONALITY) == 0
    }

    /// Whether token `j` is a comma, Arabic or Latin (false past the end).
    pub(crate) fn comma(&self, j: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| matches!(t.text.as_str(), "،" | ","))
    }

    /// A word of a compound name that a name cannot end on («عبد» الله, «بن» راشد, «أبو» ظبي, «آل» مكتوم): the name
    /// goes on to the word after it.
    pub(crate) fn connector(&self, j: usize) -> bool {
        self.tokens.get(j).is_some_and(|t| matches!(t.norm.as_str(), "عبد" | "بن" | "ابن" | "بنت" | "ابو" | "ال"))
            // («بن أبي» + «طالب»; «أبي» alone is also «my father», and «آبي» is Abe)
            || (j > 0
                && self.tokens.get(j).is_some_and(|t| t.norm == "ابي")
                && matches!(self.tokens[j - 1].norm.as_str(), "بن" | "ابن" | "بنت"))
    }

    /// Whether token `j` is an Arabic word after a connector that completes the name the connector left open:
    /// untagged, or a one-word name of its own («عبد» + «الله» MISC).
    pub(crate) fn completes(&self, tags: &[u8], j: usize) -> bool {
        let alone = |t: u8| t == 0 || (t % 2 == 1 && tags.get(j + 1) != Some(&(t + 1)));
        j > 0 && j < tags.len().min(self.tokens.len()) && alone(tags[j]) && self.tokens[j].kind == TokenKind::Arabic && self.connector(j - 1)
    }

    /// Whether token `j` can be the name of a village or quarter after its noun: an untagged definite word without a
    /// proclitic that is rare in the background lexicon and no adjective («الدالوة», «القديح»; not «قرية الصيادين»).
    /// After a facility's noun (`facility`), a rare word without the article too («فندق بيلسان», «قاعدة بنينا»), not
    /// one opening with a letter that reads like a proclitic, with the م of a participle or the ي of a verb («ميناء
    /// مبهج», «برج وبناية», «شعور جامع ينتاب»), and no plural («قاعدة المشترين», «قصر تعاملات»).
    fn rare_name(&self, tags: &[u8], j: usize, facility: bool) -> bool {
        let Some(t) = self.tokens.get(j).filter(|t| t.kind == TokenKind::Arabic) else { return false };
        let bg = crate::keywords::lexicon::background();
        let w = t.norm.as_str();
        let letters = w.chars().count();
        let plural = facility && ["ات", "ين", "ون"].iter().any(|e| w.ends_with(e));
        let shape = if w.starts_with("ال") {
            letters >= 5 && !plural
        } else {
            facility && letters >= 4 && !plural && !w.starts_with(['و', 'ف', 'ب', 'ل', 'ك', 'م', 'ي'])
        };
        tags.get(j) == Some(&0)
            && tags.get(j + 1).is_none_or(|&t| t == 0 || t % 2 == 1)
            && self.strips[j].letters == 0
            && shape
            // (a quarter's name may look like an adjective: «حي الشوقية», «حي العزيزية»; no nationality)
            && (!relative(&t.text) || (!facility && self.flags(j) & NATIONALITY == 0))
            && bg.word(w).is_none_or(|z| z < SETTLEMENT_ZIPF)
    }

    /// Whether token `j` is a government agency's short name of `data/agency_heads.txt` («صحة», «بورصة»), its
    /// proclitics left out or, when the stripper cut some, the whole word («بلدية» is not ب + «لدية»).
    pub(super) fn agency_head(&self, j: usize) -> bool {
        let lx = Lexicon::get();
        lx.agency_heads.contains_key(&self.stems[j])
            || (self.strips[j].letters > 0 && lx.agency_heads.contains_key(&super::hash::key(&self.tokens[j].norm)))
    }

    /// Whether token `j` is a facility's noun of `data/facility_heads.txt` («مطار», «بمسجد»); not «سد», which is also
    /// «filling» («سد الثغرة»).
    pub(super) fn facility_head(&self, j: usize) -> bool {
        self.flags(j) & FACILITY != 0 && self.bare(j) != "سد"
    }

    /// A word carrying a proclitic («بالدمام», «بجدة», «ومطار»): no person's name runs on into it.
    fn proclitic(&self, j: usize) -> bool {
        self.strips[j].letters > 0
    }

    pub(crate) fn definite(&self, j: usize) -> bool {
        let s = self.strips[j];
        let rest = self.tokens[j].norm.get(s.bytes..).unwrap_or("");
        s.restore_al || (rest.starts_with("ال") && rest.chars().nth(3).is_some())
    }

    fn el(&self, j: usize) -> El {
        let t = &self.tokens[j];
        if t.kind != TokenKind::Arabic || self.flags(j) & (NAME_STOP | TITLE) != 0 || BODY_TAIL_STOPS.contains(&t.norm.as_str()) {
            return El::Stop;
        }
        let s = self.strips[j];
        let clitics = t.norm.get(..s.bytes).unwrap_or("");
        match clitics.chars().last() {
            None if self.definite(j) => El::Def,
            // «لصادرات»: a ل the clitic stripper kept (the word was rare in its data); in a shorter word, when what
            // follows ل is the more common word («لكرة القدم»; not «لبنان»)
            None if t.norm.starts_with('ل') && (t.norm.chars().count() >= 5 || li_word(&t.norm)) => El::Li,
            // «ومطاحن»: likewise a و
            None if t.norm.starts_with('و') && t.norm.chars().count() >= 5 => self.conj_indef(j),
            None => El::Indef,
            Some('ل') => El::Li,
            Some('ب') if self.flags(j) & (ORG_HEAD | LOC_HEAD) != 0 => El::Bi,
            Some('و' | 'ف') if self.definite(j) => El::ConjDef,
            Some('و') => self.conj_indef(j),
            _ => El::Stop,
        }
    }

    /// و + an indefinite word goes on with a name («ومطاحن الدقيق») unless it opens a clause or another body or place:
    /// a verb («حكومة لندن وستساعد السلطات»), an organization head («الحكومة ولجنة الانتخابات») or a kind of place
    /// («الهيئة الملكية ومنطقة الكورنيش»).
    fn conj_indef(&self, j: usize) -> El {
        let t = &self.tokens[j];
        let rest = t.norm.strip_prefix('و').unwrap_or(&t.norm);
        let head = Lexicon::get().flags(super::hash::key(rest)) & (ORG_HEAD | ORG_PART | LOC_HEAD) != 0;
        if head || crate::keywords::verbs::verb_like(&t.norm) { El::Stop } else { El::ConjIndef }
    }

    /// Whether token `j` is the noun of head `i` again, in the singular or plural, its proclitics and article aside
    /// («المجلس» … «والمجالس», «اللجنة» … «واللجان»): the same letters but for the long vowels and the feminine or
    /// plural ending (which also pairs nouns of one root: «الجامعة» … «والجمعية», another body too).
    fn same_kind(&self, i: usize, j: usize) -> bool {
        let skeleton = |k: usize| -> String {
            let t = &self.tokens[k];
            let w = t.norm.get(self.strips[k].bytes..).unwrap_or(&t.norm);
            let w = w.strip_prefix("ال").unwrap_or(w);
            let w = w.strip_suffix("ات").or_else(|| w.strip_suffix('ة')).unwrap_or(w);
            w.chars().filter(|c| !matches!(c, 'ا' | 'و' | 'ي')).collect()
        };
        let head = skeleton(i);
        head.chars().count() >= 2 && head == skeleton(j)
    }

    /// The end (exclusive) of the organization name opened by the head at `i`, if it has a complement.
    fn org_tail(&self, i: usize, tags: &[u8]) -> Option<usize> {
        let n = self.tokens.len().min(tags.len());
        // a construct chain («لجنة متابعة مبادرة السلام») is only part of the name once a definite noun ends it
        let mut chain = !self.definite(i);
        let (mut complement, mut li) = (false, false);
        let mut prev = El::Stop;
        // the tail so far, and how far it is known to be well formed
        let (mut j, mut end) = (i + 1, None);
        while j < n && j - i <= MAX_TAIL {
            if tags[j] == B_PER || tags[j] == B_PER + 1 {
                break;
            }
            // a name the tagger found: «جامعة أكسفورد», «بمحافظة جدة»; then only adjectives and phrases
            if tags[j] % 2 == 1 && (j == i + 1 || matches!(prev, El::Li | El::Bi)) {
                j = span_end(tags, j, n);
                complement |= chain || prev == El::Li;
                chain = false;
                prev = El::Def;
                end = Some(j);
                continue;
            }
            if tags[j] != 0 {
                break;
            }
            let el = self.el(j);
            let next = if j + 1 < n { self.el(j + 1) } else { El::Stop };
            match el {
                El::Def => {
                    complement |= chain;
                    chain = false;
                    end = Some(j + 1);
                }
                El::Indef if chain => {}
                // a portfolio right after a definite head is no name: «وكيل الجامعة | للشؤون الأكاديمية»
                El::Li if j == i + 1 && self.definite(i) && matches!(self.tokens[j].norm.as_str(), "للشوون" | "لشوون" | "للشؤون" | "لشؤون") => break,
                // one ل-phrase, definite or opening a construct whose definite noun then makes the complement:
                // «للتجارة», «لصادرات اللحوم»
                El::Li if !li && (self.definite(j) || next == El::Def) => {
                    li = true;
                    chain = !self.definite(j);
                    if !chain {
                        complement = true;
                        end = Some(j + 1);
                    }
                }
                El::Bi if end.is_some() && complement => {}
                // (not the head's own kind again: «المجلس البلدي لأمانة العاصمة» | «والمجالس البلدية»)
                El::ConjDef if end.is_some() && !self.same_kind(i, j) => end = Some(j + 1),
                El::ConjIndef if chain || (end.is_some() && next == El::Def) => chain = true,
                _ => break,
            }
            prev = el;
            j += 1;
        }
        let e = end?;
        (complement && tags.get(e).is_none_or(|&t| t == 0 || t % 2 == 1)).then_some(e)
    }
}

/// Administrative units between a body and the place it serves, normalized: «أمانة منطقة نجران», «مجلس محافظة
/// البصرة», «حكومة ولاية تكساس».
pub(super) const ADMIN_UNITS: [&str; 6] = ["منطقة", "محافظة", "مدينة", "ولاية", "اقليم", "مقاطعة"];

/// Bodies that name themselves after a place only through one of [`ADMIN_UNITS`]: «مجلس محافظة البصرة», «حكومة
/// إقليم كردستان» (not «مجلس الأمن», «حكومة المملكة»), normalized.
const UNIT_BODIES: [&str; 2] = ["مجلس", "حكومة"];

/// «صحة جدة», «أمانة منطقة نجران»: a short government-body name without the article right before a place (through
/// one of [`ADMIN_UNITS`]) is one ORG with it; so is a council or government of such a unit («مجلس محافظة البصرة»);
/// returns the end of that ORG.
fn agency_end(v: &View, tags: &[u8], i: usize) -> Option<usize> {
    let n = tags.len().min(v.tokens.len());
    if tags[i] != 0 || v.tokens[i].kind != TokenKind::Arabic {
        return None;
    }
    let unit_body = UNIT_BODIES.contains(&v.bare(i));
    if !unit_body && !v.agency_head(i) {
        return None;
    }
    let unit = |j: usize| j < n && v.strips[j].letters == 0 && ADMIN_UNITS.contains(&v.tokens[j].norm.as_str());
    let mut j = i + 1;
    if unit(j) && tags[j] == 0 {
        j += 1;
    } else if unit_body && !(unit(j) && tags[j] == B_LOC) {
        // («حكومة إقليم كردستان»: the unit is part of the place's name)
        return None;
    }
    // (a province named by a common word, which the place rules find later: «صحة عسير», «غرفة الشرقية»)
    let province = j < n && tags[j] == 0 && v.strips[j].letters == 0 && super::tidy::CUED_PROVINCES.contains(&v.tokens[j].norm.as_str());
    if province {
        return Some(j + 1);
    }
    if j >= n || tags[j] != B_LOC {
        return None;
    }
    Some(span_end(tags, j, n))
}

/// Organization heads that are also verbal nouns, normalized: «تنظيم داعش» is a group, «تنظيم دخول وخروج المشاركين»
/// is «organizing …». Not a tagger feature.
const VERBAL_HEADS: [&str; 1] = ["تنظيم"];

/// Names of groups that follow «تنظيم» untagged, normalized.
const GROUP_NAMES: [&str; 7] = ["القاعدة", "الاخوان", "الدولة", "داعش", "الشباب", "النصرة", "جبهة"];

/// Heads of places and institutions named after a titled person that the tagger's word lists lack, normalized, with
/// the label of the name: «طريق الملك عبدالله» LOC, «مستشفى الملك فهد» LOC, «مدينة الملك عبدالعزيز للعلوم والتقنية»
/// ORG (the tagger took the bare name for a person), «كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع» ORG (a
/// university's research chair). Not a tagger feature.
const NAMED_AFTER_HEADS: [(&str, u8); 11] = [
    ("طريق", B_LOC),
    ("شارع", B_LOC),
    ("متنزه", B_LOC),
    ("منتزه", B_LOC),
    ("حي", B_LOC),
    ("مستشفي", B_LOC),
    ("مكتبة", B_ORG),
    ("مدينة", B_ORG),
    ("دارة", B_ORG),
    ("مدرسة", B_ORG),
    ("كرسي", B_ORG),
];

/// The label (B tag) of the name that the head at `i` opens if it is one of [`NAMED_AFTER_HEADS`], its clitics left
/// out («بمستشفى»).
fn named_after_head(v: &View, i: usize) -> Option<u8> {
    named_after_label(&v.tokens[i], v.strips[i])
}

/// [`named_after_head`] for a token and its proclitic decision.
fn named_after_label(t: &crate::document::Token, strip: Strip) -> Option<u8> {
    let bare = t.norm.get(strip.bytes..).unwrap_or("");
    NAMED_AFTER_HEADS.iter().find(|(h, _)| *h == bare).map(|&(_, label)| label)
}

/// Whether a short word opening with ل reads as ل + a word: what follows ل is a word of three letters or more more
/// common in the background frequencies than the whole («لكرة»: «كرة»; not «لبنان», «ليبيا»).
fn li_word(w: &str) -> bool {
    // («لطب»: a construct of `CONSTRUCT_LI` on a short noun)
    if CONSTRUCT_LI.contains(&w) {
        return true;
    }
    let bg = crate::keywords::lexicon::background();
    let rest = w.strip_prefix('ل').unwrap_or("");
    rest.chars().count() >= 3 && bg.word(rest).is_some_and(|z| bg.word(w).is_none_or(|whole| z > whole))
}

/// Whether a token (proclitic decision `strip`) is the head of a body of its own: an organization head, with the
/// article or without, or a body of [`NAMED_AFTER_HEADS`] («جامعة», «مدرسة»). Another head before it names a part or
/// the management of that body, not the body: «إدارة» + «مدرسة الملك فيصل», «إدارة» + «البنك الأهلي التجاري».
pub(super) fn body_head(t: &crate::document::Token, strip: Strip) -> bool {
    let head = Lexicon::get().flags(super::lexicon::stripped_key(&t.norm, strip)) & ORG_HEAD != 0;
    head || definite_org_head(t, strip) || named_after_label(t, strip) == Some(B_ORG)
}

/// Whether a token (proclitic decision `strip`) is an organization head with the article («الجامعة», «بالهيئة»).
pub(super) fn definite_org_head(t: &crate::document::Token, strip: Strip) -> bool {
    let bare = t.norm.get(strip.bytes..).and_then(|w| w.strip_prefix("ال"));
    bare.is_some_and(|w| Lexicon::get().flags(super::hash::key(w)) & ORG_HEAD != 0)
}

/// Whether token `j` is a title that names roads and hospitals («الملك», «الأمير», «الإمام»; not «المدافع» in «طريق
/// المدافع عبد الرحمن», «by way of the defender»).
fn royal(v: &View, j: usize) -> bool {
    v.tokens.get(j).is_some_and(|t| matches!(t.norm.as_str(), "الملك" | "الملكة" | "الامير" | "الاميرة" | "الامام"))
}

/// Whether a definite word has the shape of a relative adjective that ends such a name («الطبية», «التخصصي»,
/// «العامة»): it ends in ي or ة.
fn adjective(norm: &str) -> bool {
    norm.ends_with('ي') || norm.ends_with('ة')
}

/// Heads of bodies often named after a person, normalized: a name right after one (without the article) that the
/// tagger took for a person's is the body's («شركة كيبلر انيرجي», «مؤسسة سوكارنو التعليمية»), and so is a person's
/// name opening with one («طيران ناس»). Not «حكومة» or «إدارة»: «حكومة سراج» is the person's.
const NAMED_BODY_HEADS: [&str; 16] =
    ["شركة", "مجموعة", "مؤسسة", "جامعة", "كلية", "معهد", "مركز", "بنك", "مصرف", "مصنع", "صحيفة", "جريدة", "مجلة", "قناة", "طيران", "نادي"];

/// Heads of bodies named like a place, normalized: clubs («نادي الخليج», «فريق برشلونة»; «فريق فينغر» is Wenger's team,
/// so «فريق» is not in [`NAMED_BODY_HEADS`]), companies and newspapers («شركة شيفرون العربية السعودية», «بنك الرياض»,
/// «صحيفة الرياض»). Not «قناة» («قناة السويس» is a canal).
const PLACE_NAMED_HEADS: [&str; 8] = ["نادي", "فريق", "شركة", "مجموعة", "بنك", "مصرف", "صحيفة", "جريدة"];

/// «إدارة» + a body, a place or an event is that thing's management, no name («إدارة النادي», «إدارة المهرجان»), and
/// so is «إدارة» + events in the plural except after a title or a word for the staff («آليات إدارة المشاريع»; «مدير
/// إدارة المشاريع» is a department); «إدارة» + a name the tagger found is the name's («إدارة النصر»), as is «إدارة» +
/// a body named after a royal («إدارة جامعة الملك سعود»); departments keep it («إدارة المرور»).
fn management(v: &View, tags: &[u8], i: usize) -> bool {
    const EVENTS: [&str; 7] = ["المهرجان", "المعرض", "البرنامج", "المشروع", "المسابقة", "الحفل", "البطولة"];
    const PLURAL_EVENTS: [&str; 6] = ["المهرجانات", "المعارض", "البرامج", "المشاريع", "المسابقات", "البطولات"];
    let Some(next) = v.tokens.get(i + 1) else { return false };
    // (events in the plural after a title or the staff name a department: «مدير إدارة المشاريع», «منسوبي إدارة
    // المشاريع»)
    let titled = i > 0 && (v.flags(i - 1) & TITLE != 0 || matches!(v.bare(i - 1), "منسوبي" | "منسوبو" | "موظفي" | "موظفو"));
    let events = EVENTS.contains(&next.norm.as_str()) || (!titled && PLURAL_EVENTS.contains(&next.norm.as_str()));
    let thing = v.definite(i + 1) && (v.flags(i + 1) & (ORG_HEAD | FACILITY | LOC_HEAD) != 0 || events);
    let royal_body = (v.flags(i + 1) & ORG_PART != 0 || named_after_head(v, i + 1).is_some()) && royal(v, i + 2);
    is_head(&v.tokens[i].norm, &["ادارة", "الادارة"]) && (thing || royal_body || tags[i + 1] % 2 == 1)
}

/// Where the body's name may start if the head at `i` is a board («مجلس» + «إدارة») or a management before another
/// body's head («إدارة» + «جامعة», «هيئة»; not before a government agency's short name: «إدارة مرور جدة» is the
/// department), or before a definite one that opens a name the tagger found, or goes on with it («إدارة البنك الأهلي
/// التجاري»).
fn board(v: &View, tags: &[u8], i: usize) -> Option<usize> {
    if i + 1 >= tags.len().min(v.tokens.len()) {
        return None;
    }
    let head = v.bare(i);
    if head == "مجلس" {
        return matches!(v.tokens[i + 1].norm.as_str(), "ادارة" | "الادارة").then_some(i + 2);
    }
    let body = v.strips[i + 1].letters == 0 && v.flags(i + 1) & (ORG_HEAD | ORG_PART) != 0;
    let named = if v.definite(i + 1) { tags[i + 1] == B_ORG || tags[i + 1] == B_ORG + 1 } else { !v.agency_head(i + 1) };
    (head == "ادارة" && body && named).then_some(i + 1)
}

/// Nouns of villages, quarters, areas and towns whose names the gazetteers lack, normalized.
const SETTLEMENT_HEADS: [&str; 6] = ["قرية", "بلدة", "حي", "هجرة", "منطقة", "مدينة"];

/// Hospitals, which the facility list (a tagger feature) does not hold: named like the facilities, and places like
/// them, as the guidelines' annotators have facilities and sites («مستشفى الملك فهد», «مستشفى عسير المركزي»; ANERcorp
/// tags them ORG), normalized.
pub(super) const HOSPITALS: [&str; 2] = ["مستشفي", "مستوصف"];

/// The most frequent (Zipf) a definite word after a settlement noun may be and still be read as its name.
const SETTLEMENT_ZIPF: f32 = 2.5;

/// Whether a definite word has the shape of a relative adjective («الوطني», «الاسلامية»: as written, it ends in ي or
/// ية; normalization makes «الفوضى» end in ي too) or of an elative («الأدنى», «الأحمر»).
fn relative(text: &str) -> bool {
    text.ends_with('ي') || text.ends_with("ية") || (text.starts_with("الأ") && text.chars().count() == 6 && !text.ends_with('ة'))
}

/// The adjectives of the nationality list that do not name a country or people and belong to names they follow
/// («المجلس الوطني», «مجلس الأمن الدولي», «البنك المركزي»), normalized, without the feminine ending.
const RELATIONAL: [&str; 9] = ["الوطني", "الدولي", "الاسلامي", "المركزي", "الاتحادي", "العربي", "الاوروبي", "الافريقي", "الخليجي"];

fn relational(norm: &str) -> bool {
    RELATIONAL.contains(&norm.trim_end_matches(['ة', 'ه']))
}

/// Whether token `j` has the shape of a relative adjective that can end a name: no country's, or one of
/// [`RELATIONAL`] («الدولي», «الوطني»; not «السعودي»).
pub(super) fn name_adjective(v: &View, j: usize) -> bool {
    relative(&v.tokens[j].text) && (v.flags(j) & NATIONALITY == 0 || relational(&v.tokens[j].norm))
}

/// The I tag that goes on the name whose word has tag `t` (a B tag or an I tag).
pub(super) fn inside_of(t: u8) -> u8 {
    if t % 2 == 1 { t + 1 } else { t }
}

/// The end (exclusive) of the name whose word at `i` has tag `tags[i]` (its B tag, or an I tag): past the I tags of its
/// label, before `n`.
pub(super) fn span_end(tags: &[u8], i: usize, n: usize) -> usize {
    let inside = inside_of(tags[i]);
    let mut j = i + 1;
    while j < n && tags[j] == inside {
        j += 1;
    }
    j
}

/// Whether head `i` is followed by a title and a person's name («مطار الملك خالد»): a place or body named after a
/// person. The tagger may have made the head and title an organization of their own («جامعة الملك» + «سعود»), or
/// one with the name's first word («جامعة الملك عبد» + «الله»).
fn titled(v: &View, tags: &[u8], i: usize) -> bool {
    i + 2 < tags.len().min(v.tokens.len())
        && (((tags[i + 1] == 0 || (tags[i] == B_ORG && tags[i + 1] == B_ORG + 1)) && tags[i + 2] == B_PER)
            || (tags[i] == B_ORG && tags[i + 1] == B_ORG + 1 && tags[i + 2] == B_ORG + 1)
            // the title tagged with the name («الملك عبدالله» one person, trimmed later; «الملك فيصل» an ORG)
            || (tags[i] == 0 && tags[i + 1] % 2 == 1 && tags[i + 2] == tags[i + 1] + 1))
        && v.flags(i + 1) & TITLE != 0
}

/// The end of a name that continues at `j` with inside tag `inside` (and past a connector: «عبد» + «الله»),
/// stopping before a word carrying a proclitic («ميناء الملك عبدالعزيز | بالدمام»); the inside tags past that stop
/// are cleared, unless the stop is و + an organization head, which opens a name of its own.
fn name_end(v: &View, tags: &mut [u8], mut j: usize, inside: u8) -> usize {
    let n = tags.len().min(v.tokens.len());
    while j < n && (tags[j] == inside || v.completes(tags, j)) && !v.proclitic(j) {
        j += 1;
    }
    // (a head after و opens a name of its own: «مدرسة الملك فيصل» + «وجامعة فيصل»)
    if j < n && tags[j] == inside && v.tokens[j].norm.starts_with('و') && v.flags(j) & ORG_HEAD != 0 {
        tags[j] = inside - 1;
        return j;
    }
    let mut k = j;
    while k < n && tags[k] == inside {
        tags[k] = 0;
        k += 1;
    }
    j
}

/// Whether token `e` is an untagged relative adjective, no country's, that a facility's name ends with («الدولي»,
/// «الإقليمي»; not «السعودي»).
pub(super) fn facility_adjective(v: &View, tags: &[u8], e: usize) -> bool {
    e < tags.len().min(v.tokens.len())
        && tags[e] == 0
        && v.tokens[e].kind == TokenKind::Arabic
        && v.strips[e].letters == 0
        && v.definite(e)
        && name_adjective(v, e)
        && !matches!(v.tokens[e].norm.as_str(), "الذي" | "التي")
}

/// «شركة كيبلر انيرجي», «نادي الخليج»: the name after head `i` that the tagger took for a person's (a club's or
/// company's for a place's) is the body's; and a person's name opening with such a head is the body's («جامعة زايد»,
/// «طيران ناس»), or the facility's, a place, when it opens with a facility head («قصر كينسنغتون», «فندق ريتز
/// كارلتون»).
fn named_body(v: &View, tags: &mut [u8], i: usize) {
    let n = tags.len().min(v.tokens.len());
    let head = v.tokens[i].kind == TokenKind::Arabic && !v.definite(i);
    let named = |t: u8| match t {
        B_PER => is_head(&v.tokens[i].norm, &NAMED_BODY_HEADS),
        B_LOC => is_head(&v.tokens[i].norm, &PLACE_NAMED_HEADS),
        _ => false,
    };
    let person_with_head = head && tags[i] == B_PER && tags.get(i + 1) == Some(&(B_PER + 1));
    let (first, label) = if head && tags[i] == 0 && tags.get(i + 1).is_some_and(|&t| named(t)) {
        (i + 1, B_ORG)
    } else if person_with_head && is_head(&v.tokens[i].norm, &NAMED_BODY_HEADS) {
        (i, B_ORG)
    } else if person_with_head && v.flags(i) & FACILITY != 0 {
        (i, B_LOC)
    } else {
        return;
    };
    let inside = tags[first] + 1;
    tags[first] = label;
    let mut k = first + 1;
    while k < n && tags[k] == inside {
        tags[k] = label + 1;
        k += 1;
    }
}

/// «نادي أبها الأدبي», «نادي جدة الأدبي الثقافي»: a literary club is named with its noun and adjectives, round the
/// one-word place or club the tagger found after «نادي» at `i`.
fn literary_club(v: &View, tags: &mut [u8], i: usize) {
    let n = tags.len().min(v.tokens.len());
    let k = i + 2;
    let named = matches!(tags.get(i + 1), Some(&(B_LOC | B_ORG)));
    if v.bare(i) == "نادي" && tags[i] == 0 && named && k < n && tags[k] == 0 && v.tokens[k].norm == "الادبي" {
        let e = if v.tokens.get(k + 1).is_some_and(|t| t.norm == "الثقافي") && tags[k + 1] == 0 { k + 2 } else { k + 1 };
        tags[i] = B_ORG;
        tags[i + 1..e].fill(B_ORG + 1);
    }
}

/// ل + the first noun of a construct that names what a body is for («لكرة القدم», «لسلامة النقل», «لحقوق الإنسان»),
/// normalized; not a verbal noun of purpose or a time («مجلس الأمن | لإنهاء الاحتلال», «جامعة هارفارد | لصيف العام»).
pub(super) const CONSTRUCT_LI: [&str; 19] = [
    "لكرة", "لالعاب", "لسلامة", "لنقل", "لشؤون", "لشوون", "لعلوم", "لحقوق", "لخدمات", "لصناعة", "لصناعات", "لابحاث", "لتقنية",
    "لطب", "لدراسات", "لمكافحة", "لرعاية", "لتحلية", "لانماء",
];

/// The organization the tagger found with its head at `i` but ended before its tail takes the second noun of a
/// construct it cut after a verbal noun or plural («معهد إعداد» + «القادة»), a relative adjective
/// («حزب المجلس» + «الوطني») and one ل-phrase, definite or a construct of `CONSTRUCT_LI`, with its adjectives and
/// و-coordinated words («كلية آل مكتوم» + «للتعليم العالي», «الاتحاد السعودي» + «لكرة الطائرة»); not a country's adjective («حزب الله اللبناني»), a definite noun or a verbal noun («استغل
/// تنظيم الدولة الاسلامية الفوضى», «مجلس الأمن لإنهاء …»). A management («إدارة النادي») is untagged. Returns the
/// index after the name.
fn tagged_tail(v: &View, tags: &mut [u8], i: usize) -> usize {
    let n = tags.len().min(v.tokens.len());
    let mut e = span_end(tags, i, n);
    if e == i + 2 && management(v, tags, i) {
        tags[i..e].fill(0);
        return e;
    }
    // a construct cut after its first noun, an indefinite verbal noun or plural, takes its second («معهد إعداد» +
    // «القادة»)
    if e < n && tags[e] == 0 && v.el(e - 1) == El::Indef && super::tidy::verbal_noun(&v.tokens[e - 1].norm) && v.el(e) == El::Def && !name_adjective(v, e) {
        e += 1;
    }
    // one adjective, then one ل-phrase, which may take an adjective of its own («للشرق الأدنى»); the ل-phrase may be a
    // construct of `CONSTRUCT_LI` that a definite word ends («الاتحاد السعودي لكرة الطائرة»)
    let (mut j, mut li, mut adjective) = (e, false, false);
    while j < n && tags[j] == 0 && j - i <= MAX_TAIL {
        match v.el(j) {
            El::Def if !adjective && name_adjective(v, j) => adjective = true,
            El::Li if !li && v.definite(j) => (li, adjective) = (true, false),
            El::Li if !li && j + 1 < n && tags[j + 1] == 0 && v.el(j + 1) == El::Def && CONSTRUCT_LI.contains(&v.tokens[j].norm.as_str()) => {
                (li, adjective) = (true, false);
                j += 1;
            }
            El::ConjDef if li => {}
            _ => break,
        }
        j += 1;
        e = j;
    }
    tags[i + 1..e].fill(B_ORG + 1);
    e
}

/// Definite generic nouns that open an official name only with an adjective of the kind and a ل-phrase after them
/// («الشركة السعودية للكهرباء», «الحملة الوطنية السعودية لنصرة الأشقاء»); alone they name nothing («الشركة»).
const OFFICIAL_HEADS: [&str; 10] = ["الشركة", "المركز", "الحملة", "البرنامج", "المكتب", "الشبكة", "المنتدى", "الملتقى", "المجموعة", "الدار"];

/// Adjectives of an official name after such a head (a nationality too): «الوطنية», «الدولي»; not «العامة» («الشبكة
/// العامة للشركة» is the company's public network).
const OFFICIAL_ADJECTIVES: [&str; 14] = [
    "الوطني", "الوطنية", "الدولي", "الدولية", "العالمي", "العالمية", "الخيري", "الخيرية", "الاسلامي", "الاسلامية",
    "الخليجي", "الخليجية", "الاهلي", "الاهلية",
];

/// «الشركة السعودية للكهرباء»: an `OFFICIAL_HEADS` noun the tagger left untagged, one or two definite official
/// adjectives or nationalities, and a ل-phrase (a definite word, or a construct that a definite word ends) are one
/// organization; the name goes on over relative adjectives and و + definite words.
fn official_names(v: &View, tags: &mut [u8]) {
    let n = tags.len().min(v.tokens.len());
    static HEADS: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    let heads = HEADS.get_or_init(|| OFFICIAL_HEADS.iter().map(|w| super::hash::key(w)).collect());
    // (a nationality the tagger took for the country alone: «الشركة» + «السعودية» LOC)
    let official = |tags: &[u8], j: usize| {
        j < n
            && (tags[j] == 0 || (tags[j] == B_LOC && tags.get(j + 1) != Some(&(B_LOC + 1))))
            && v.strips[j].letters == 0
            && ((v.flags(j) & NATIONALITY != 0 && v.definite(j)) || OFFICIAL_ADJECTIVES.contains(&v.tokens[j].norm.as_str()))
    };
    let mut i = 0;
    while i < n {
        if tags[i] != 0 || !v.definite(i) || !heads.contains(&v.stems[i]) || !official(tags, i + 1) {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        if official(tags, j) {
            j += 1;
        }
        // the ل-phrase: «للكهرباء», «لنصرة الأشقاء»
        let li = j < n && tags[j] == 0 && v.el(j) == El::Li;
        let end = if li && v.definite(j) {
            Some(j + 1)
        } else if li && j + 1 < n && tags[j + 1] == 0 && v.el(j + 1) == El::Def {
            Some(j + 2)
        } else {
            None
        };
        let Some(mut e) = end else {
            i += 1;
            continue;
        };
        // then relative adjectives and و + definite words, but not another body («والهيئة السعودية …») nor a noun
        // that is the verb's object («الشركة السعودية للكهرباء | التيار الكهربائي»)
        let adjective = |k: usize| ["ي", "ية", "يه", "يين", "يون"].iter().any(|x| v.tokens[k].norm.ends_with(x));
        let body = |k: usize| v.flags(k) & (ORG_HEAD | ORG_PART | LOC_HEAD | FACILITY) != 0;
        while e < n && e - i < MAX_TAIL && tags[e] == 0 && !body(e) && (v.el(e) == El::ConjDef || (v.el(e) == El::Def && adjective(e))) {
            e += 1;
        }
        tags[i] = B_ORG;
        tags[i + 1..e].fill(B_ORG + 1);
        i = e;
    }
}

/// «لمحافظة الحائط»: a definite word after «محافظة» the tagger left alone names the governorate, however common the
/// word («الحائط», the wall); not an adjective of a kind or a body («محافظة الأمن»: preserving). Runs before the other
/// head rules, so that a body before the governorate («بلدية محافظة الخبر») sees the place.
fn governorates(v: &View, tags: &mut [u8]) {
    let n = tags.len().min(v.tokens.len());
    for i in 0..n.saturating_sub(1) {
        if v.bare(i) == "محافظة"
            && tags[i] == 0
            && tags[i + 1] == 0
            && v.strips[i + 1].letters == 0
            && v.el(i + 1) == El::Def
            && v.tokens[i + 1].norm.chars().count() >= 5
            && v.flags(i + 1) & (NATIONALITY | ORG_HEAD | ORG_PART | LOC_HEAD | TITLE | FACILITY) == 0
            && !matches!(v.tokens[i + 1].norm.as_str(), "الامن" | "البيئة" | "المجتمع" | "العاصمة" | "المدينة" | "المنطقة")
        {
            tags[i + 1] = B_LOC;
        }
    }
}

/// Apply the head rules to the tags `tags` of one sentence.
pub(crate) fn apply(v: &View, tags: &mut [u8]) {
    official_names(v, tags);
    governorates(v, tags);
    let n = tags.len().min(v.tokens.len());
    let mut i = 0;
    while i < n {
        if let Some(e) = agency_end(v, tags, i) {
            tags[i] = B_ORG;
            tags[i + 1..e].fill(B_ORG + 1);
            i = e;
            continue;
        }
        named_body(v, tags, i);
        literary_club(v, tags, i);
        let f = v.flags(i);
        // an organization head the tagger left out or tagged alone
        let head_alone = tags[i] == 0 || (tags[i] == B_ORG && tags.get(i + 1).is_none_or(|&t| t != B_ORG + 1));
        // «مركز الملك عبدالعزيز للحوار الوطني»: named after a person, with the title, whether the tagger left the
        // head out or tagged it (alone or with the title: «جامعة الملك» + «سعود»)
        // (an indefinite head: «الجمعية الشيخ سالم» is a description and a name side by side)
        // (and a road, hospital, … of `NAMED_AFTER_HEADS`: «طريق الملك عبدالله», «مستشفى الملك فهد»)
        let named_after = if tags[i] == 0 && royal(v, i + 1) { named_after_head(v, i) } else { None };
        if ((f & ORG_PART != 0 && matches!(tags[i], 0 | B_ORG)) || named_after.is_some())
            && v.tokens[i].kind == TokenKind::Arabic
            && !v.definite(i)
            && titled(v, tags, i)
        {
            let mut j = name_end(v, tags, i + 3, inside_of(tags[i + 2]));
            // a relative adjective after the name, agreeing with the head: «مدينة الملك فهد الطبية», «مستشفى الملك
            // فيصل التخصصي», «مؤسسة الملك عبدالله العالمية» (no nationality after a body: «مجلس الملك سلمان السعودي»;
            // «إعلان إدارة الرئيس أوباما التاريخي» is the announcement's)
            let agrees = j < n && v.tokens[i].norm.ends_with('ة') == v.tokens[j].norm.ends_with('ة');
            let described = agrees && (named_after.is_some() || name_adjective(v, j));
            if described && tags[j] == 0 && v.el(j) == El::Def && adjective(&v.tokens[j].norm) {
                j += 1;
            }
            // and one ل-phrase of definite words («مركز الملك عبدالعزيز للحوار الوطني», «مدينة الملك خالد العسكرية
            // للتشغيل والصيانة»), or a construct of `CONSTRUCT_LI` and perhaps one more indefinite word that definite
            // ones end («كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع»; not a purpose: «لإنهاء معاناة المرضى»)
            if j < n && tags[j] == 0 && v.el(j) == El::Li {
                let mut e = j + 1;
                if CONSTRUCT_LI.contains(&v.tokens[j].norm.as_str()) {
                    while e < n && e < j + 3 && tags[e] == 0 && v.el(e) == El::Indef {
                        e += 1;
                    }
                }
                let first = e;
                while e < n && tags[e] == 0 && matches!(v.el(e), El::Def | El::ConjDef) {
                    e += 1;
                }
                if e > first {
                    j = e;
                }
            }
            let label = named_after.unwrap_or(B_ORG);
            tags[i] = label;
            tags[i + 1..j].fill(label + 1);
            i = j;
            continue;
        }
        if f & ORG_PART != 0 && tags[i] == B_ORG && tags.get(i + 1) == Some(&(B_ORG + 1)) && v.tokens[i].kind == TokenKind::Arabic {
            i = tagged_tail(v, tags, i);
            continue;
        }
        // «مجلس إدارة هيئة المهندسين», «إدارة جامعة نجران»: the body's board or management, whose own head opens
        // the name
        if f & ORG_PART != 0 && matches!(tags[i], 0 | B_ORG) && let Some(k) = board(v, tags, i) {
            if tags[i] == B_ORG && tags.get(k) == Some(&(B_ORG + 1)) {
                tags[k] = B_ORG;
            }
            tags[i..k].fill(0);
            i = k;
            continue;
        }
        // «إدارة النادي»: a management, no name
        if f & ORG_PART != 0 && head_alone && v.tokens[i].kind == TokenKind::Arabic && management(v, tags, i) {
            tags[i] = 0;
            i += 1;
            continue;
        }
        if f & ORG_PART != 0 && head_alone && v.tokens[i].kind == TokenKind::Arabic {
            // «تنظيم» is «organizing» too: it heads a name only before a name the tagger found («تنظيم داعش») or a
            // group's name («تنظيم القاعدة», «تنظيم الإخوان»)
            let group = v.tokens.get(i + 1).is_some_and(|t| GROUP_NAMES.contains(&t.norm.as_str()));
            let verbal = !group && VERBAL_HEADS.contains(&v.bare(i));
            let tail = if verbal && tags.get(i + 1).is_none_or(|&t| t % 2 == 0) { None } else { v.org_tail(i, tags) };
            if let Some(e) = tail {
                tags[i] = B_ORG;
                for t in &mut tags[i + 1..e] {
                    *t = B_ORG + 1;
                }
                i = e;
                continue;
            }
            if tags[i] == B_ORG {
                // a bare head is not a name
                tags[i] = 0;
            }
        }
        // «بقرية الدالوة», «ببلدة القديح»: a rare definite word after a settlement noun names it; a rare word after
        // a facility's noun names the facility, with its noun («قصر الإليزيه», «فندق هيلتون»)
        // (these nouns count only untagged and indefinite)
        let open = tags[i] == 0 && !v.definite(i);
        let settlement = open && is_head(&v.tokens[i].norm, &SETTLEMENT_HEADS);
        // «منطقة بني مران», «قرية بني حرير»: a tribe's name after it (the tagger may have found the name alone)
        let tribe = |k: usize| {
            let alone = tags[k] == B_LOC && tags.get(k + 1) != Some(&(B_LOC + 1));
            v.tokens[k].kind == TokenKind::Arabic && v.strips[k].letters == 0 && (tags[k] == 0 || alone)
        };
        if settlement && i + 2 < n && v.tokens[i + 1].norm == "بني" && tags[i + 1] == 0 && tribe(i + 2) {
            tags[i + 1] = B_LOC;
            tags[i + 2] = B_LOC + 1;
            i += 3;
            continue;
        }
        let facility = v.facility_head(i);
        if open && (settlement || facility) && v.rare_name(tags, i + 1, !settlement) {
            if settlement {
                tags[i + 1] = B_LOC;
            } else {
                tags[i] = B_LOC;
                tags[i + 1] = B_LOC + 1;
            }
            i += 2;
            continue;
        }
        // «مطار أبها», «مستشفى الملك فهد»: a facility's noun or a hospital before a city of the gazetteers, or before a
        // title and a given name (a facility's before «آل» and a family's name), that the tagger left untagged, is one
        // place with them
        let hospital = open && is_head(&v.tokens[i].norm, &HOSPITALS);
        // («قصر» is also «limiting»: «قصر دور المؤسسة»)
        let limiting = v.bare(i) == "قصر";
        if (facility || hospital) && !limiting && open && i + 1 < n && tags[i + 1] == 0 {
            // (not a noun of places or bodies that the gazetteers also hold: «مدينة», «نادي»)
            let city = v.strips[i + 1].letters == 0
                && !v.strips[i + 1].restore_al
                && v.flags(i + 1) & (LOC_HEAD | ORG_HEAD | ORG_PART | FACILITY) == 0
                && !matches!(v.tokens[i + 1].norm.as_str(), "المدينة" | "مدينة" | "نادي")
                && super::lexicon::gazetteer_city(v.stems[i + 1]);
            let titled_given = i + 2 < n && v.flags(i + 1) & TITLE != 0 && v.definite(i + 1) && tags[i + 2] == 0 && v.flags(i + 2) & GIVEN != 0;
            // («مطار آل مكتوم»: a family's name)
            let family = facility && i + 2 < n && v.tokens[i + 1].norm == "ال" && tags[i + 2] == 0 && v.tokens[i + 2].kind == TokenKind::Arabic;
            // «مستشفى النهضة», «مستشفى النساء والولادة والأطفال»: a hospital's noun in construct with definite words
            // (and those joined to them by و) is that hospital's name
            // (not «the governorate's hospital», «the university's clinic»: a noun of places or bodies)
            let place_noun = |w: &str| w.strip_prefix("ال").is_some_and(|w| ADMIN_UNITS.contains(&w) || w == "عاصمة");
            let plain_definite = |k: usize| {
                k < n
                    && tags[k] == 0
                    && v.tokens[k].kind == TokenKind::Arabic
                    && v.definite(k)
                    && v.flags(k) & (TITLE | NATIONALITY | LOC_HEAD | ORG_HEAD | ORG_PART) == 0
                    && !crate::keywords::lexicon::stopwords().contains(v.bare(k))
            };
            let named = hospital && v.strips[i + 1].letters == 0 && plain_definite(i + 1) && !place_noun(v.bare(i + 1));
            if named {
                let mut e = i + 2;
                while plain_definite(e) && v.clitic(e, 'و') {
                    e += 1;
                }
                // (and a general hospital's adjective: «مستشفى الطوال العام», «مستشفى القوات المسلحة»)
                let general = e < n && tags[e] == 0 && (v.tokens[e].norm == "العام" || (v.tokens[e].norm == "المسلحة" && v.tokens[e - 1].norm == "القوات"));
                let e = if general || facility_adjective(v, tags, e) { e + 1 } else { e };
                tags[i] = B_LOC;
                tags[i + 1..e].fill(B_LOC + 1);
                i = e;
                continue;
            }
            if city || titled_given || family {
                let e = if titled_given || family { i + 3 } else { i + 2 };
                let e = if facility_adjective(v, tags, e) { e + 1 } else { e };
                tags[i] = B_LOC;
                tags[i + 1..e].fill(B_LOC + 1);
                i = e;
                continue;
            }
        }
        // «مطار الملك خالد»: likewise for a facility
        if f & FACILITY != 0 && tags[i] == 0 && i + 1 < n && (tags[i + 1] % 2 == 1 || titled(v, tags, i)) {
            // the first word of the name (after the title, if any) and the rest of it
            let first = if titled(v, tags, i) { i + 2 } else { i + 1 };
            let e = name_end(v, tags, first + 1, inside_of(tags[first]));
            // and a relative adjective: «مطار حائل الإقليمي», «مطار الملك خالد الدولي»
            let e = if facility_adjective(v, tags, e) { e + 1 } else { e };
            tags[i] = B_LOC;
            tags[i + 1..e].fill(B_LOC + 1);
            i = e;
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
pub(super) mod tests {
    use crate::{Label, Pipeline, PipelineOptions};

    /// The entities of `text` as the pipeline finds them (no segmentation, no keyphrases).
    pub(in crate::entities) fn ents(text: &str) -> Vec<(String, Label)> {
        let nlp = Pipeline::new(PipelineOptions { segmentation: None, keywords: 0, ..Default::default() }).unwrap();
        nlp.analyze(text).entities.unwrap_or_default().into_iter().map(|e| (e.text, e.label)).collect()
    }

    fn has(text: &str, name: &str, label: Label) -> bool {
        ents(text).iter().any(|(t, l)| t == name && *l == label)
    }

    #[test]
    fn a_rare_name_or_a_tribe_after_a_noun_of_places_is_the_place() {
        assert!(has("فجر انتحاري نفسه في منطقة الطارمية شمال بغداد", "الطارمية", Label::LOC));
        assert!(has("في مواجهات اندلعت في منطقة بني مران بمديرية أرحب", "بني مران", Label::LOC));
        // a common word after it is none
        assert!(ents("سدد الكرة من داخل منطقة الجزاء").is_empty());
    }

    #[test]
    fn an_organization_named_after_a_person_keeps_the_title() {
        assert!(has("وزار مركز الملك عبدالعزيز للحوار الوطني امس.", "مركز الملك عبدالعزيز للحوار الوطني", Label::ORG));
        assert!(has("وأعلنت جامعة الملك سعود عن برنامج جديد.", "جامعة الملك سعود", Label::ORG));
        // the tagger made «جامعة الملك» an organization and «عبد الله» a person
        let text = "وأنفقت جامعة الملك عبد الله للعلوم والتقنية نحو 80 مليون دولار.";
        assert!(has(text, "جامعة الملك عبد الله للعلوم والتقنية", Label::ORG));
        // a relative adjective agreeing with the head ends the name; not one that describes the word before
        assert!(has("التي أعلنتها مؤسسة الملك عبدالله العالمية امس.", "مؤسسة الملك عبدالله العالمية", Label::ORG));
        assert!(has("وقال مركز الأمير فهد بن سلمان الإعلامي في بيان", "مركز الأمير فهد بن سلمان الإعلامي", Label::ORG));
        assert!(!has("بعد إعلان إدارة الرئيس باراك أوباما التاريخي امس.", "إدارة الرئيس باراك أوباما التاريخي", Label::ORG));
        // a foundation and a school named after a royal; a body's management or board is no part of its name, and a
        // head after و opens a name of its own
        assert!(has("أصدرت دارة الملك عبدالعزيز كتابا جديدا.", "دارة الملك عبدالعزيز", Label::ORG));
        let text = "ورئيسا لمجلس إدارة مدرسة الملك فيصل وجامعة فيصل في الرياض.";
        assert!(has(text, "مدرسة الملك فيصل", Label::ORG) && has(text, "جامعة فيصل", Label::ORG), "{:?}", ents(text));
        assert!(has("وقال إن إدارة جامعة الملك سعود قررت ذلك.", "جامعة الملك سعود", Label::ORG));
        assert!(has("أقام مجلس إدارة نادي الفتح حفل المعايدة بمناسبة حلول عيد", "نادي الفتح", Label::ORG));
    }

    #[test]
    fn a_body_named_after_a_person_is_an_organization() {
        assert!(has("رئيس شركة كيبلر انيرجي بأن هذه التوربينات", "كيبلر انيرجي", Label::ORG));
        assert!(has("التي تمنحها مؤسسة سوكارنو التعليمية.", "مؤسسة سوكارنو التعليمية", Label::ORG));
        assert!(has("أقام نادي الخليج حفلا.", "الخليج", Label::ORG));
        assert!(has("ممثلا في شركة شيفرون العربية السعودية والجانب الكويتي", "شيفرون العربية السعودية", Label::ORG));
        assert!(has("كرم طيران ناس قائد طيار", "طيران ناس", Label::ORG));
        // a research chair, with a construct of purpose
        assert!(has("بتسهيل مهمة كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع بجامعة جازان", "كرسي الأمير محمد بن ناصر لدراسات قضايا المجتمع", Label::ORG));
        // not after the definite noun: «the centre's spokesman»
        assert!(has("وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح", "رأفت الصباغ", Label::PER));
    }

    #[test]
    fn a_tagged_organization_takes_its_tail() {
        assert!(has("تستعد كلية آل مكتوم للتعليم العالي في دندي", "كلية آل مكتوم للتعليم العالي", Label::ORG));
        assert!(has("نظم حزب المجلس الوطني أول من أمس تجمعا", "حزب المجلس الوطني", Label::ORG));
        assert!(has("أبرم الاتحاد السعودي لكرة الطائرة عقدا مع إحدى الشركات", "الاتحاد السعودي لكرة الطائرة", Label::ORG));
        // a construct cut after its verbal noun
        assert!(has("التي ينفذها معهد إعداد القادة بالتعاون مع", "معهد إعداد القادة", Label::ORG));
        // (a commissioner's portfolio is not the body's)
        assert!(has("وقال مفوض الاتحاد الأوروبي لشؤون المهاجرين إن", "الاتحاد الأوروبي", Label::ORG));
        // not a descriptive adjective, an object or a purpose
        assert!(has("في الغضون نفذ تنظيم داعش الإرهابي تفجيرين", "تنظيم داعش", Label::ORG));
        assert!(has("واستغل تنظيم الدولة الاسلامية الفوضى للسيطرة على منطقة", "تنظيم الدولة الاسلامية", Label::ORG));
    }

    #[test]
    fn a_tail_stops_at_a_verb_or_another_body() {
        let found = ents("وقالت حكومة لندن وستساعد السلطات البريطانية الرعايا");
        assert!(found.iter().all(|(t, _)| !t.contains("وستساعد")), "{found:?}");
        let found = ents("اجتماع الحكومة ولجنة الانتخابات المركزية");
        assert!(found.iter().all(|(t, _)| !t.contains("الحكومة ولجنة")), "{found:?}");
        // nor at the head's own noun again, in the plural
        let found = ents("في نطاق المجلس البلدي لأمانة العاصمة المقدسة والمجالس البلدية للبلديات");
        assert!(found.iter().all(|(t, _)| !t.contains("والمجالس")), "{found:?}");
        assert!(has("أعلنت المؤسسة العامة لصوامع الغلال ومطاحن الدقيق أمس", "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق", Label::ORG));
    }

    #[test]
    fn the_management_of_a_thing_is_no_name() {
        assert!(ents("وأكد أن إدارة النادي وفرت كافة الإمكانات").is_empty());
        assert!(ents("وقال مدير إدارة المهرجان إن الفعاليات ناجحة.").is_empty());
        assert!(has("وقال مدير إدارة المرور إن", "إدارة المرور", Label::ORG));
        assert!(has("أوضح مدير إدارة العلاقات العامة والإعلام", "إدارة العلاقات العامة والإعلام", Label::ORG));
        // events in the plural: their management, but after a title the department
        assert!(ents("من أجل تطبيق منهجية وآليات إدارة المشاريع، بما يمكن").is_empty());
        assert!(has("أوضح مدير إدارة المشاريع المهندس محمد الربيعي", "إدارة المشاريع", Label::ORG));
    }

    #[test]
    fn a_rare_name_after_a_village_noun_is_a_place() {
        assert!(has("استهدف الهجوم المصلين بقرية الدالوة بمحافظة الأحساء.", "الدالوة", Label::LOC));
        assert!(has("وقع الحادث في مسجد ببلدة القديح بالقطيف.", "القديح", Label::LOC));
        // a common word or an adjective is a description
        assert!(ents("زار قرية الصيادين القديمة").iter().all(|(t, _)| t != "الصيادين"));
        assert!(ents("في حي سكني جديد").is_empty());
        // a quarter's name that looks like an adjective
        assert!(has("أغلقت الأمانة مطعما بحي الفيصلية لمخالفته", "الفيصلية", Label::LOC));
    }

    #[test]
    fn a_rare_name_after_a_facility_noun_is_the_facility() {
        assert!(has("وأعلن قصر الإليزيه أن الرئيس سيزور المنطقة", "قصر الإليزيه", Label::LOC));
        assert!(has("وتعرضت مناطق شرقي مطار خلخلة لقصف جوي", "مطار خلخلة", Label::LOC));
        // «سد» is also «filling»; a plural, a participle or a verb is no name
        assert!(ents("قال إنه يريد سد الثغرة في ميناء مبهج").is_empty());
        assert!(ents("وهو ما يزيد قاعدة المشترين ويقلل قصر تعاملات الشركات").is_empty());
        // a person's name opening with a facility's noun is the facility
        assert!(has("كما أصدر قصر كينسنغتون ، مقر إقامة ويليام ، بيانا .", "قصر كينسنغتون", Label::LOC));
    }

    #[test]
    fn a_facility_takes_a_relative_adjective() {
        assert!(has("وهبطت الطائرة في مطار حائل الإقليمي أمس", "مطار حائل الإقليمي", Label::LOC));
        assert!(has("وسقطت الطائرة قرب مطار إسلام آباد الدولي .", "مطار إسلام آباد الدولي", Label::LOC));
        // not a country's adjective
        assert!(ents("في ميناء جدة السعودي").iter().all(|(t, _)| !t.ends_with("السعودي")));
        assert!(ents("على ميناء المخاء الذي يسيطر عليه").iter().all(|(t, _)| !t.ends_with("الذي")));
    }

    #[test]
    fn a_generic_head_with_an_official_adjective_and_a_li_phrase_is_a_name() {
        assert!(has("عدد المشتركين لخدمات الشركة السعودية للكهرباء ارتفع.", "الشركة السعودية للكهرباء", Label::ORG));
        assert!(has("وقعت الشركة الوطنية للإسكان عقدا.", "الشركة الوطنية للإسكان", Label::ORG));
        // (after «لل» the span starts after the first ل, as the guidelines resolve it)
        assert!(has("وأعرب عن شكره للحملة الوطنية السعودية لنصرة الأشقاء في سوريا.", "لحملة الوطنية السعودية لنصرة الأشقاء", Label::ORG));
        // two bodies; the verb's object after the name
        let found = ents("وقع المركز الوطني للقياس والتقويم والهيئة السعودية للمحاسبين القانونيين اتفاقية.");
        assert!(found.iter().any(|(t, _)| t == "المركز الوطني للقياس والتقويم"), "{found:?}");
        assert!(has("وإيصال الشركة السعودية للكهرباء التيار الكهربائي.", "الشركة السعودية للكهرباء", Label::ORG));
        // not without the ل-phrase, nor an adjective of another kind
        assert!(ents("وقالت الشركة السعودية إن الأرباح ارتفعت.").is_empty());
        assert!(ents("حصل على المركز الأول للمرة الثانية.").is_empty());
    }

    #[test]
    fn the_companies_of_a_market_report_leave_out_the_wa_joining_them() {
        let found = ents("وكانت أسهم شركات الإنماء طوكيو ، وموبايلي ، وكيان السعودية ووفاء للتأمين الأكثر ارتفاعا.");
        let names: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(names, vec!["الإنماء طوكيو", "موبايلي", "كيان السعودية", "وفاء للتأمين"]);
        // a common word keeps its first letter («، وزارة الثقافة»)
        assert!(has("شارك كل من وزارة التعليم ، وزارة الثقافة والإعلام امس.", "وزارة الثقافة والإعلام", Label::ORG));
    }

    #[test]
    fn a_definite_word_after_a_governorate_noun_is_the_governorate() {
        assert!(has("بإحدى الهجر التابعة لمحافظة الحائط مما أسفر عن وفاة.", "الحائط", Label::LOC));
        assert!(ents("وأكد على المحافظة على البيئة.").is_empty());
    }

    #[test]
    fn a_council_or_body_of_an_administrative_unit_is_one_organization() {
        assert!(has("قال عضو مجلس محافظة البصرة مرتضى الشحماني، أمس", "مجلس محافظة البصرة", Label::ORG));
        assert!(has("وكانت شرطة ولاية كولورادو استبعدت ذلك", "شرطة ولاية كولورادو", Label::ORG));
        assert!(has("أعلنت حكومة إقليم كردستان أمس أن", "حكومة إقليم كردستان", Label::ORG));
        // (the governorate found first: «الخبر» is also «the news»)
        assert!(has("نظمت بلدية محافظة الخبر برنامجا احتفاليا", "بلدية محافظة الخبر", Label::ORG));
        assert!(has("وصوت مجلس الأمن على القرار", "مجلس الأمن", Label::ORG));
        // a province named by a common word
        assert!(has("وأوضح الناطق الإعلامي لصحة عسير سعيد النقير أن", "صحة عسير", Label::ORG));
        // a stock exchange named by its city
        assert!(has("وأنهى المؤشر الجلسة الصباحية ببورصة طوكيو مرتفعا", "بورصة طوكيو", Label::ORG));
    }

    #[test]
    fn a_construct_of_a_short_noun_after_li_goes_on_with_a_name() {
        assert!(has("بالتعاون مع الجمعية السعودية لطب الأسرة والمجتمع في الرياض", "الجمعية السعودية لطب الأسرة والمجتمع", Label::ORG));
    }

    #[test]
    fn a_portfolio_after_a_definite_head_is_no_name() {
        assert!(!ents("وأوضح وكيل الجامعة للشؤون الأكاديمية الدكتور غازي عبدالرحمن أن").iter().any(|(_, l)| *l == Label::ORG));
    }

    #[test]
    fn a_quantity_a_describing_participle_or_condolences_end_a_name() {
        assert!(!ents("وناقش في اجتماع مع إدارة المستشفى العديد من الموضوعات").iter().any(|(t, _)| t.contains("العديد")));
        assert!(has("لكن سهم مصرف الريان المتخصص في المعاملات", "مصرف الريان", Label::ORG));
        assert!(has("رفع الوزير خالد بن عبدالله العرج التعازي الى مقام", "خالد بن عبدالله العرج", Label::PER));
    }

    #[test]
    fn a_board_or_management_is_no_part_of_the_bodys_name() {
        assert!(has("التقى رئيس مجلس ادارة هيئة المهندسين السعوديين د. جميل", "هيئة المهندسين السعوديين", Label::ORG));
        assert!(has("وقال رئيس مجلس إدارة البنك الأهلي التجاري إن", "البنك الأهلي التجاري", Label::ORG));
        assert!(has("وقال إن إدارة جامعة نجران قررت", "جامعة نجران", Label::ORG));
        assert!(ents("بحضور عضو مجلس الإدارة والمشرف على قطاع الناشئين").is_empty());
        // a department of a government agency keeps its noun
        assert!(has("أعلنت إدارة مرور جدة أمس", "إدارة مرور جدة", Label::ORG));
        assert!(has("وقال رئيس مجلس ادارة غرفة الشرقية عبدالرحمن", "غرفة الشرقية", Label::ORG));
        assert!(has("وأشار نائب رئيس مجلس إدارة سابك، في مؤتمر", "سابك", Label::ORG));
    }

    #[test]
    fn a_facility_before_an_untagged_city_or_titled_name_is_one_name() {
        assert!(has("وصل الوفد إلى مطار أبها الإقليمي أمس.", "مطار أبها الإقليمي", Label::LOC));
        assert!(has("وقال إن المصاب نقل إلى مستشفى الملك فهد في جدة.", "مستشفى الملك فهد", Label::LOC));
        assert!(has("وأعلنت السلطات خططا لتوسعة مطار آل مكتوم في سبتمبر.", "مطار آل مكتوم", Label::LOC));
        // not «قصر» («limiting»), nor a noun of places
        assert!(ents("وعدم قصر دور المؤسسة التعليمية").is_empty());
    }

    #[test]
    fn a_facility_named_after_a_person_keeps_the_title() {
        assert!(has("وصل الى مطار الملك خالد الدولي في الرياض.", "مطار الملك خالد الدولي", Label::LOC));
        for text in ["ورست الباخرة في ميناء الملك عبدالعزيز بالدمام.", "وهبطت في مطار الملك عبدالعزيز بجدة امس."] {
            let found = ents(text);
            assert!(found.iter().any(|(t, l)| t.ends_with("الملك عبدالعزيز") && *l == Label::LOC), "{found:?}");
        }
    }

    #[test]
    fn organization_names_after_heads() {
        assert!(has("وقال حزب العدالة والتنمية الحاكم ان الانتخابات ستجري", "حزب العدالة والتنمية", Label::ORG));
        assert!(has("واعلنت وزارة الصحة عن حالات جديدة", "وزارة الصحة", Label::ORG));
        assert!(has("وقال الاتحاد السويسري لصادرات اللحوم في بيان", "الاتحاد السويسري لصادرات اللحوم", Label::ORG));
        assert!(has("وقالت المؤسسة العامة لصوامع الغلال ومطاحن الدقيق امس", "المؤسسة العامة لصوامع الغلال ومطاحن الدقيق", Label::ORG));
        // a short ل-word the clitic stripper kept whole opens the ل-phrase when what follows ل is the commoner word
        assert!(has("وقال الاتحاد الألماني لكرة القدم إن", "الاتحاد الألماني لكرة القدم", Label::ORG));
    }

    #[test]
    fn descriptions_are_not_names() {
        assert!(!ents("وقالت الحكومة الليبية في بيان").iter().any(|(t, _)| t.contains("الحكومة")));
        assert!(!ents("وقال الحزب ان").iter().any(|(t, _)| t == "الحزب"));
    }

    #[test]
    fn organizing_is_no_organization() {
        let found = ents("وتولت اللجنة تنظيم دخول وخروج المشاركين في الحفل");
        assert!(found.iter().all(|(t, _)| !t.starts_with("تنظيم")), "{found:?}");
        assert!(has("وأعلن تنظيم داعش مسؤوليته", "تنظيم داعش", Label::ORG));
        assert!(has("ثم ركب تنظيم الإخوان المسلمين قطار التثوير", "تنظيم الإخوان المسلمين", Label::ORG));
    }

    #[test]
    fn a_road_or_hospital_named_after_a_person_is_no_person() {
        assert!(has("وقع حادث على طريق الملك عبدالله امس", "طريق الملك عبدالله", Label::LOC));
        let t = "ونقل إلى مستشفى الملك فيصل التخصصي امس";
        assert!(has(t, "مستشفى الملك فيصل التخصصي", Label::LOC), "{:?}", ents(t));
        let t = "أعلنت مدينة الملك خالد العسكرية للتشغيل والصيانة أمس";
        assert!(has(t, "مدينة الملك خالد العسكرية للتشغيل والصيانة", Label::ORG), "{:?}", ents(t));
        let t = "وقالت مدينة الملك عبدالعزيز للعلوم والتقنية امس";
        assert!(has(t, "مدينة الملك عبدالعزيز للعلوم والتقنية", Label::ORG), "{:?}", ents(t));
        // a relative adjective after the name is part of it
        assert!(super::adjective("الطبية") && super::adjective("التخصصي") && !super::adjective("الجديد"));
    }

    #[test]
    fn facilities_are_places() {
        assert!(has("وصلت السفينة الى ميناء طرابلس امس", "ميناء طرابلس", Label::LOC));
    }
}
