//! Quotations: direct speech in quotation marks and indirect speech introduced by a reporting verb and
//! أن/إن, each with its speaker and cue.
//!
//! The extractor is rule-based and works on the tokens and sentences of a [`Document`]:
//! 1. quotation marks are paired per paragraph ([`marks`]) and each pair is judged speech or a quoted name/term;
//! 2. reporting cues come from a compiled-in lexicon ([`CueLexicon`], `cues.txt`) that users can extend;
//! 3. the speaker is the subject that follows the cue (the name when the phrase has one, else the description),
//!    the phrase after a source word («بحسب X»), or, for a subject-less cue («ويضيف»), the last explicit speaker.
//!
//! Entities, when the pipeline computed them, sharpen the speaker (a PER inside the subject phrase is the name);
//! without them name-like heuristics after titles and before roles are used.
//!
//! ```
//! let doc = khabar::Pipeline::default().analyze("وقال المسؤول \"هناك رغبة صحية جدا داخل ليبيا\".");
//! let quotes = khabar::QuoteExtractor::default().extract(&doc, &[]);
//! assert_eq!(quotes[0].text, "هناك رغبة صحية جدا داخل ليبيا");
//! assert_eq!(quotes[0].speaker.as_ref().map(|s| s.text.as_str()), Some("المسؤول"));
//! ```

mod bulletin;
mod lexicon;
pub mod marks;
mod speaker;
mod words;

use serde::{Deserialize, Serialize};

pub use lexicon::{CueKind, CueLexicon};

use crate::document::{Document, Token};
use crate::pipeline::Label;
use crate::span::{Span, TextIndex};
use crate::tokenizer::TokenKind;

/// Direct (in quotation marks) or indirect (reported clause) speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// A piece of text inside the document: a speaker or a cue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotePart {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
}

/// The entity a speaker refers to, when the entity layer found one overlapping it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerEntity {
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    pub label: Label,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted content: between the marks (direct) or the reported clause (indirect).
    pub text: String,
    #[serde(flatten)]
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<QuotePart>,
    pub cue: Option<QuotePart>,
    /// A rough 0–1 confidence: explicit cue and speaker score highest, carried-over or missing ones lower.
    pub confidence: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_entity: Option<SpeakerEntity>,
}

/// An entity mention the extractor may use for speakers (the pipeline passes the entity layer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityHint {
    pub span: Span,
    pub label: Label,
}

/// Finds direct and indirect quotations with their speakers and cues.
#[derive(Debug, Clone, Default)]
pub struct QuoteExtractor {
    cues: CueLexicon,
}

/// Per-token facts the rules look at.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok<'d> {
    /// The surface text (the normalized form merges «على» and «علي»).
    pub raw: &'d str,
    pub norm: &'d str,
    pub kind: TokenKind,
    pub bs: usize,
    pub be: usize,
    pub sent: usize,
    pub cue: Option<CueKind>,
    /// A punctuation token containing a quotation mark.
    pub mark: bool,
    /// The token opens or lies inside a date expression of the dates layer («العام الماضي», «مساء الأحد»).
    pub in_date: bool,
}

impl Tok<'_> {
    fn is_punct(&self) -> bool {
        matches!(self.kind, TokenKind::Punct | TokenKind::Symbol)
    }
    fn is_word(&self) -> bool {
        self.kind.is_word() || self.kind == TokenKind::Number
    }
}

/// An attribution found for a quote: cue token, speaker byte range, how sure.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Attribution {
    cue: Option<usize>,
    speaker: Option<(usize, usize)>,
    /// The speaker was carried over from an earlier attribution.
    carried: bool,
}

pub(crate) struct Ctx<'d> {
    pub text: &'d str,
    pub toks: Vec<Tok<'d>>,
    /// (first token, end token) per sentence
    pub sents: Vec<(usize, usize)>,
    pub entities: &'d [EntityHint],
    /// The entities are in text order and none nests in another (starts and ends both non-decreasing), so the
    /// ones overlapping a range are found by binary search.
    pub entities_ordered: bool,
    /// explicit speakers by cue position: (cue token, speaker bytes)
    pub events: Vec<(usize, (usize, usize))>,
    /// paired quotation marks, by opening position
    pub pairs: Vec<marks::MarkPair>,
    /// running maximum of `pairs[..=k].close_end`
    pub pairs_max_close: Vec<usize>,
    /// byte offsets where a newswire bulletin starts ([`bulletin::starts`]): nothing is carried across them
    pub bulletins: Vec<usize>,
}

impl QuoteExtractor {
    /// An extractor with the built-in cue lexicon.
    pub fn new() -> Self {
        Self::default()
    }

    /// An extractor with a custom cue lexicon (start from [`CueLexicon::default`] to extend the built-in one).
    pub fn with_cues(cues: CueLexicon) -> Self {
        QuoteExtractor { cues }
    }

    pub fn cues(&self) -> &CueLexicon {
        &self.cues
    }

    /// The quotations of `doc`, in text order. `entities` (may be empty) sharpen the speakers.
    pub fn extract(&self, doc: &Document, entities: &[EntityHint]) -> Vec<Quote> {
        let text = doc.text.as_str();
        if doc.tokens.is_empty() {
            return Vec::new();
        }
        let mut sent_of = vec![0usize; doc.tokens.len()];
        let mut sents: Vec<(usize, usize)> = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            let (a, b) = (s.token_start.min(doc.tokens.len()), s.token_end.min(doc.tokens.len()));
            // «مع سي.إف إندستريز»: a full stop inside an abbreviation (after a word of three letters at most), with a
            // word glued after it, ends no sentence; after a longer word it does («ريالاً.من جانبه»)
            let abbreviation = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Latin || t.text.chars().count() <= 3);
            if let Some(last) = sents.last_mut()
                && last.1 == a
                && a > 1
                && doc.tokens[a - 1].text == "."
                && abbreviation(a - 2)
                && doc.tokens.get(a).is_some_and(|t| t.span.byte_start == doc.tokens[a - 1].span.byte_end && t.kind.is_word())
            {
                last.1 = b;
                continue;
            }
            sents.push((a, b));
        }
        for (k, &(a, b)) in sents.iter().enumerate() {
            for x in sent_of.iter_mut().take(b).skip(a) {
                *x = k;
            }
        }
        let toks: Vec<Tok> = doc
            .tokens
            .iter()
            .zip(&sent_of)
            .map(|(t, &sent): (&Token, &usize)| Tok {
                raw: t.text.as_str(),
                norm: t.norm.as_str(),
                kind: t.kind,
                bs: t.span.byte_start,
                be: t.span.byte_end,
                sent,
                cue: if t.kind == TokenKind::Arabic { self.cues.lookup(t.norm.as_str()) } else { None },
                mark: t.kind == TokenKind::Punct && t.text.contains(['«', '»', '“', '”', '„', '"']),
                in_date: false,
            })
            .collect();
        let mut toks = toks;
        mark_dates(&mut toks, doc.dates.as_deref().unwrap_or_default());
        demote_homographs(text, &mut toks);
        let pairs = marks::pair(text);
        let pairs_max_close = pairs.iter().scan(0, |m, p| {
            *m = (*m).max(p.close_end);
            Some(*m)
        }).collect();
        let entities_ordered =
            entities.windows(2).all(|w| w[0].span.byte_start <= w[1].span.byte_start && w[0].span.byte_end <= w[1].span.byte_end);
        let bulletins = bulletin::starts(text);
        let mut cx =
            Ctx { text, toks, sents, entities, entities_ordered, events: Vec::new(), pairs: pairs.clone(), pairs_max_close, bulletins };
        cx.collect_events();
        let index = TextIndex::new(text);
        let mut raw: Vec<RawQuote> = Vec::new();
        let indirect = cx.indirect_quotes(&pairs);
        let direct = cx.direct_quotes(&pairs, &indirect);
        raw.extend(indirect.into_iter().filter(|q| !q.drop));
        raw.extend(direct);
        let sources = cx.source_quotes(&raw);
        // a source phrase outranks a weak cue inside its clause («بحسب تقرير لرويترز، تعتقد شركة ... انها»)
        let source_spans = crate::span::Intervals::new(sources.iter().map(|s| s.content));
        raw.retain(|q| {
            !(q.kind == QuoteKind::Indirect
                && q.attr.cue.and_then(|c| cx.toks.get(c)).is_some_and(|t| t.cue == Some(CueKind::Weak))
                && source_spans.any_overlap(q.content.0, q.content.1))
        });
        raw.extend(sources);
        raw.sort_by_key(|q| (q.content.0, q.content.1));
        raw.dedup_by(|a, b| a.content == b.content && a.kind == b.kind);
        raw.into_iter().filter_map(|q| cx.finish(&index, q)).collect()
    }
}

/// A quote before its spans are built.
#[derive(Debug, Clone, PartialEq)]
struct RawQuote {
    content: (usize, usize),
    kind: QuoteKind,
    attr: Attribution,
    confidence: f64,
    /// an indirect clause made only of one direct quote: reported as the direct quote alone
    drop: bool,
}

impl<'d> Ctx<'d> {
    /// The entities that may overlap bytes `a..b`, in order (callers still test each one): a binary-searched
    /// window when the entities are ordered, else all of them.
    pub(crate) fn entities_near(&self, a: usize, b: usize) -> &'d [EntityHint] {
        if !self.entities_ordered {
            return self.entities;
        }
        let lo = self.entities.partition_point(|e| e.span.byte_end <= a);
        let hi = self.entities.partition_point(|e| e.span.byte_start < b);
        self.entities.get(lo..hi.max(lo)).unwrap_or(&[])
    }

    fn tok_at(&self, byte: usize) -> usize {
        self.toks.partition_point(|t| t.bs <= byte).saturating_sub(1)
    }

    /// The first mark pair opening inside bytes `bs..be`.
    pub(crate) fn pair_in(&self, bs: usize, be: usize) -> Option<&marks::MarkPair> {
        let k = self.pairs.partition_point(|p| p.open < bs);
        self.pairs.get(k).filter(|p| p.open < be)
    }

    /// Whether bytes `a..b` lie inside some quotation (marks included).
    fn inside_pair(&self, a: usize, b: usize) -> bool {
        let k = self.pairs.partition_point(|p| p.open <= a);
        k > 0 && self.pairs_max_close[k - 1] >= b
    }

    fn sent_range(&self, i: usize) -> (usize, usize) {
        self.toks.get(i).and_then(|t| self.sents.get(t.sent).copied()).unwrap_or((i, i + 1))
    }

    /// Record every explicit speaker of a finite cue or speech noun, for carry-over.
    fn collect_events(&mut self) {
        for i in 0..self.toks.len() {
            match self.toks[i].cue {
                Some(CueKind::Verb) => {}
                Some(CueKind::Weak) if self.an_after(i).is_some() => {}
                Some(CueKind::Noun) => {
                    if let Some(sp) = self.speaker_before_noun(i) {
                        self.events.push((i, sp));
                    }
                    continue;
                }
                _ => continue,
            }
            if self.negated(i) {
                continue;
            }
            // a speech verb inside a quotation is the quoted speaker's own words («قالت: «عندما تقول إنها ...»»): it
            // names no source for the report around it
            if self.inside_long_quote(i) {
                continue;
            }
            let (_, se) = self.sent_range(i);
            let after_subordinator = i > 0 && words::is_subordinator(self.toks[i - 1].norm);
            if let Some(sp) = self
                .subject_after(i, se)
                .or_else(|| self.subject_before(i))
                .or_else(|| if after_subordinator { self.clause_subject(i) } else { None })
                // «وأصدرت اللجنة بيانا أكدت فيه أن»: the owner of the speech noun, for the reports after it
                .or_else(|| self.speech_owner(i))
            {
                if self.is_data(sp) {
                    continue;
                }
                self.events.push((i, sp));
            }
        }
    }

    /// Token `i` lies inside a closed quotation of more than four words (a quoted clause, not a quoted name).
    fn inside_long_quote(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let k = self.pairs.partition_point(|p| p.open <= t.bs);
        self.pairs[..k].iter().rev().take(8).any(|p| {
            p.closed && p.content.0 <= t.bs && t.be <= p.content.1 && self.text[p.content.0..p.content.1].split_whitespace().nth(4).is_some()
        })
    }

    fn negated(&self, i: usize) -> bool {
        i > 0 && matches!(self.toks[i - 1].norm, "لم" | "لا" | "لن" | "ما" | "ولم" | "ولا")
    }

    /// A speaker phrase that names data, not a source («احصائية رسمية»).
    fn is_data(&self, (a, _): (usize, usize)) -> bool {
        self.toks.get(self.tok_at(a)).is_some_and(|t| words::is_data_head(t.norm))
    }

    /// The last explicit speaker before token `i`, in the same bulletin; without one, the person named in the subject
    /// of one of the two sentences before («هنأ الملحق الثقافي الدكتور عبدالعزيز بن طالب المبتعث ... . وأوضح أن»).
    fn carry(&self, i: usize) -> Option<(usize, usize)> {
        let k = self.events.partition_point(|(c, _)| *c < i);
        let seg = bulletin::start_of(&self.bulletins, self.toks.get(i).map_or(0, |t| t.bs));
        k.checked_sub(1)
            .map(|k| self.events[k])
            .filter(|&(c, (a, _))| a >= seg && self.toks.get(c).is_some_and(|t| t.bs >= seg))
            .map(|e| e.1)
            .or_else(|| {
                let sent = self.toks.get(i)?.sent;
                (sent.saturating_sub(2)..sent).rev().find_map(|s| {
                    let &(ss, se) = self.sents.get(s)?;
                    let person = self.person_in(self.clause_subject_from(ss, se)?)?;
                    (self.toks.get(ss)?.bs >= seg).then_some(person)
                })
            })
    }

    /// «مؤكدا سموه», «وبين معاليه»: an honorific pronoun speaker stands for a person named before it in its bulletin
    /// (an entity of the entity layer): the last one introduced by a matching title («سمو الأمير X» for «سموه»),
    /// else the last one who spoke, else the last one named. Without any it stays as written.
    fn resolve_honorific(&self, (a, b): (usize, usize)) -> Option<EntityHint> {
        let ti = self.tok_at(a);
        let t = self.toks.get(ti)?;
        if t.be < b || !words::is_honorific_pronoun(t.norm) {
            return None;
        }
        let seg = bulletin::start_of(&self.bulletins, a);
        let before = if self.entities_ordered {
            &self.entities[..self.entities.partition_point(|e| e.span.byte_start < a)]
        } else {
            self.entities
        };
        let mut persons: Vec<&EntityHint> =
            before.iter().filter(|e| e.label == Label::PER && e.span.byte_end <= a && e.span.byte_start >= seg).collect();
        persons.sort_by_key(|e| e.span.byte_end);
        let titled = |e: &&EntityHint| {
            let k = self.tok_at(e.span.byte_start);
            self.toks[k.saturating_sub(3)..k].iter().any(|x| words::honorific_pronoun_title(t.norm, x.norm))
        };
        let spoke = |e: &&EntityHint| {
            let k = self.events.partition_point(|(c, _)| *c < ti);
            self.events[..k].iter().any(|&(_, (x, y))| x < e.span.byte_end && e.span.byte_start < y)
        };
        persons.iter().rev().copied().find(titled).or_else(|| persons.iter().rev().copied().find(spoke)).or_else(|| persons.last().copied()).copied()
    }

    /// The speaker of cue token `i` (bounded by token `limit`), or the carried-over one.
    fn speaker_of_cue(&self, i: usize, limit: usize) -> Attribution {
        let kind = self.toks[i].cue;
        let verb = matches!(kind, Some(CueKind::Verb) | Some(CueKind::Weak));
        // «وألقى ... رعدان ...، كلمة أوضح فيها أن»: the speech noun before the cue is not its subject, its owner is
        if verb
            && self.toks.get(i + 1).is_some_and(|t| matches!(t.norm, "فيه" | "فيها"))
            && let Some(sp) = self.speech_owner(i)
        {
            return Attribution { cue: Some(i), speaker: Some(sp), carried: false };
        }
        if matches!(kind, Some(CueKind::Verb) | Some(CueKind::Weak))
            && let Some(sp) = self.subject_after(i, limit).or_else(|| {
                // a weak cue takes a subject before it only after «قد» («كان المدرب مورينيو قد رد عليه بأن»)
                let after_qad = i > 0 && matches!(self.toks[i - 1].norm, "قد" | "وقد");
                if kind == Some(CueKind::Verb) || after_qad { self.subject_before(i) } else { None }
            })
        {
            return Attribution { cue: Some(i), speaker: Some(sp), carried: false };
        }
        // «وكتب الملك ... تغريدة ... حينما قال: «...»»: a cue right after a subordinator shares the main clause's subject
        if verb
            && i > 0
            && words::is_subordinator(self.toks[i - 1].norm)
            && let Some(sp) = self.clause_subject(i)
        {
            return Attribution { cue: Some(i), speaker: Some(sp), carried: false };
        }
        // «اعتقلت الشرطة رجلا يدعى ...، وقالت إنها ...»: a subject-less cue coordinated after a comma shares the
        // subject of the verb opening its sentence, not the object or a name after it
        if verb
            && i > 0
            && matches!(self.toks[i - 1].norm, "،" | "," | "؛" | ";")
            && self.toks[i].norm.starts_with('و')
            && let Some(sp) = self.clause_subject(i).and_then(|sp| self.subject_head(sp)).filter(|&sp| !self.is_data(sp))
        {
            return Attribution { cue: Some(i), speaker: Some(sp), carried: true };
        }
        if kind == Some(CueKind::Noun)
            && let Some(sp) = self.speaker_before_noun(i)
        {
            return Attribution { cue: Some(i), speaker: Some(sp), carried: false };
        }
        if kind == Some(CueKind::Participle) {
            // the speaker of the participle's own sentence: an explicit report in it, else its main clause's subject
            let sent = self.toks[i].sent;
            if let Some(&(c, sp)) = self.events.get(self.events.partition_point(|(c, _)| *c < i).wrapping_sub(1))
                && self.toks[c].sent == sent
            {
                return Attribution { cue: Some(i), speaker: Some(sp), carried: true };
            }
            if let Some(sp) = self.clause_subject(i).or_else(|| self.haith_subject(i)) {
                return Attribution { cue: Some(i), speaker: Some(sp), carried: true };
            }
        }
        // «وبحسب مصادر عسكرية، أكدت أن», «ووفقا لوزارة الدفاع، فقد أوضحت أن»: a source phrase opening the sentence
        // names the subject the verb leaves out
        if matches!(kind, Some(CueKind::Verb) | Some(CueKind::Weak))
            && let Some(sp) = self.opening_source(i).or_else(|| self.speech_owner(i))
        {
            return Attribution { cue: Some(i), speaker: Some(sp), carried: false };
        }
        Attribution { cue: Some(i), speaker: self.carry(i), carried: true }
    }

    /// «وأصدر البيت الأبيض بيانا، قال فيه إن», «تلا ذلك كلمة رئيس الجمعية عبدالعزيز السيف، أوضح فيها أن»: a cue
    /// followed by «فيه/فيها» speaks in the speech noun before it; its speaker is that noun's owner (the phrase after
    /// the noun) or the subject of the verb that issued it.
    fn speech_owner(&self, i: usize) -> Option<(usize, usize)> {
        if !self.toks.get(i + 1).is_some_and(|t| matches!(t.norm, "فيه" | "فيها")) {
            return None;
        }
        let (ss, _) = self.sent_range(i);
        let lo = ss.max(i.saturating_sub(16));
        let k = (lo..i).rev().find(|&k| {
            let w = self.toks[k].norm;
            let speech = |n: &str| {
                let n = n.strip_prefix("ال").unwrap_or(n);
                ["كلمة", "كلمت", "بيان", "تصريح", "خطاب", "رسالة", "تغريدة", "مقابلة", "حديث"].iter().any(|p| n.starts_with(p))
            };
            speech(w) || w.strip_prefix(['و', 'ب']).is_some_and(|r| speech(r) || r.strip_prefix('ب').is_some_and(speech))
        })?;
        let mut e = i;
        while e > k + 1 && self.toks[e - 1].is_punct() {
            e -= 1;
        }
        if e > k + 1 && !matches!(self.toks[k + 1].norm, "عن" | "في" | "من" | "الي" | "علي" | "مع" | "حول") {
            // «تصريحات للحكومة الأفغانية»: the owner after a fused «لل» starts after its first ل
            let (a, b) = self.phrase(k + 1, e)?;
            let skip = if self.toks[k + 1].norm.starts_with("لل") { 'ل'.len_utf8() } else { 0 };
            return Some((a + skip, b));
        }
        // the subject of the verb opening the clause: «وأصدرت قيادة القوات المشتركة اليوم بياناً أوضحت فيه»
        let mut f = ss;
        while f < k && (words::is_connective(self.toks[f].norm) || self.toks[f].is_punct()) {
            f += 1;
        }
        let v = self.toks.get(f)?;
        if f + 1 >= k || v.kind != TokenKind::Arabic || v.norm.starts_with("ال") || v.cue.is_some() {
            return None;
        }
        self.phrase(f + 1, k)
    }

    /// The source named by a «بحسب X،» phrase that opens cue `i`'s sentence and ends right before it (only
    /// punctuation, «فقد»/«قد» between).
    fn opening_source(&self, i: usize) -> Option<(usize, usize)> {
        let (ss, _) = self.sent_range(i);
        let mut k = ss;
        while k < i && (self.toks[k].is_punct() && !self.toks[k].mark || matches!(self.toks[k].norm, "و" | "ف")) {
            k += 1;
        }
        if k >= i || self.toks[k].cue != Some(CueKind::Source) {
            return None;
        }
        let (sp, end) = self.source_speaker(k)?;
        let sp = sp?;
        let between = self.toks.get(end..i)?;
        between.iter().all(|t| (t.is_punct() && !t.mark) || matches!(t.norm, "فقد" | "قد" | "وقد")).then_some(sp)
    }

    /// The complementizer token after cue `i` in the same sentence, if the cue introduces a reported clause.
    fn an_after(&self, i: usize) -> Option<usize> {
        let (_, se) = self.sent_range(i);
        let end = se.min(i + 24);
        if self.toks.get(i + 1).is_some_and(|t| matches!(t.norm, "عن" | "عنه" | "عنها" | "عنهم"))
            && !self.toks.get(i + 2).is_some_and(|t| words::is_an(t.norm))
        {
            // «أعلن عن ...», «كشف عن ...» report a thing, not a clause (unless «كشف عن أن»)
            return None;
        }
        let mut j = i + 1;
        while j < end {
            let t = &self.toks[j];
            if words::is_an(t.norm) && j > i + 1 {
                // «إلا أن», «بما أن», «استطاعت أن», «التي تعني أن»: the أن of a connective, of a control verb or of a
                // relative clause's verb; what follows is no report of this cue
                let prev = self.toks[j - 1].norm;
                let relative = j >= i + 3 && matches!(self.toks[j - 2].norm, "الذي" | "التي" | "الذين" | "اللذين" | "اللتين");
                if words::connective_before_an(prev) || words::is_control_verb(prev) || relative {
                    return None;
                }
            }
            if words::is_an(t.norm) && !(j > 0 && words::blocks_an(self.toks[j - 1].norm)) {
                return Some(j);
            }
            // «وذكرت الصحيفة نقلا عن مسؤول أن ...»: the relay phrase belongs to this report
            let relay = t.cue == Some(CueKind::Source) && t.norm == "نقلا" && self.toks.get(j + 1).is_some_and(|n| n.norm == "عن");
            if j > i + 1 && !relay && t.cue.is_some_and(|k| matches!(k, CueKind::Verb | CueKind::Participle | CueKind::Source | CueKind::Noun)) {
                return None;
            }
            // «وقالت الشرطة: إنه تم ...»: a colon right before إن/أن introduces the reported clause all the same
            if t.norm == ":" && self.toks.get(j + 1).is_some_and(|n| words::is_an(n.norm)) {
                j += 1;
                continue;
            }
            if t.norm == "." || t.norm == "؟" || t.norm == "!" || t.norm == ":" {
                return None;
            }
            if t.mark {
                // a quoted name may stand in the subject («لوكالة «فرانس برس» ان»); quoted speech ends the search
                match self.pair_in(t.bs, t.be) {
                    Some(p) if p.closed && (self.text[p.content.0..p.content.1].split_whitespace().count() <= 4 || self.quoted_person(p.content)) => {
                        j = self.tok_at(p.close_end.saturating_sub(1)) + 1;
                        continue;
                    }
                    _ => return None,
                }
            }
            j += 1;
        }
        None
    }

    /// Indirect quotes: a cue, its subject, أن/إن and the clause to the end of the sentence (or the next report).
    fn indirect_quotes(&self, pairs: &[marks::MarkPair]) -> Vec<RawQuote> {
        let mut out = Vec::new();
        // reports inside quoted speech belong to the quote, not to the article
        let speech: Vec<(usize, usize)> = pairs
            .iter()
            .filter(|p| self.text[p.content.0..p.content.1].split_whitespace().nth(3).is_some())
            .map(|p| p.content)
            .collect();
        let speech_max_end: Vec<usize> = speech.iter().scan(0, |m, s| {
            *m = (*m).max(s.1);
            Some(*m)
        }).collect();
        let in_speech = |pos: usize| {
            let k = speech.partition_point(|s| s.0 <= pos);
            k > 0 && speech_max_end[k - 1] > pos
        };
        let mut data_sentence = usize::MAX;
        for i in 0..self.toks.len() {
            let Some(kind) = self.toks[i].cue else { continue };
            // «ونقلت الوكالة عن المتحدث قوله إن ...» reports through the speech noun
            if kind == CueKind::Source || (kind == CueKind::Noun && self.toks[i].norm.ends_with("بالقول")) {
                continue;
            }
            if kind == CueKind::Participle && self.toks[i].sent == data_sentence {
                continue;
            }
            if in_speech(self.toks[i].bs) {
                continue;
            }
            let Some(j) = self.an_after(i) else { continue };
            let (_, se) = self.sent_range(i);
            let start = j + 1;
            if start >= se {
                continue;
            }
            let mut end = se;
            // the clause ends where a second report starts: «، مشيرا الى ان», «، واعتبر ان»
            let mut k = start + 1;
            while k < se {
                let t = &self.toks[k];
                // «… بأعمال طرق مشيرا الى انها …»: a participle of report with its أن ends the clause, comma or not
                if t.cue == Some(CueKind::Participle) && self.an_after(k).is_some_and(|a| a <= k + 3) {
                    end = k;
                    break;
                }
                if matches!(t.norm, "،" | "," | "؛" | ";")
                    && let Some(n) = self.toks.get(k + 1)
                {
                    // («، إذ أشارت المصادر إلى أن», «، حيث أكد أن»: a connective may come first)
                    let linked = matches!(n.norm, "اذ" | "حيث" | "فيما" | "بينما")
                        && self.toks.get(k + 2).is_some_and(|m| m.cue.is_some_and(|c| matches!(c, CueKind::Verb | CueKind::Weak)))
                        && self.an_after(k + 2).is_some_and(|a| a <= k + 6);
                    let second = linked
                        || (n.cue.is_some_and(|c| matches!(c, CueKind::Participle | CueKind::Verb | CueKind::Weak))
                            && self.an_after(k + 1).is_some_and(|a| a <= k + 4))
                        || (n.cue == Some(CueKind::Verb) && !self.negated(k + 1) && self.subject_after(k + 1, se).is_some())
                        // «، وأضاف "سأبدأ بزيارة الجرحى"»: a verb opening direct speech
                        || (n.cue == Some(CueKind::Verb) && self.toks.get(k + 2).is_some_and(|m| m.mark || m.norm == ":"));
                    let source = n.cue == Some(CueKind::Source)
                        || (n.norm == "كما" && self.toks.get(k + 2).is_some_and(|m| m.cue == Some(CueKind::Verb)));
                    if second || source {
                        end = k;
                        break;
                    }
                }
                k += 1;
            }
            let a = self.toks[start].bs;
            let b = self.clause_end(start, end);
            if b <= a {
                continue;
            }
            let attr = self.speaker_of_cue(i, j);
            // «يرجح أن», «يعتبر»: passive or non-speech senses without a subject; but «وبين أن», «وبيّنت أن» opening a
            // sentence explain, as the speaker before did
            let explained = j == i + 1
                && self.toks[i].norm.strip_prefix(['و', 'ف']).is_some_and(|w| matches!(w, "بين" | "بينت" | "بينوا"));
            if kind == CueKind::Weak && attr.carried && !explained {
                continue;
            }
            if attr.speaker.is_some_and(|sp| self.is_data(sp)) {
                data_sentence = self.toks[i].sent;
                continue;
            }
            // a clause that is exactly one quotation is reported as that direct quote only
            let drop = self.pair_in(a, a + 1).is_some_and(|p| {
                self.text.get(p.close_end..b).is_some_and(|r| r.trim_matches(is_trailing).is_empty()) || p.content.1 >= b
            });
            let confidence = if attr.carried { 0.75 } else { 0.85 };
            out.push(RawQuote { content: (a, b), kind: QuoteKind::Indirect, attr, confidence, drop });
        }
        out
    }

    /// Byte end of a clause running over tokens `start..end`, without final punctuation.
    fn clause_end(&self, start: usize, end: usize) -> usize {
        let mut e = end;
        // (a final «%» belongs to its number: «بلغ 12.8%»)
        while e > start && self.toks[e - 1].is_punct() && !self.toks[e - 1].mark && !matches!(self.toks[e - 1].norm, ")" | "]" | "%" | "٪") {
            e -= 1;
        }
        // keep a closing quotation mark only if its opening one is inside the clause
        if e > start && self.toks[e - 1].mark {
            let inner = self.text.get(self.toks[start].bs..self.toks[e - 1].bs).unwrap_or("");
            let opens = inner.chars().filter(|c| matches!(c, '«' | '“' | '„' | '"')).count();
            if opens == 0 {
                e -= 1;
                while e > start && self.toks[e - 1].is_punct() && !self.toks[e - 1].mark {
                    e -= 1;
                }
            }
        }
        if e <= start {
            return self.toks[start].bs;
        }
        self.toks[e - 1].be
    }

    /// Direct quotes: speech-like mark pairs with their attribution.
    fn direct_quotes(&self, pairs: &[marks::MarkPair], indirect: &[RawQuote]) -> Vec<RawQuote> {
        let mut out: Vec<RawQuote> = Vec::new();
        let mut accepted: Vec<(usize, usize)> = Vec::new();
        for p in pairs {
            let (ca, cb) = p.content;
            // pairs come outer first: a pair inside an accepted quote is part of it
            if cb <= ca || accepted.last().is_some_and(|&(a, b)| a <= ca && cb <= b) || accepted.iter().rev().take(4).any(|&(a, b)| a <= ca && cb <= b) {
                continue;
            }
            let open_t = self.tok_at(p.open);
            let close_t = if p.closed { self.tok_at(p.close_end.saturating_sub(1)) } else { self.tok_at(cb.saturating_sub(1)) };
            let words: usize = self.toks[open_t..=close_t.max(open_t)].iter().filter(|t| t.is_word() && t.bs >= ca && t.be <= cb).count();
            let digits = self.toks[open_t..=close_t.max(open_t)].iter().any(|t| t.bs >= ca && t.be <= cb && (t.kind == TokenKind::Number || t.kind == TokenKind::Latin));
            if words <= 2 || (digits && words <= 4) {
                continue;
            }
            // what stands right before the opening mark
            let (ss, _) = self.sent_range(open_t);
            let mut k = open_t;
            while k > ss && matches!(self.toks[k - 1].norm, ":" | "،" | "," | "-" | "–") {
                k -= 1;
            }
            let colon = k < open_t && self.toks[k..open_t].iter().any(|t| t.norm == ":");
            let prev = if k > 0 && self.toks[k - 1].sent == self.toks[open_t].sent { Some(k - 1) } else { None };
            let prev_tok = prev.map(|x| self.toks[x]);
            let first_word = self.toks.get(open_t + 1).map(|t| t.norm).unwrap_or("");
            let naming = prev_tok.is_some_and(|t| words::is_naming_noun(t.norm) && t.cue.is_none())
                || (words::is_naming_noun(first_word) && self.toks.get(open_t + 1).is_some_and(|t| t.cue.is_none()));
            if naming && words <= 8 {
                continue;
            }
            let tight_cue = prev_tok.is_some_and(|t| t.cue.is_some_and(|c| c != CueKind::Source));
            // «أعلن «اتحاد تنسيقيات الثورة»، أن ...», «وذكر المشرف على الفعالية "الدكتور عبدالكريم العبدالكريم"؛ أن»:
            // a short quoted name right before أن is the cue's subject, not speech
            if words <= 5 && p.closed && self.quoted_subject(close_t) && (tight_cue || self.cue_before(open_t, ss, false).is_some()) {
                continue;
            }
            let after_an = prev_tok.is_some_and(|t| words::is_an(t.norm));
            // inside an indirect clause: inherit its attribution
            let hk = indirect.partition_point(|q| q.content.0 <= p.open);
            let host = indirect[hk.saturating_sub(3)..hk].iter().rev().find(|q| {
                q.content.0 <= p.open
                    && p.open < q.content.1
                    && !self.toks[self.tok_at(q.content.0)..open_t].iter().any(|t| t.cue.is_some_and(|c| c != CueKind::Source))
            });
            let mut attr: Option<Attribution> = None;
            let mut conf = 0.9;
            if let Some(h) = host {
                let at_start = h.content.0 == p.open;
                if !(at_start || words >= 5) {
                    continue;
                }
                attr = Some(h.attr);
                conf = if h.attr.carried { 0.8 } else { 0.9 };
            } else if tight_cue {
                let c = prev.unwrap_or(open_t);
                attr = Some(self.speaker_of_cue(c, open_t));
            } else if let Some(c) = self.cue_before(open_t, ss, colon) {
                // «أعلنت المفوضية ... عن توصل ... الى اتفاق "من حيث المبدأ"»: the cue reports a thing, not this quote
                let nominal = open_t - c > 13
                    || (self.toks[c].cue != Some(CueKind::Noun)
                        && !self.toks[c].norm.ends_with("نقل")
                        && !self.toks[c].norm.ends_with("نقلت")
                        && self.toks[c + 1..open_t].iter().any(|t| t.norm == "عن"));
                if nominal {
                    if words < 6 {
                        continue;
                    }
                } else if words >= 3 && !after_an {
                    attr = Some(self.speaker_of_cue(c, open_t));
                    conf = 0.85;
                } else if after_an {
                    attr = Some(self.speaker_of_cue(c, open_t));
                }
            }
            if attr.is_none()
                && let Some(a) = self.attribution_after(p)
            {
                attr = Some(a);
                conf = 0.85;
            }
            let attr = match attr {
                Some(a) => a,
                // «نانسي عجرم: «رحم الله سعود الدوسري»»: a name alone before the colon is the speaker
                None if colon && words >= 3 && let Some(sp) = self.colon_label(ss, k) => {
                    conf = 0.75;
                    Attribution { cue: None, speaker: Some(sp), carried: false }
                }
                None if colon && words >= 3 => {
                    conf = 0.7;
                    Attribution { cue: None, speaker: self.carry(open_t), carried: true }
                }
                None if words >= 6 && !naming && (p.closed || p.continues) => {
                    conf = 0.6;
                    let sp = self.carry(open_t).filter(|&(_, e)| p.open.saturating_sub(e) < 600);
                    Attribution { cue: None, speaker: sp, carried: true }
                }
                None => continue,
            };
            if attr.carried {
                conf -= 0.1;
            }
            if !p.closed && !p.continues {
                conf -= 0.2;
            }
            accepted.push((ca, cb));
            out.push(RawQuote { content: (ca, cb), kind: QuoteKind::Direct, attr, confidence: conf, drop: false });
            // AFP: the paragraph after reopens the mark and goes on with the same speaker
            if p.continues {
                self.continuation(p, attr, conf, &mut out, &mut accepted);
            }
        }
        out
    }

    /// The name that alone opens a sentence before a colon (tokens `ss..k`, an opening mark before it left out), as
    /// interviews and roundups put a speaker before what they said: one to four words of a name, the first in a
    /// person or organization the entity layer found.
    fn colon_label(&self, ss: usize, k: usize) -> Option<(usize, usize)> {
        let mut a = ss;
        while a < k && self.toks[a].mark {
            a += 1;
        }
        let n = k.checked_sub(a)?;
        let entity = |t: &Tok| {
            self.entities_near(t.bs, t.be).iter().any(|e| matches!(e.label, Label::PER | Label::ORG) && e.span.byte_start <= t.bs && t.be <= e.span.byte_end)
        };
        // (a family nisba after the first word: «عاصي الحلاني»)
        let names = self.toks[a..k].iter().enumerate().all(|(j, t)| speaker::name_like(t) || entity(t) || (j > 0 && speaker::is_nisba(t.norm)));
        // (the first word a name the entity layer found: not a cue verb the lexicon lacks, «وزاد:», «تشرح رودا:»)
        ((1..=4).contains(&n) && names && entity(&self.toks[a])).then(|| (self.toks[a].bs, self.toks[k - 1].be))
    }

    /// The closing mark at token `close_t` is followed (across «،», «,» or «؛») by a complementizer.
    pub(crate) fn quoted_subject(&self, close_t: usize) -> bool {
        let mut k = close_t + 1;
        while self.toks.get(k).is_some_and(|t| matches!(t.norm, "،" | "," | "؛")) {
            k += 1;
        }
        self.toks.get(k).is_some_and(|t| words::is_an(t.norm))
    }

    /// The quotes of the paragraphs that continue `p` (AFP reopens the mark): same speaker and cue.
    fn continuation(
        &self,
        p: &marks::MarkPair,
        attr: Attribution,
        conf: f64,
        out: &mut Vec<RawQuote>,
        accepted: &mut Vec<(usize, usize)>,
    ) {
        let mut cur = *p;
        while cur.continues {
            let next_start = self.text[cur.close_end..].find(|c: char| !c.is_whitespace()).map(|i| cur.close_end + i);
            let Some(ns) = next_start else { break };
            let Some(n) = self.pair_in(ns, ns + 1) else { break };
            if accepted.iter().rev().take(4).any(|&(a, b)| a <= n.content.0 && n.content.1 <= b) || n.content.1 <= n.content.0 {
                break;
            }
            accepted.push(n.content);
            out.push(RawQuote { content: n.content, kind: QuoteKind::Direct, attr, confidence: conf, drop: false });
            cur = *n;
        }
    }

    /// The nearest reporting cue before token `open_t` in its sentence, with no complementizer or other
    /// quotation in between (the subject and adjuncts may stand between).
    /// Before a colon a weak cue introduces the quote too («وكتب فاروفاكيس في مدونته: «...»»).
    fn cue_before(&self, open_t: usize, ss: usize, colon: bool) -> Option<usize> {
        let lo = ss.max(open_t.saturating_sub(20));
        let mut k = open_t;
        while k > lo {
            k -= 1;
            let t = &self.toks[k];
            match t.cue {
                Some(CueKind::Verb) | Some(CueKind::Participle) | Some(CueKind::Noun) => return Some(k),
                Some(CueKind::Weak) => return colon.then_some(k),
                _ => {}
            }
            if matches!(t.norm, "." | "؟" | "!") {
                return None;
            }
        }
        None
    }

    /// An attribution after the closing mark: «"...،" قال X», «"..." بحسب X», «"..."، حسبما كتب».
    fn attribution_after(&self, p: &marks::MarkPair) -> Option<Attribution> {
        if !p.closed {
            return None;
        }
        let mut k = self.tok_at(p.close_end.saturating_sub(1)) + 1;
        let mut puncts = 0;
        while k < self.toks.len() && matches!(self.toks[k].norm, "،" | "," | "-" | "–") {
            k += 1;
            puncts += 1;
        }
        if puncts > 1 {
            return None;
        }
        let t = self.toks.get(k)?;
        // same paragraph
        if self.text.get(p.close_end..t.bs).is_none_or(|g| g.contains('\n')) {
            return None;
        }
        match t.cue {
            Some(CueKind::Verb) => {
                let (_, se) = self.sent_range(k);
                Some(self.speaker_of_cue(k, se))
            }
            Some(CueKind::Source) => self.source_speaker(k).map(|(sp, _)| Attribution { cue: Some(k), speaker: sp, carried: false }),
            _ if t.norm == "كما" && self.toks.get(k + 1).is_some_and(|m| m.cue == Some(CueKind::Verb)) => {
                let (_, se) = self.sent_range(k + 1);
                Some(self.speaker_of_cue(k + 1, se))
            }
            _ => None,
        }
    }

    /// Source phrases: «<clause>، بحسب X» and «بحسب X، <clause>» make the clause an indirect quote when X is a
    /// person, organization or medium.
    fn source_quotes(&self, found: &[RawQuote]) -> Vec<RawQuote> {
        let mut out = Vec::new();
        let weak = |q: &RawQuote| q.attr.cue.and_then(|c| self.toks.get(c)).is_some_and(|t| t.cue == Some(CueKind::Weak));
        // the quotes a source clause may not overlap
        let taken = crate::span::Intervals::new(found.iter().filter(|q| !(weak(q) && q.kind == QuoteKind::Indirect)).map(|q| q.content));
        for i in 0..self.toks.len() {
            let is_kama = self.toks[i].norm == "كما"
                && i > 0
                && matches!(self.toks[i - 1].norm, "،" | ",")
                && self.toks.get(i + 1).is_some_and(|m| m.cue == Some(CueKind::Verb));
            // «... إلى فارو كما أوضح بويغنر.»: without the comma when the source closes the sentence
            let is_kama = is_kama
                || (self.toks[i].norm == "كما"
                    && i > 0
                    && self.toks[i - 1].is_word()
                    && self.toks.get(i + 1).is_some_and(|m| m.cue == Some(CueKind::Verb))
                    && {
                        let (_, se) = self.sent_range(i);
                        self.subject_after(i + 1, se).is_some_and(|(_, e)| {
                            let k = self.tok_at(e.saturating_sub(1)) + 1;
                            self.toks.get(k..se).is_some_and(|rest| rest.iter().all(|t| t.is_punct() && !t.mark))
                        })
                    });
            // «... بنسبة 40 في المائة على حد قول غوميز», «على حد تعبيره»
            let hadd = self.toks[i].norm == "حد"
                && i > 0
                && self.toks[i - 1].raw.trim_start_matches('و') == "على"
                && self.toks.get(i + 1).is_some_and(|t| matches!(t.norm, "قول" | "تعبير" | "قوله" | "قولها" | "تعبيره" | "تعبيرها"));
            if self.toks[i].cue != Some(CueKind::Source) && !is_kama && !hadd {
                continue;
            }
            let (ss, se) = self.sent_range(i);
            let (speaker, phrase_end) = if hadd {
                if matches!(self.toks[i + 1].norm, "قول" | "تعبير") {
                    let sp = self.phrase(i + 2, se);
                    (sp, sp.map_or(i + 2, |(_, e)| self.tok_at(e.saturating_sub(1)) + 1))
                } else {
                    (self.carry(i), i + 2)
                }
            } else if is_kama {
                let sp = self.subject_after(i + 1, se);
                (sp.or_else(|| self.carry(i)), sp.map_or(i + 2, |(_, e)| self.tok_at(e.saturating_sub(1)) + 1))
            } else {
                match self.source_speaker(i) {
                    Some(x) => x,
                    None => continue,
                }
            };
            // (a saying or data is no source: «كما يقول المثل»)
            let Some(speaker) = speaker.filter(|&sp| !self.is_data(sp)) else { continue };
            // «وذكرت الصحيفة نقلا عن مسؤول أن ...»: a source phrase between a report's cue and its clause relays it
            let bs = self.toks[i].bs;
            if found.iter().any(|q| {
                q.kind == QuoteKind::Indirect
                    && q.content.0 > bs
                    && q.attr.cue.is_some_and(|c| c < i && self.toks.get(c).is_some_and(|t| t.sent == self.toks[i].sent))
            }) {
                continue;
            }
            // the clause: before the source (post) or after the phrase (pre)
            // (after «، وذلك»: «... ريالات) ، وذلك طبقا لموقع X» ends before it)
            let src = if hadd || (i > 0 && self.toks[i - 1].norm == "وذلك") { i - 1 } else { i };
            let mut first = ss;
            while first < src && (words::is_connective(self.toks[first].norm) || self.toks[first].is_punct()) {
                first += 1;
            }
            if hadd && first >= src {
                continue;
            }
            // «* كابل - «الشرق الأوسط»: قتل ستة ...»: a dateline opening the paragraph is not part of the clause
            if let Some(c) = (first..src.min(first + 10)).find(|&c| self.toks[c].norm == ":")
                && self.toks[first..c].iter().any(|t| matches!(t.norm, "-" | "–"))
                && c + 1 < src
            {
                first = c + 1;
            }
            let (a, b) = if first >= src {
                // «بحسب X، <clause>»
                let mut k = phrase_end;
                while k < se && self.toks[k].is_punct() && !self.toks[k].mark {
                    k += 1;
                }
                // «وبحسب X فإن <clause>», «ووفقا لـX فقد <clause>»: the particle opens the clause, it is not in it
                if k + 1 < se && words::opens_main_clause(self.toks[k].norm) {
                    k += 1;
                }
                if k >= se {
                    continue;
                }
                (self.toks[k].bs, self.clause_end(k, se))
            } else {
                // «<clause>، بحسب X»: the clause is the sentence up to the source word (without an attached و: «ويشتري
                // بعض الأميركيين منازل ...، بحسب X» → «يشتري ...»)
                let t = &self.toks[first];
                let conj = if t.kind == TokenKind::Arabic && t.raw.starts_with(['و', 'ف']) { words::attached_conjunction(t.norm) } else { 0 };
                (t.bs + conj, self.clause_end(first, src))
            };
            if b <= a || self.text[a..b].split_whitespace().count() < 3 {
                continue;
            }
            if taken.any_overlap(a, b) {
                continue;
            }
            // a clause that is just a quotation: the source attributes that direct quote
            if self.inside_pair(a, b) {
                continue;
            }
            let attr = Attribution { cue: Some(if is_kama || hadd { i + 1 } else { i }), speaker: Some(speaker), carried: false };
            out.push(RawQuote { content: (a, b), kind: QuoteKind::Indirect, attr, confidence: 0.7, drop: false });
        }
        out
    }

    /// Build the public item: spans, texts, speaker refinement and entity.
    fn finish(&self, index: &TextIndex, q: RawQuote) -> Option<Quote> {
        let (a, b) = q.content;
        let text = self.text.get(a..b)?;
        if text.trim().is_empty() {
            return None;
        }
        let part = |(x, y): (usize, usize)| -> Option<QuotePart> {
            let t = self.text.get(x..y)?;
            (!t.trim().is_empty()).then(|| QuotePart { text: t.to_string(), span: index.span(x, y) })
        };
        let cue = q.attr.cue.and_then(|c| self.toks.get(c)).and_then(|t| part(self.strip_cue_clitic(t)));
        let (speaker, entity) = match q.attr.speaker {
            Some(sp) => {
                let (sp, ent) = match self.resolve_honorific(sp) {
                    Some(e) => ((e.span.byte_start, e.span.byte_end), Some(e)),
                    None => self.refine_speaker(sp),
                };
                (part(sp), ent.and_then(|e| Some(SpeakerEntity { text: self.text.get(e.span.byte_start..e.span.byte_end)?.to_string(), span: e.span, label: e.label })))
            }
            None => (None, None),
        };
        Some(Quote {
            text: text.to_string(),
            span: index.span(a, b),
            kind: q.kind,
            speaker,
            cue,
            confidence: (q.confidence * 100.0).round() / 100.0,
            speaker_entity: entity,
        })
    }

    /// The cue token as written (the guidelines keep the attached و/ف: «وقال»).
    fn strip_cue_clitic(&self, t: &Tok) -> (usize, usize) {
        (t.bs, t.be)
    }
}

/// Quotes (hover: kind, speaker, cue) and their speakers.
pub fn highlights(doc: &Document) -> Vec<crate::html::Highlight> {
    let mut hs = Vec::new();
    for q in doc.quotes.iter().flatten() {
        let speaker = q.speaker.as_ref().map_or("?", |s| s.text.as_str());
        let cue = q.cue.as_ref().map_or("", |c| c.text.as_str());
        let kind = match q.kind {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        };
        hs.push(crate::html::Highlight {
            byte_start: q.span.byte_start,
            byte_end: q.span.byte_end,
            class: "quote",
            title: format!("{kind} quote — {speaker} ({cue}) {:.2}", q.confidence),
        });
        if let Some(s) = &q.speaker
            && !s.span.overlaps(&q.span)
        {
            hs.push(crate::html::Highlight { byte_start: s.span.byte_start, byte_end: s.span.byte_end, class: "speaker", title: format!("speaker: {}", s.text) });
        }
    }
    hs
}

/// Flag the tokens inside the dates layer's spans (both in text order), leaving out recurrences («السنوي» in
/// «التقرير السنوي»), dates opening with digits, often names («قوى 14 آذار», «كأس العالم 2018»), and bare month
/// names.
fn mark_dates(toks: &mut [Tok], dates: &[crate::dates::DateItem]) {
    let mut d = 0;
    for t in toks.iter_mut() {
        while dates.get(d).is_some_and(|x| x.span.byte_end <= t.bs) {
            d += 1;
        }
        t.in_date = dates.get(d).is_some_and(|x| {
            x.span.byte_start < t.be
                && t.bs < x.span.byte_end
                && x.kind != crate::dates::DateType::Set
                && !x.text.starts_with(|c: char| c.is_numeric())
                // a bare month name may be a place («في اب»: Ibb or August)
                && (x.text.contains(' ') || x.value.as_ref().is_none_or(|v| v.len() != 7))
        });
    }
}

/// Cue forms that are far more often something else mid-clause lose their cue, and so do cues inferring from a
/// fact («مما يشير الى ان», «وهذا يؤكد»): «بين» is the preposition
/// «between» unless it opens its clause («وبين الحمراني أن», «من جهته، بين البائع»), and «تابع لـ» is «belonging
/// to».
fn demote_homographs(text: &str, toks: &mut [Tok]) {
    for i in 0..toks.len() {
        if toks[i].cue.is_none() {
            continue;
        }
        let bare = toks[i].norm.strip_prefix(['و', 'ف']).unwrap_or(toks[i].norm);
        // a line break before the word opens a clause too (a heading without a full stop)
        let prev = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .filter(|p| p.sent == toks[i].sent && !text.get(p.be..toks[i].bs).is_some_and(|g| g.contains('\n')));
        let demote = match bare {
            "بين" => prev.is_some_and(|p| {
                !(p.is_punct() && !p.mark)
                    && !matches!(
                        p.norm,
                        "جهته" | "جهتها" | "جانبه" | "جانبها" | "ناحيته" | "ناحيتها" | "بدوره" | "بدورها" | "كما" | "وكما" | "قد" | "وقد" | "فيما" | "كذلك"
                    )
            }),
            "تابع" => toks[i].norm == "تابع" && toks.get(i + 1).is_some_and(|n| n.norm.starts_with('ل')),
            // «مصادر متابعة للتحقيقات»: «following» a thing, an adjective of the noun before it
            "متابعة" | "متابعا" => {
                toks.get(i + 1).is_some_and(|n| n.norm.starts_with('ل')) && prev.is_some_and(|p| p.kind == TokenKind::Arabic && !p.is_punct())
            }
            _ => false,
        };
        // «مما يشير الى ان», «وهذا يؤكد ان», «وهو ما تشير اليه»: a fact or a thing as subject infers, it does not report
        // (but «وهو ما شدد عليه الملك»: a definite subject after the verb and its pronoun reports)
        let named = toks.get(i + 1).is_some_and(|n| matches!(n.norm, "عليه" | "عليها" | "اليه" | "اليها" | "به" | "بها"))
            && toks.get(i + 2).is_some_and(|n| n.norm.starts_with("ال") && !words::is_fact_noun(n.norm) && !words::is_time_word(n.norm));
        let inference = !named && prev.is_some_and(|p| {
            matches!(p.norm, "مما" | "هذا" | "وهذا" | "هذه" | "وهذه")
                // «الأمر الذي يؤكد أن»: a fact as the antecedent
                || (matches!(p.norm, "الذي" | "التي") && i >= 2 && words::is_fact_noun(toks[i - 2].norm))
                || (p.norm == "ما"
                    && i >= 2
                    && matches!(toks[i - 2].norm, "وهو" | "هو" | "وهي" | "هي" | "وهذا" | "هذا" | "وذلك" | "ذلك"))
        });
        let demote = demote || inference;
        if demote {
            toks[i].cue = None;
        }
    }
}

fn is_trailing(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | '،' | ',' | '؛' | ';' | '!' | '?' | '؟' | '…' | '»' | '«' | '"' | '“' | '”')
}

#[cfg(test)]
mod tests;
