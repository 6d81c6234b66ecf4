//! The number layer: every numeric expression of a document with its value, kind and unit.

use crate::hash::FxSet as HashSet;
use std::sync::OnceLock;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

use super::words::{self, NumberWords, fold, norm_of};
use crate::document::Token;
use crate::error::{Error, Result};
use crate::span::Span;
use crate::tokenizer::TokenKind;

/// Background frequency (Zipf) a singular needs for its dual to carry the number 2 when no list names it.
const DUAL_SINGULAR_MIN_ZIPF: f32 = 3.5;

/// How much rarer (Zipf) than its singular such a dual must be: a word as common as its «singular» is a name or a
/// word of its own («مارتين», «لبنان»).
const DUAL_ZIPF_GAP: f32 = 1.0;

/// What a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberKind {
    Cardinal,
    Ordinal,
    Percent,
    Money,
    Fraction,
    Approx,
}

impl NumberKind {
    pub fn as_str(self) -> &'static str {
        match self {
            NumberKind::Cardinal => "cardinal",
            NumberKind::Ordinal => "ordinal",
            NumberKind::Percent => "percent",
            NumberKind::Money => "money",
            NumberKind::Fraction => "fraction",
            NumberKind::Approx => "approx",
        }
    }
}

/// One numeric expression. Money and percent spans include their currency/percent words; other units are not
/// part of the span. `text` is the document text at `span`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Number {
    pub text: CompactString,
    #[serde(flatten)]
    pub span: Span,
    pub value: f64,
    /// The counted noun or currency as written («مقاتلين», «دولار», «جنيه إسترليني»), if any.
    pub unit: Option<CompactString>,
    pub kind: NumberKind,
}

/// Number words that are part of a name: any after a person's first name («هنري الثامن», «عبد الواحد», «آل
/// ثاني», «شارون ستون»), and a number word whose proclitic letter the name keeps («وست هام يونايتد»: «West», not
/// «and six»). `names` are the entities in text order.
pub(crate) fn drop_name_parts(numbers: &mut Vec<Number>, tokens: &[Token], names: &[crate::entities::Entity]) {
    numbers.retain(|n| {
        if n.text.chars().next().is_none_or(|c| c.is_numeric()) {
            return true;
        }
        let k = names.partition_point(|e| e.span.byte_start < n.span.byte_start);
        let Some(e) = names[..k].last().filter(|e| n.span.byte_end <= e.span.byte_end) else { return true };
        // the name starts inside the number's own token, on the letter read as a proclitic
        let i = tokens.partition_point(|t| t.span.byte_end <= n.span.byte_start);
        if tokens.get(i).is_some_and(|t| t.span.byte_start == e.span.byte_start && t.span.byte_start < n.span.byte_start) {
            return false;
        }
        // a number word after a person's first name is part of the name («هنري الثامن», «آل ثاني», «أوليفر ستون»,
        // «الرقيب أول سيف الفلاسي»), unless it closes the name and counts what follows: the name ran on («كان
        // سوكارنو اول رئيس», «وصالح العمري هدفين»)
        let (Some(t), Some(prev)) = (tokens.get(i), i.checked_sub(1).and_then(|p| tokens.get(p))) else { return true };
        if e.label != crate::Label::PER || t.span.byte_start <= e.span.byte_start {
            return true;
        }
        let named = t.norm.starts_with("ال") || matches!(prev.norm.as_str(), "عبد" | "ال" | "العبد");
        let counts = n.unit.is_some() && n.span.byte_end == e.span.byte_end;
        !named && counts
    });
}

const DEFAULT_LEXICON: &str = include_str!("lexicon.txt");

/// The word lists the number layer uses (see `src/numbers/lexicon.txt` for the sections). All words are stored
/// folded (hamza alefs → ا, ى → ي, ة → ه, diacritics dropped).
#[derive(Debug, Clone, Default)]
pub struct NumberLexicon {
    currency: HashSet<CompactString>,
    currency_adj: HashSet<CompactString>,
    counted_duals: HashSet<CompactString>,
    time_unit: HashSet<CompactString>,
    month: HashSet<CompactString>,
    year_head: HashSet<CompactString>,
    name_head: HashSet<CompactString>,
    not_unit: HashSet<CompactString>,
    regnal_title: HashSet<CompactString>,
    foreign_name: HashSet<CompactString>,
    carrier: HashSet<CompactString>,
}

impl NumberLexicon {
    /// The built-in lexicon.
    pub fn builtin() -> Self {
        let mut lex = NumberLexicon::default();
        // The built-in file is well-formed (checked by a unit test).
        let _ = lex.add_text(DEFAULT_LEXICON);
        lex
    }

    /// Add entries in the lexicon file format: `[section]` lines, then one word per line, `#` comments.
    pub fn add_text(&mut self, text: &str) -> Result<()> {
        let mut section: Option<String> = None;
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.trim().to_string());
                continue;
            }
            let Some(s) = &section else {
                return Err(Error::InvalidLexicon(format!("line {}: a word before any [section]", n + 1)));
            };
            self.add(s, line)?;
        }
        Ok(())
    }

    /// Add one word to a section (`currency`, `currency_adj`, `counted`, `time_unit`, `month`, `year_head`,
    /// `name_head`, `regnal_title`, `foreign_name`, `not_unit`, `carrier`).
    pub fn add(&mut self, section: &str, word: &str) -> Result<()> {
        let n = crate::normalize::Normalizer::default().normalize_str(word.trim());
        let w = fold(&n);
        if w.is_empty() {
            return Err(Error::InvalidLexicon(format!("empty word in [{section}]")));
        }
        let set = match section {
            "currency" => &mut self.currency,
            "currency_adj" => &mut self.currency_adj,
            "counted" => {
                let stem = match w.strip_suffix('ه') {
                    Some(s) => format!("{s}ت"),
                    None => w.to_string(),
                };
                for end in ["ان", "ين"] {
                    self.counted_duals.insert(CompactString::from(format!("{stem}{end}")));
                }
                // the construct dual of a feminine noun: «سيارتا إسعاف»
                if w.ends_with('ه') {
                    self.counted_duals.insert(CompactString::from(format!("{stem}ا")));
                }
                return Ok(());
            }
            "time_unit" => &mut self.time_unit,
            "month" => &mut self.month,
            "year_head" => &mut self.year_head,
            "name_head" => &mut self.name_head,
            "not_unit" => &mut self.not_unit,
            "regnal_title" => &mut self.regnal_title,
            "foreign_name" => &mut self.foreign_name,
            "carrier" => &mut self.carrier,
            other => {
                return Err(Error::InvalidLexicon(format!(
                    "unknown section [{other}]: expected currency, currency_adj, counted, time_unit, month, year_head, name_head, regnal_title, foreign_name, not_unit or carrier"
                )));
            }
        };
        set.insert(CompactString::from(&*w));
        Ok(())
    }
}

/// Is `w` (or `w` without up to two proclitics: و/ف then ب/ل/ك) in `set`?
fn in_set(set: &HashSet<CompactString>, w: &str) -> bool {
    if set.contains(w) {
        return true;
    }
    let long = |r: &str| r.chars().count() >= 2;
    let w1 = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    if w1.len() != w.len() && long(w1) && set.contains(w1) {
        return true;
    }
    [w, w1].into_iter().any(|base| base.strip_prefix(['ب', 'ل', 'ك']).is_some_and(|r| long(r) && set.contains(r)))
}

/// Like [`in_set`], also without the article ال («البوينغ», «الاشهر», «بالاشهر»).
fn in_set_def(set: &HashSet<CompactString>, w: &str) -> bool {
    if in_set(set, w) {
        return true;
    }
    let w1 = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w2 = w1.strip_prefix(['ب', 'ك']).unwrap_or(w1);
    let rest = w2.strip_prefix("ال").or_else(|| w2.strip_prefix("لل"));
    rest.is_some_and(|r| r.chars().count() >= 2 && set.contains(r))
}

/// Finds numbers, money, percentages and quantities in tokenized text.
#[derive(Debug, Clone)]
pub struct NumberExtractor {
    lexicon: NumberLexicon,
    date_guard: bool,
}

impl Default for NumberExtractor {
    fn default() -> Self {
        NumberExtractor { lexicon: NumberLexicon::builtin(), date_guard: true }
    }
}

/// A found number before its text is cut out.
#[derive(Debug, Clone)]
struct Found {
    first_tok: usize,
    end_tok: usize, // exclusive, includes percent/currency words
    byte_start: usize,
    char_start: usize,
    value: f64,
    words: NumberWords,
    kind: NumberKind,
    unit: Option<(usize, usize, usize, usize)>, // byte_start, byte_end of the unit text (+ chars unused)
    leading_symbol: bool,
}

impl NumberExtractor {
    /// The built-in extractor, built once.
    pub fn shared() -> &'static NumberExtractor {
        static SHARED: OnceLock<NumberExtractor> = OnceLock::new();
        SHARED.get_or_init(NumberExtractor::default)
    }

    /// Whether normalized word `norm` (clitics and article off) names a currency or completes its name
    /// («دولار», «ريالا», «استرليني»).
    pub(crate) fn is_currency_word(&self, norm: &str) -> bool {
        let w = words::fold(norm);
        self.lexicon.currency.contains(&*w) || self.lexicon.currency_adj.contains(&*w)
    }

    /// Add lexicon entries (the `src/numbers/lexicon.txt` format: `[section]` lines, one word per line).
    pub fn with_lexicon(mut self, text: &str) -> Result<Self> {
        self.lexicon.add_text(text)?;
        Ok(self)
    }

    /// Whether to leave out numbers that look like parts of dates, times and durations («عام 2011», «12 مايو»,
    /// «ثلاث سنوات», «10:30») when no dates layer supplies the spans (on by default).
    pub fn with_date_guard(mut self, on: bool) -> Self {
        self.date_guard = on;
        self
    }

    /// Every number in `tokens` (tokens of `text`), leaving out any that overlaps a span of `exclude` (e.g. the
    /// dates layer's items).
    pub fn extract(&self, text: &str, tokens: &[Token], exclude: &[Span]) -> Vec<Number> {
        self.extract_shared(text, tokens, exclude, &words::NumberParses::new(tokens.len()))
    }

    /// [`NumberExtractor::extract`] with the number readings shared with the dates layer.
    pub(crate) fn extract_shared(&self, text: &str, tokens: &[Token], exclude: &[Span], parses: &words::NumberParses) -> Vec<Number> {
        let mut found: Vec<Found> = Vec::new();
        let code = code_runs(text);
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if !matches!(t.kind, TokenKind::Arabic | TokenKind::Number) || code.iter().any(|r| r.contains(&t.span.byte_start)) {
                i += 1;
                continue;
            }
            let Some(m) = parses.get(tokens, i) else {
                if let Some(f) = self.dual_noun(tokens, i) {
                    found.push(f);
                }
                i += 1;
                continue;
            };
            let end_tok = (i + m.len).min(tokens.len()).max(i + 1);
            if m.fraction && m.definite && m.scale == 1.0 {
                // «الربع الثاني», «النصف الأول», «الربع الأخير», «الربع السنوي»: a period of the year
                if parses.get(tokens, end_tok).is_some_and(|o| o.ordinal) {
                    i = end_tok + 1;
                    continue;
                }
                if Self::folded(tokens, end_tok).is_some_and(|w| w.starts_with("ال") && w.chars().count() > 3) {
                    i = end_tok;
                    continue;
                }
            }
            if self.leave_out(text, tokens, i, end_tok, &m) {
                i = end_tok;
                continue;
            }
            if let Some(f) = self.in_parentheses(tokens, parses, i, end_tok, m) {
                i = f.end_tok.max(i + 1);
                found.push(f);
                continue;
            }
            let f = self.complete(tokens, i, end_tok, m);
            i = f.end_tok.max(i + 1);
            found.push(f);
        }
        share_ranges(tokens, &mut found);
        found
            .into_iter()
            .filter_map(|f| {
                let last = tokens.get(f.end_tok.checked_sub(1)?)?;
                let (bs, cs) = if f.leading_symbol {
                    let s = tokens.get(f.first_tok.checked_sub(1)?)?;
                    (s.span.byte_start, s.span.start)
                } else {
                    (f.byte_start, f.char_start)
                };
                let span = Span { start: cs, end: last.span.end, byte_start: bs, byte_end: last.span.byte_end };
                let t = text.get(span.byte_start..span.byte_end)?;
                if t.is_empty() || exclude.iter().any(|e| e.overlaps(&span)) {
                    return None;
                }
                let unit = f.unit.and_then(|(a, b, _, _)| text.get(a..b)).map(CompactString::from);
                Some(Number { text: CompactString::from(t), span, value: f.value, unit, kind: f.kind })
            })
            .collect()
    }

    /// Digits in parentheses (or quotation marks) before what they count, as official Saudi text writes them: «(365)
    /// وظيفة» (the unit after the bracket; the span stays the digits), «(300) ألف ريال», «(300) ألف شخص» (a scale
    /// word after it: one number, 300000, whose span opens at the bracket), «(15) %», «"400" ريال».
    fn in_parentheses(&self, tokens: &[Token], parses: &words::NumberParses, i: usize, end_tok: usize, m: NumberWords) -> Option<Found> {
        const PAIRS: [(&str, &str); 4] = [("(", ")"), ("\"", "\""), ("«", "»"), ("“", "”")];
        let open = tokens.get(i.checked_sub(1)?)?;
        let close = tokens.get(end_tok)?;
        if !PAIRS.iter().any(|&(o, c)| open.text == o && close.text == c) || end_tok != i + 1 || !m.digits || m.words || m.prefix_bytes != 0 {
            return None;
        }
        let after = end_tok + 1;
        // up to three quoted digits after a definite noun or «رقم» are an item's number («العقد "12" تشغيل», «رقم “6”
        // المتجه»; not «والمصدرة “1,313,501” طن»), and a definite word or one after ب is no counted noun («"57357"
        // بمصر»)
        if open.text != "(" {
            let labelled = i >= 2
                && tokens[i].text.chars().count() <= 3
                && Self::folded(tokens, i - 2).is_some_and(|w| {
                    let w = w.strip_prefix(['و', 'ف']).unwrap_or(&w);
                    w.starts_with("ال") || w.starts_with("بال") || w == "رقم"
                });
            let bg = crate::keywords::lexicon::background();
            let after_b = |w: &str| w.strip_prefix('ب').and_then(|r| bg.word(r)).is_some_and(|z| bg.word(w).is_none_or(|x| z > x));
            let counted = tokens.get(after).is_some_and(|t| !t.norm.starts_with("ال") && !after_b(&t.norm));
            if labelled || !counted {
                return None;
            }
        }
        let with_open = |mut f: Found| {
            f.first_tok = i - 1;
            f.byte_start = open.span.byte_start;
            f.char_start = open.span.start;
            f.leading_symbol = false;
            f
        };
        // a bare scale word after the bracket multiplies the number: «(300) ألف ريال»
        // (a plural scale too: «(5) آلاف راكب», «(11,9) ملايين راكب»)
        if let Some(sc) = parses.get(tokens, after).filter(|x| {
            x.words && !x.digits && !x.ordinal && !x.fraction && (!x.approx || x.len == 1) && x.prefix_bytes == 0 && x.scale > 1.0 && x.value == x.scale
        }) {
            let joined = NumberWords { value: m.value * sc.scale, len: sc.len, scale: sc.scale, words: true, ..m };
            return Some(with_open(self.complete(tokens, after, after + sc.len, joined)));
        }
        let f = self.complete(tokens, i, after, m);
        // after a bracket, a word opening with و is mostly the next clause («السويلم (40) وعبدالله السالم»,
        // «(٢٤) وقلب»), unless و is its first root letter («(365) وظيفة»)
        if f.kind == NumberKind::Cardinal
            && let Some((ub, ue, _, _)) = f.unit
            && let Some(w) = tokens.get(after).filter(|t| t.span.byte_start == ub && t.span.byte_end == ue).map(|t| fold(norm_of(t)))
            && w.starts_with('و')
            && !["وظيف", "وحد", "وجب", "ورق", "وثيق", "ولاي", "وسيل", "وكال", "وزير", "وزار", "ورش", "وفا", "وفي", "وصل", "وعاء", "ودائع", "وديع"]
                .iter()
                .any(|r| w.starts_with(r))
        {
            return None;
        }
        match f.kind {
            NumberKind::Money | NumberKind::Percent if f.end_tok > after => Some(with_open(f)),
            // a counted noun after the bracket: the span stays the digits
            _ if f.unit.is_some() => Some(Found { end_tok: i + 1, ..f }),
            _ => None,
        }
    }

    fn folded(tokens: &[Token], k: usize) -> Option<std::borrow::Cow<'_, str>> {
        tokens.get(k).filter(|t| t.kind == TokenKind::Arabic).map(|t| fold(norm_of(t)))
    }

    /// An indefinite feminine dual of a common noun that the `counted` list lacks, normalized («محاضرتين»,
    /// «فترتين»), when the singular is common and the dual much rarer than it (not «مارتين», Martin), and no unit of
    /// time (the dates layer's). (Masculine duals in ان are as often verbs and names: «يتفقان», «خلفان».)
    fn common_dual(&self, w: &str) -> bool {
        let Some(singular) = w.strip_suffix("تين").or_else(|| w.strip_suffix("تان")).map(|s| format!("{s}ة")) else {
            return false;
        };
        if singular.starts_with("ال") || singular.chars().count() < 3 || in_set(&self.lexicon.time_unit, &fold(&singular)) {
            return false;
        }
        let bg = crate::keywords::lexicon::background();
        bg.word(&singular).is_some_and(|z| z >= DUAL_SINGULAR_MIN_ZIPF && bg.word(w).is_none_or(|d| d <= z - DUAL_ZIPF_GAP))
    }

    /// A dual noun that carries the number 2 («مترين», «باخرتان», «دولارين», «محاضرتين»).
    fn dual_noun(&self, tokens: &[Token], i: usize) -> Option<Found> {
        let t = tokens.get(i)?;
        if t.kind != TokenKind::Arabic {
            return None;
        }
        // every counted dual («...ان», «...ين», «...تا») and dual currency ends in ن or ا once folded
        if !matches!(norm_of(t).chars().rev().find_map(words::fold_char), Some('ن' | 'ا')) {
            return None;
        }
        let w = fold(norm_of(t));
        let lex = &self.lexicon;
        let is_dual_currency = |x: &str| lex.currency.contains(x) && (x.ends_with("ان") || x.ends_with("ين")) && x.chars().count() > 3;
        let (prefix, money) = if lex.counted_duals.contains(&*w) {
            (0, false)
        } else if is_dual_currency(&w) {
            (0, true)
        } else {
            let rest = w.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']);
            let norm = norm_of(t);
            // (a dual right after a word of a dual's shape agrees with it: «عمليتين خاطفتين», «وحدتين سكنيتين
            // جديدتين», «ما تزالان عالقتين»)
            let after_dual = i > 0 && Self::folded(tokens, i - 1).is_some_and(|p| p.ends_with("ان") || p.ends_with("ين"));
            if rest.is_some_and(|r| lex.counted_duals.contains(r)) {
                (1, false)
            } else if rest.is_some_and(is_dual_currency) {
                (1, true)
            } else if after_dual {
                return None;
            } else if self.common_dual(norm) {
                (0, false)
            } else if norm.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']).is_some_and(|r| self.common_dual(r)) {
                (1, false)
            } else {
                return None;
            }
        };
        let (pb, pc) = first_letters(&t.text, prefix);
        let words = NumberWords {
            value: 2.0,
            len: 1,
            prefix_chars: pc,
            prefix_bytes: pb,
            ordinal: false,
            fraction: false,
            approx: false,
            definite: false,
            digits: false,
            words: true,
            scale: 1.0,
            dual: true,
        };
        let bs = t.span.byte_start + pb;
        Some(Found {
            first_tok: i,
            end_tok: i + 1,
            byte_start: bs,
            char_start: t.span.start + pc,
            value: 2.0,
            words,
            kind: if money { NumberKind::Money } else { NumberKind::Cardinal },
            unit: Some((bs, t.span.byte_end, 0, 0)),
            leading_symbol: false,
        })
    }

    /// Numbers that belong to dates, times, names, phone numbers, list markers, or mean "one of".
    fn leave_out(&self, text: &str, tokens: &[Token], i: usize, end: usize, m: &NumberWords) -> bool {
        let lex = &self.lexicon;
        let t = &tokens[i];
        let prev = i.checked_sub(1).and_then(|k| tokens.get(k));
        let next = tokens.get(end);
        let prev_f = i.checked_sub(1).and_then(|k| Self::folded(tokens, k));
        let next_f = Self::folded(tokens, end);
        let adjacent = |a: &Token, b: &Token| a.span.byte_end == b.span.byte_start;
        let is_punct = |tok: Option<&Token>, s: &str| tok.is_some_and(|x| matches!(x.kind, TokenKind::Punct | TokenKind::Symbol) && x.text == s);
        let single_digits = m.digits && end - i == 1;

        // a foreign name whose first word reads as a number word: «وست بروميتش» (West Bromwich, not «and six»)
        if !m.digits
            && let Some(n) = next_f.as_deref()
            && self.lexicon.foreign_name.contains(format!("{} {n}", fold(norm_of(t))).as_str())
        {
            return true;
        }
        // «واحد من», «واحدة منها»: "one of"
        if !m.digits && m.value == 1.0 && !m.ordinal && next_f.as_deref().is_some_and(|n| n == "من" || (n.starts_with("من") && n.chars().count() <= 5 && !lex.not_unit.contains(n))) {
            return true;
        }
        // «0.76 في المائة» when the digits were left out: «المائة» alone after «في» is not a number
        if !m.digits && m.definite && m.value == 100.0 && prev_f.as_deref() == Some("في") {
            return true;
        }
        // «صفر الحكم»: the verb «صفّر»
        if !m.digits && m.value == 0.0 && next_f.as_deref().is_some_and(|n| n.starts_with("ال")) {
            return true;
        }
        // regnal numbers: «الملك محمد السادس», «البابا بنديكت السادس عشر», «الملك عبد الله الثاني»
        if m.ordinal && m.definite && !m.digits {
            let titled = (1..=3).any(|d| i.checked_sub(d).and_then(|k| Self::folded(tokens, k)).is_some_and(|w| in_set(&lex.regnal_title, &w)));
            if titled {
                return true;
            }
        }
        // «لم تسع»: the verb «تسعى» (strive) in the jussive
        if !m.digits && end - i == 1 && Self::folded(tokens, i).as_deref() == Some("تسع") && prev_f.as_deref().is_some_and(|p| matches!(p, "لم" | "ولم" | "فلم" | "لن" | "ولن" | "فلن" | "كي" | "لكي")) {
            return true;
        }
        // «الاثنين» is Monday (the ordinal «الثاني» is second)
        if !m.digits && !m.ordinal && m.value == 2.0 && m.definite && end - i == 1 {
            return true;
        }
        if m.digits {
            // the power of a unit of area: the «2» of «م 2»
            if single_digits && i.checked_sub(1).and_then(|k| square_unit(tokens, k)) == Some(i) {
                return true;
            }
            // a short code for text messages, named by its carrier: «أرسل sms إلى 88548 الاتصالات»
            if single_digits && next_f.as_deref().is_some_and(|n| self.lexicon.carrier.contains(n)) {
                return true;
            }
            // names and models: «جنيف 3», «جنيف - 2», «إف-16», «F 16», «رقم" 298 "»
            let head = match prev {
                Some(p) if matches!(p.text.as_str(), "(" | "-" | "\"" | "«" | "“") => i.checked_sub(2).and_then(|k| Self::folded(tokens, k)),
                _ => prev_f.clone(),
            };
            if head.as_deref().is_some_and(|p| in_set_def(&lex.name_head, p)) {
                return true;
            }
            // a stock index named by a foreign name and a number: «مؤشر يوروفرست 300», «مؤشر ستوكس يوروب 600» (but
            // «مؤشر داو جونز 100 نقطة» moved by 100 points, and «مؤشر البورصة 300» is no name)
            let index_name = (2..=3).any(|d| {
                i.checked_sub(d).is_some_and(|h| {
                    Self::folded(tokens, h).is_some_and(|w| matches!(w.trim_start_matches(['و', 'ل']), "مؤشر" | "موشر"))
                        && (h + 1..i).all(|k| Self::folded(tokens, k).is_some_and(|w| !w.starts_with("ال") && !lex.not_unit.contains(&*w)))
                })
            });
            let points = next_f.as_deref().is_some_and(|n| n.starts_with("نقط") || matches!(n, "في" | "بالمئه" | "بالمائه"))
                || tokens.get(end).is_some_and(|x| matches!(x.text.as_str(), "%" | "٪"));
            if index_name && end - i == 1 && !points {
                return true;
            }
            // a letter glued before the digits («د54», «A4») that is not a proclitic or «الـ»
            if let Some(p) = prev
                && p.kind.is_word() && adjacent(p, t) && !p.text.ends_with('\u{0640}')
            {
                let w = fold(norm_of(p));
                let proclitic = w.chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')) && w.chars().count() <= 2;
                if !proclitic {
                    return true;
                }
            }
            if let Some(p) = prev {
                if p.kind == TokenKind::Latin {
                    return true;
                }
                if is_punct(Some(p), "-") && adjacent(p, t)
                    && let Some(pp) = i.checked_sub(2).and_then(|k| tokens.get(k))
                        && pp.kind.is_word() && adjacent(pp, p) {
                            return true;
                        }
                // phone numbers «+966...»
                if p.kind == TokenKind::Symbol && p.text == "+" && adjacent(p, t) {
                    return true;
                }
            }
            // «برنامج "صيفك أحلى 36"», «بعنوان «يوتيوب 15»»: digits closing a short quoted title name it
            if single_digits
                && next.is_some_and(|x| x.kind == TokenKind::Punct && x.text.contains(['»', '"', '”']) && adjacent(t, x))
                && prev.is_some_and(|p| p.kind == TokenKind::Arabic)
                && (i.saturating_sub(4)..i).rev().find(|&k| tokens[k].kind != TokenKind::Arabic).is_some_and(|k| {
                    tokens[k].kind == TokenKind::Punct && tokens[k].text.contains(['«', '"', '“']) && k + 1 < i
                })
            {
                return true;
            }
            // «مجموعة 5+1»: digits joined by «+» name a group (the «1» after «+» is left out above)
            let digits_after = |x: &Token| tokens.get(end + 1).is_some_and(|y| y.kind == TokenKind::Number && adjacent(x, y));
            if single_digits && next.is_some_and(|x| x.text == "+" && adjacent(t, x) && digits_after(x)) {
                return true;
            }
            if single_digits {
                let n = norm_of(t);
                let nd = n.chars().filter(|c| c.is_ascii_digit()).count();
                if nd == n.len() && (nd >= 9 || (n.starts_with('0') && nd >= 3)) {
                    return true;
                }
                // list markers at the start of a line or after «:» or a full stop: «1.», «2)», «3 -»
                let line_start = text.get(..t.span.byte_start).is_some_and(|before| {
                    let b = before.trim_end_matches([' ', '\t', '\u{00A0}']);
                    b.is_empty() || b.ends_with(['\n', ':', '.', '؛', ';'])
                });
                if line_start && m.value < 100.0 && next.is_some_and(|x| matches!(x.text.as_str(), "." | ")" | "-" | "–" | "/")) {
                    return true;
                }
                // footnotes «[1]»
                if is_punct(prev, "[") && is_punct(next, "]") {
                    return true;
                }
            }
        }
        if !self.date_guard {
            return false;
        }
        // clocks and slashed dates: «10:30», «12/5/2016»
        if m.digits && end - i == 1 {
            let sep = ":";
            if next.is_some_and(|x| x.text == sep && adjacent(t, x)) && tokens.get(end + 1).is_some_and(|y| y.kind == TokenKind::Number) {
                return true;
            }
            if prev.is_some_and(|x| x.text == sep && adjacent(x, t)) && i >= 2 && tokens.get(i - 2).is_some_and(|y| y.kind == TokenKind::Number) {
                return true;
            }
            // «7 / 11 / 1436هـ», «12/5/2016», «12/5»: a chain of numbers joined by «/» (a score «4/ 2» stays)
            let is = |k: usize, s: &str| tokens.get(k).is_some_and(|x| x.text == s);
            let num = |k: usize| tokens.get(k).is_some_and(|x| x.kind == TokenKind::Number);
            let (mut a, mut b) = (i, i);
            while a >= 2 && is(a - 1, "/") && num(a - 2) {
                a -= 2;
            }
            while is(b + 1, "/") && num(b + 2) {
                b += 2;
            }
            let parts = (b - a) / 2 + 1;
            let tight = (a..b).all(|k| tokens.get(k).zip(tokens.get(k + 1)).is_some_and(|(x, y)| adjacent(x, y)));
            // (two numbers are a day and a month only when they can be: «(0/2)», «3/0» are scores)
            let value = |k: usize| tokens.get(k).and_then(|x| norm_of(x).parse::<u32>().ok());
            let day_month = |x: u32, y: u32| (1..=31).contains(&x) && (1..=12).contains(&y);
            let date_like = matches!((value(a), value(b)), (Some(x), Some(y)) if day_month(x, y) || day_month(y, x));
            // (numbers after «رقم» name something: «القرار رقم 1/1559»)
            let named = a.checked_sub(1).and_then(|k| Self::folded(tokens, k)).is_some_and(|w| in_set_def(&lex.name_head, &w));
            if parts >= 3 || (parts == 2 && tight && (date_like || named)) {
                return true;
            }
        }
        // durations and ages: «ثلاث سنوات», «24 ساعة» (but «مليونين عام 2005» is a count then a year)
        if let Some(n) = &next_f
            && in_set(&lex.time_unit, n) && !tokens.get(end + 1).is_some_and(|y| y.kind == TokenKind::Number)
            && !light_years(tokens, end)
        {
            return true;
        }
        if let Some(p) = &prev_f {
            // «الساعة 10», «الساعة العاشرة», «القرن العشرين»
            if matches!(&**p, "الساعه" | "ساعه" | "القرن") {
                return true;
            }
            // «كانون الثاني», «ربيع الاول», «جمادى الاولى»
            if m.ordinal && !m.digits && matches!(&**p, "كانون" | "تشرين" | "ربيع" | "جمادي" | "جماد") {
                return true;
            }
        }
        // «وأحد هؤلاء»: و + «أحد» "one of" (the surface keeps the hamza that «واحد» "one" has not)
        let hamza_after_waw = t.text.strip_prefix('و').is_some_and(|r| r.starts_with(['أ', 'إ']));
        if !m.digits && !m.ordinal && m.value == 1.0 && end - i == 1 && hamza_after_waw {
            return true;
        }
        // groups named by a number: «مجموعة العشرين», «قمة العشرين», «مجموعة الدول السبع»; «ثاني أكسيد الكربون»
        if !m.digits && m.definite && end - i == 1 {
            let group = |k: usize| Self::folded(tokens, k).is_some_and(|w| matches!(w.trim_start_matches(['و', 'ل', 'ب']), "مجموعه" | "قمه"));
            let states = |k: usize| Self::folded(tokens, k).is_some_and(|w| matches!(&*w, "دول" | "الدول"));
            if i.checked_sub(1).is_some_and(group) || (i >= 2 && states(i - 1) && group(i - 2)) {
                return true;
            }
        }
        if m.ordinal && !m.definite && next_f.as_deref().is_some_and(|n| n == "اكسيد") {
            return true;
        }
        // «أولاً بأول»
        if m.ordinal && m.value == 1.0 && prev_f.as_deref() == Some("اولا") {
            return true;
        }
        // «أولا» is the adverb "first" («فكر أولا») unless it heads a list's item («أولا: …», as «ثانيا: …» does)
        if m.ordinal && !m.digits && Self::folded(tokens, i).is_some_and(|w| w == "اولا") && !is_punct(next, ":") {
            return true;
        }
        // «اول امس», «اول من امس» (not «اجتماعها الأول أمس الأول»)
        if m.ordinal
            && (next_f.as_deref().is_some_and(|n| n == "امس") && Self::folded(tokens, end + 1).is_none_or(|n| n != "الاول")
                || (next_f.as_deref() == Some("من") && Self::folded(tokens, end + 1).is_some_and(|n| n == "امس")))
        {
            return true;
        }
        let month_after = |mut k: usize| -> bool {
            // «17 و25 ديسمبر», «3-5 مايو»
            while tokens.get(k).is_some_and(|x| x.text == "و" || x.text == "-") && tokens.get(k + 1).is_some_and(|y| y.kind == TokenKind::Number) {
                k += 2;
            }
            match Self::folded(tokens, k) {
                Some(w) if w == "من" => Self::folded(tokens, k + 1).is_some_and(|x| in_set(&lex.month, &x)),
                Some(w) => in_set(&lex.month, &w),
                None => false,
            }
        };
        // «النصف الثاني من عام 2014», «الاسبوع الاول من الشهر»
        {
            let mut k = end;
            if Self::folded(tokens, k).is_some_and(|w| matches!(words::word_atom(&w), Some(words::Atom::Ordinal { .. }))) {
                k += 1;
            }
            if Self::folded(tokens, k).as_deref() == Some("من")
                && Self::folded(tokens, k + 1).is_some_and(|w| {
                    in_set_def(&lex.month, &w) || in_set_def(&lex.year_head, &w) || in_set_def(&lex.time_unit, &w)
                })
                && (m.ordinal || m.fraction)
            {
                return true;
            }
        }
        // «الأشهر الثلاثة», «الأيام العشرة» (but «اليوم الأول للمهرجان» ranks)
        if m.definite && !m.digits && !m.ordinal && prev_f.as_deref().is_some_and(|p| in_set_def(&lex.time_unit, p) && !in_set(&lex.time_unit, p)) {
            return true;
        }
        let integer = m.value.fract() == 0.0;
        // day numbers: «12 مايو», «الاول من نيسان»
        if integer && (1.0..=31.0).contains(&m.value) && month_after(end) && (m.digits || m.ordinal) {
            return true;
        }
        if m.digits && integer && end - i == 1 {
            let n = norm_of(t);
            let four = n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit());
            // a month or a year word just before, possibly across «(يوليو)» or «/»
            let mut back = i;
            let mut prev_year_head = false;
            for _ in 0..4 {
                let Some(k) = back.checked_sub(1) else { break };
                back = k;
                let Some(p) = tokens.get(k) else { break };
                // «هذا العام (13) مليون راكب»: two digits in brackets are a count, not a year
                if p.text == "(" && n.len() <= 2 {
                    break;
                }
                if matches!(p.text.as_str(), "(" | ")" | "/" | "،" | ",") {
                    continue;
                }
                let w = fold(norm_of(p));
                prev_year_head = p.kind == TokenKind::Arabic && (in_set_def(&lex.month, &w) || in_set_def(&lex.year_head, &w));
                break;
            }
            if n.len() <= 4 && prev_year_head {
                return true;
            }
            if n.len() <= 4 && next_f.as_deref().is_some_and(|x| matches!(x, "م" | "ه" | "هـ")) && square_unit(tokens, end).is_none() {
                return true;
            }
            // a bare year (1900–2100, or Hijri 1380–1500) after «في»/«منذ»..., or with no counted noun after it
            if four && ((1900.0..=2100.0).contains(&m.value) || (1380.0..=1500.0).contains(&m.value)) {
                let after_prep = prev_f.as_deref().is_some_and(|p| {
                    matches!(p, "في" | "منذ" | "حتي" | "قبل" | "بعد" | "خلال" | "مطلع" | "نهايه" | "بدايه" | "اواخر" | "اوايل" | "اوائل" | "منتصف" | "وفي" | "ومنذ")
                });
                // «(1500) مستفيد»: the counted noun may follow the closing bracket
                let bracketed = is_punct(prev, "(") && is_punct(next, ")");
                let noun_after = self.unit_at(tokens, if bracketed { end + 1 } else { end }).is_some_and(|k| {
                    let w = fold(norm_of(&tokens[k]));
                    !w.starts_with(['ب', 'ل', 'ك', 'و', 'ف']) && !w.starts_with("ال")
                });
                if after_prep || !noun_after {
                    return true;
                }
            }
        }
        false
    }

    /// The counted noun at token `k`, if the token can be one (not a verb: «5 قتلوا», «100 ألف يلقون»).
    fn unit_at(&self, tokens: &[Token], k: usize) -> Option<usize> {
        let t = tokens.get(k)?;
        match t.kind {
            TokenKind::Latin => Some(k),
            TokenKind::Arabic => {
                let w = fold(norm_of(t));
                // a counted noun is indefinite and carries no preposition: not one proclitic and the article
                // before a word («بالمقارنة», «للمرة», «والمشاركين»), nor a pronoun («أربعة منهم» counts people
                // already named)
                let clitic_article = crate::clitics::Proclitics::scan(&w)
                    .article(&w)
                    .is_some_and(|a| a.letters == 1 && w[a.rest..].chars().count() >= 2);
                // nor و and a word more common without it: the next clause («مقتل اثنين وإصابة ثلاثة»; «وظيفة»,
                // «وحدة» are words of their own)
                let bg = crate::keywords::lexicon::background();
                let zipf = |x: &str| bg.word(x).unwrap_or(0.0);
                // («وجهة», «وصفة», «وسام» are nouns of their own, though less common than «جهة», «صفة», «سام»)
                let noun = matches!(t.norm.as_str(), "وجهة" | "وجهات" | "وصفة" | "وصفات" | "وسام" | "اوسمة");
                let conjunction = !noun
                    && t.norm.strip_prefix('و').is_some_and(|rest| rest.chars().count() >= 3 && zipf(rest) >= 3.0 && zipf(&t.norm) < zipf(rest));
                if w.chars().count() < 2
                    || conjunction
                    || clitic_article
                    || crate::clitics::is_preposition_with_pronoun(&w)
                    || self.lexicon.not_unit.contains(&*w)
                    || (in_set_def(&self.lexicon.time_unit, &w) && !light_years(tokens, k))
                    || words::parse_at(tokens, k).is_some()
                    || plural_verb(&w)
                {
                    return None;
                }
                Some(k)
            }
            _ => None,
        }
    }

    /// Add percent and currency words, the kind and the unit.
    fn complete(&self, tokens: &[Token], i: usize, end: usize, m: NumberWords) -> Found {
        let lex = &self.lexicon;
        let first = &tokens[i];
        let mut j = end;
        let mut kind = if m.ordinal {
            NumberKind::Ordinal
        } else if m.fraction {
            NumberKind::Fraction
        } else if m.approx {
            NumberKind::Approx
        } else {
            NumberKind::Cardinal
        };
        // «الـ36 شركة»: the definite digits before their indefinite noun count it (after a definite noun, «الدورة
        // الـ23», they rank it)
        if kind == NumberKind::Ordinal && m.digits && m.definite {
            let after_definite = i.checked_sub(1).and_then(|k| Self::folded(tokens, k)).is_some_and(|w| {
                let w = w.trim_start_matches(['و', 'ف', 'ب', 'ك']);
                w.starts_with("ال") || w.starts_with("لل")
            });
            let bare_noun = self.unit_at(tokens, j).is_some_and(|k| tokens[k].kind == TokenKind::Arabic && !Self::folded(tokens, k).is_some_and(|w| w.starts_with(['ل', 'ب', 'و', 'ف', 'ك'])));
            if !after_definite && bare_noun {
                kind = NumberKind::Cardinal;
            }
        }
        let mut unit: Option<(usize, usize, usize, usize)> = None;
        let mut leading_symbol = false;
        let mut negative = false;
        let span_of = |a: usize, b: usize| -> Option<(usize, usize, usize, usize)> {
            let (x, y) = (tokens.get(a)?, tokens.get(b)?);
            Some((x.span.byte_start, y.span.byte_end, x.span.start, y.span.end))
        };
        let f = |k: usize| Self::folded(tokens, k);
        // («الـ20 في المائة»: a definite number in digits is a percentage before its percent words)
        if !m.ordinal || m.digits {
            // percent: «15%», «15 في المئة», «15 بالمائة»
            let sym = tokens.get(j).filter(|t| t.kind == TokenKind::Symbol && matches!(t.text.as_str(), "%" | "٪"));
            let fi = f(j);
            if sym.is_some() {
                j += 1;
                kind = NumberKind::Percent;
            } else if fi.as_deref() == Some("في") && f(j + 1).is_some_and(|x| matches!(&*x, "المئه" | "المائه" | "المايه")) {
                j += 2;
                kind = NumberKind::Percent;
            } else if fi.as_deref().is_some_and(|x| matches!(x, "بالمئه" | "بالمائه" | "بالمايه")) {
                j += 1;
                kind = NumberKind::Percent;
            } else if let Some(t) = tokens.get(j) {
                // money: «1.5 مليار دولار», «143 مليون جنيه إسترليني», «100 $»
                let w = if matches!(t.kind, TokenKind::Arabic | TokenKind::Symbol) { Some(fold(norm_of(t))) } else { None };
                if w.as_deref().is_some_and(|w| lex.currency.contains(w)) {
                    let cur = j;
                    j += 1;
                    if let Some(adj) = f(j) {
                        let base = adj.strip_suffix('ه').unwrap_or(&adj);
                        if lex.currency_adj.contains(&*adj) || lex.currency_adj.contains(base) {
                            j += 1;
                        }
                    }
                    kind = NumberKind::Money;
                    unit = span_of(cur, j - 1);
                }
            }
            // a minus sign: «-18 درجة» (not «2-2», «20-30»)
            if m.digits && m.prefix_bytes == 0 && !leading_symbol
                && let Some(p) = i.checked_sub(1).and_then(|k| tokens.get(k))
            {
                // (nor after a number: «من (16 -30) أغسطس» is a range)
                let glued_before = i.checked_sub(2).and_then(|k| tokens.get(k)).is_some_and(|pp| {
                    pp.span.byte_end == p.span.byte_start || (pp.kind == TokenKind::Number && p.span.byte_start.saturating_sub(pp.span.byte_end) <= 2)
                });
                if matches!(p.text.as_str(), "-" | "−") && p.span.byte_end == first.span.byte_start && !glued_before {
                    negative = true;
                    leading_symbol = true;
                }
            }
            // a currency sign before digits: «$100»
            if kind != NumberKind::Money && m.digits && m.prefix_bytes == 0 && !negative
                && let Some(p) = i.checked_sub(1).and_then(|k| tokens.get(k))
                    && p.kind == TokenKind::Symbol && lex.currency.contains(p.text.as_str()) {
                        kind = NumberKind::Money;
                        leading_symbol = true;
                        unit = Some((p.span.byte_start, p.span.byte_end, p.span.start, p.span.end));
                    }
        }
        if matches!(kind, NumberKind::Cardinal | NumberKind::Approx | NumberKind::Fraction) {
            if m.definite && !m.digits {
                // «المواد الأربع»: the noun comes first
                if let Some(p) = i.checked_sub(1).and_then(|k| tokens.get(k))
                    && p.kind == TokenKind::Arabic
                {
                    let w = fold(norm_of(p));
                    let (n, rest) = match w.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك']) {
                        Some(r) if r.starts_with("ال") => (1, r),
                        _ => (0, &*w),
                    };
                    if rest.starts_with("ال") && rest.chars().count() > 3 && !lex.not_unit.contains(rest) && words::word_atom(rest).is_none() {
                        let (pb, _) = first_letters(&p.text, n);
                        unit = Some((p.span.byte_start + pb, p.span.byte_end, 0, 0));
                    }
                }
            } else if m.value == 1.0 && !m.digits {
                // «قوة واحدة»: «واحد» follows its noun
            } else if let Some(e) = square_unit(tokens, j) {
                unit = span_of(j, e);
            } else if let Some(k) = self.unit_at(tokens, j) {
                unit = span_of(k, if light_years(tokens, k) { k + 1 } else { k });
            }
        } else if kind == NumberKind::Ordinal
            && !m.definite
            && !m.digits
            && !Self::folded(tokens, end - 1).is_some_and(|w| w.ends_with(['ه', 'ا']) || w.ends_with("اولي"))
        {
            // «ثاني أكبر حزب», «اول رئيس» (the accusative «حل ثالثا» ranks, and counts nothing after it)
            let mut k = j;
            if f(k).is_some_and(|w| w.chars().count() == 4 && w.starts_with('ا')) && self.unit_at(tokens, k + 1).is_some() {
                k += 1;
            }
            if let Some(k) = self.unit_at(tokens, k) {
                unit = span_of(k, k);
            }
        }
        // «74.318 مراجعا», «1.500 يورو»: a dot before the last three digits of a count or a sum is a thousands mark
        // (not before «دينار», which has three decimals, nor «نقطة»; «0.250» is a fraction)
        let thousands = matches!(kind, NumberKind::Cardinal | NumberKind::Money)
            && m.digits
            && m.scale == 1.0
            && m.value.fract() != 0.0
            && end == i + 1
            && unit.is_some()
            && dotted_thousands(norm_of(first))
            && f(i + 1).is_some_and(|w| !w.starts_with("دينار") && !w.starts_with("نقط"));
        let value = if thousands { m.value * 1000.0 } else { m.value };
        Found {
            first_tok: i,
            end_tok: j,
            byte_start: first.span.byte_start + m.prefix_bytes,
            char_start: first.span.start + m.prefix_chars,
            value: scaled(if negative { -value } else { value }, m.scale),
            words: m,
            kind,
            unit,
            leading_symbol,
        }
    }
}

/// «سنة ضوئية», «سنوات ضوئية» at token `k`: light-years measure a distance, not a time.
fn light_years(tokens: &[Token], k: usize) -> bool {
    NumberExtractor::folded(tokens, k + 1).is_some_and(|w| w == "ضوئيه")
}

/// Style sheets and scripts a page left in the article's text («.box_vote { padding:18px; margin: 0; }»): byte
/// ranges with no Arabic letter that hold braces and semicolons (their numbers are no quantities).
fn code_runs(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut runs = Vec::new();
    if !text.contains('{') {
        return runs;
    }
    let (mut start, mut braces, mut semis) = (0, 0, 0);
    let close = |runs: &mut Vec<_>, a: usize, b: usize, braces: usize, semis: usize| {
        if braces >= 2 && semis >= 2 {
            runs.push(a..b);
        }
    };
    for (at, c) in text.char_indices() {
        match c {
            '{' | '}' => braces += 1,
            ';' => semis += 1,
            c if ('\u{0621}'..='\u{064A}').contains(&c) => {
                close(&mut runs, start, at, braces, semis);
                (start, braces, semis) = (at + c.len_utf8(), 0, 0);
            }
            _ => {}
        }
    }
    close(&mut runs, start, text.len(), braces, semis);
    runs
}

/// Digits written «D.DDD» to «DDD.DDD» with no leading zero, which news writes for thousands as often as for
/// decimals (`parse_digits` reads «76.000» as thousands already).
fn dotted_thousands(digits: &str) -> bool {
    let Some((a, b)) = digits.split_once(['.', '٫']) else { return false };
    let digit = |c: char| c.is_ascii_digit() || ('\u{0660}'..='\u{0669}').contains(&c);
    (1..=3).contains(&a.chars().count())
        && !a.starts_with(['0', '\u{0660}'])
        && b.chars().count() == 3
        && a.chars().chain(b.chars()).all(digit)
}

/// The byte and code-point length of the first `n` letters of `text` (marks after a letter belong to it).
fn first_letters(text: &str, n: usize) -> (usize, usize) {
    if n == 0 {
        return (0, 0);
    }
    let (mut letters, mut chars) = (0, 0);
    for (b, c) in text.char_indices() {
        if !(crate::tokenizer::is_arabic_mark(c) || crate::normalize::is_invisible(c)) {
            if letters == n {
                return (b, chars);
            }
            letters += 1;
        }
        chars += 1;
    }
    (text.len(), chars)
}

/// A unit of area or volume at token `k`, «م2», «كم2», «سم3» (the letters and a 2 or 3): its last token. The
/// dates layer asks it too: «3460 م2» is no year of the era «م».
pub(crate) fn square_unit(tokens: &[Token], k: usize) -> Option<usize> {
    let (u, d) = (tokens.get(k)?, tokens.get(k + 1)?);
    // (or one space between them, as some papers set it: «178 مليون م 2»)
    let close = d.span.byte_start.checked_sub(u.span.byte_end).is_some_and(|gap| gap <= 1);
    let power = close && matches!(d.norm.as_str(), "2" | "3") && tokens.get(k + 2).is_none_or(|x| x.kind != TokenKind::Number);
    (power && matches!(u.norm.as_str(), "م" | "كم" | "سم" | "مم")).then_some(k + 1)
}

/// A value multiplied by a scale word, without the binary fraction's noise: «32.2 مليونا» is 32200000, not
/// 32200000.000000004 (twelve significant digits are kept).
fn scaled(v: f64, scale: f64) -> f64 {
    if scale <= 1.0 || v == 0.0 || !v.is_finite() {
        return v;
    }
    // (scaled by an exact power of ten either way)
    let digits = 12 - v.abs().log10().ceil() as i32;
    if digits >= 0 {
        let p = 10f64.powi(digits);
        (v * p).round() / p
    } else {
        let p = 10f64.powi(-digits);
        (v / p).round() * p
    }
}

/// Ranges share their scale, unit and kind: «بين 20 و30 في المائة», «1 الى 1,5 مليون».
fn share_ranges(tokens: &[Token], found: &mut [Found]) {
    for k in 1..found.len() {
        let (a, b) = {
            let (l, r) = found.split_at_mut(k);
            match (l.last_mut(), r.first()) {
                (Some(a), Some(b)) => (a, b),
                _ => continue,
            }
        };
        if a.kind != NumberKind::Cardinal || a.unit.is_some() || a.words.dual {
            continue;
        }
        // what stands between them: nothing but a connector (a comma before «و»: «170 ألفا، و225 ألف دولار»)
        let gap = tokens.get(a.end_tok..b.first_tok).unwrap_or(&[]);
        let b_has_wa = b.words.prefix_chars > 0 && tokens.get(b.first_tok).is_some_and(|t| t.text.starts_with('و'));
        let connector = match gap {
            [] => b_has_wa,
            [t] => matches!(&*fold(norm_of(t)), "و" | "الي" | "حتي" | "او" | "-" | "–" | "الى") || (b_has_wa && matches!(t.text.as_str(), "،" | ",")),
            [c, t] => matches!(c.text.as_str(), "،" | ",") && t.text == "و",
            _ => false,
        };
        if !connector {
            continue;
        }
        // a first number with its own scale shares only the kind and unit of a second with the same scale
        if a.words.scale != 1.0 {
            if a.words.scale == b.words.scale && matches!(b.kind, NumberKind::Percent | NumberKind::Money) {
                a.kind = b.kind;
                a.unit = b.unit;
            }
            continue;
        }
        let shares = matches!(b.kind, NumberKind::Percent | NumberKind::Money) || b.words.scale > 1.0;
        if !shares || (b.words.scale > 1.0 && a.value >= 1000.0) {
            continue;
        }
        if b.words.scale > 1.0 && a.value < 1000.0 {
            a.value = scaled(a.value * b.words.scale, b.words.scale);
        }
        if matches!(b.kind, NumberKind::Percent | NumberKind::Money) {
            a.kind = b.kind;
        }
        a.unit = b.unit;
    }
}

/// Read `text` as one numeric expression: «ستة آلاف» → 6000, «1.5 مليار دولار» → 1.5e9, «15%» → 15.
/// Anything else (no number, several, or a number with other words) is [`Error::NotANumber`].
pub fn parse_number(text: &str) -> Result<f64> {
    static EXTRACTOR: OnceLock<NumberExtractor> = OnceLock::new();
    let ex = EXTRACTOR.get_or_init(|| NumberExtractor::default().with_date_guard(false));
    let not = || Error::NotANumber(text.to_string());
    let raw: Vec<_> = crate::tokenizer::tokens(text).collect();
    let tokens = crate::pipeline::build_tokens(text, &raw, &crate::normalize::Normalizer::default());
    let content: Vec<&Token> = tokens.iter().filter(|t| t.kind != TokenKind::Punct).collect();
    let (Some(first), Some(last)) = (content.first(), content.last()) else { return Err(not()) };
    let items = ex.extract(text, &tokens, &[]);
    match items.as_slice() {
        [n] if n.span.byte_end == last.span.byte_end && n.span.byte_start >= first.span.byte_start && n.span.byte_start <= first.span.byte_start + 2 => Ok(n.value),
        _ => Err(not()),
    }
}

/// A plural verb in the form a counted noun could stand in (the perfect «قتلوا», the imperfect «يلقون»): verbs are no
/// units. Nouns in ون stay («مليون», «زيتون»): the imperfect opens on ي.
fn plural_verb(w: &str) -> bool {
    (w.ends_with("وا") || (w.starts_with('ي') && w.ends_with("ون"))) && crate::keywords::verbs::verb_like(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    type Item = (String, f64, Option<String>, &'static str);

    fn nums(text: &str) -> Vec<Item> {
        let doc = crate::Pipeline::default().analyze(text);
        let ns = doc.numbers.unwrap_or_default();
        for n in &ns {
            assert_eq!(n.span.slice(text), n.text.as_str());
            let chars: String = text.chars().skip(n.span.start).take(n.span.end - n.span.start).collect();
            assert_eq!(chars, n.text.as_str());
        }
        ns.into_iter().map(|n| (n.text.to_string(), n.value, n.unit.map(|u| u.to_string()), n.kind.as_str())).collect()
    }
    fn check(text: &str, span: &str, value: f64, unit: Option<&str>, kind: &str) {
        let v = nums(text);
        assert_eq!(v.len(), 1, "{text:?}: {v:?}");
        let (t, x, u, k) = &v[0];
        assert_eq!((t.as_str(), u.as_deref(), *k), (span, unit, kind), "{text:?}");
        assert!((x - value).abs() <= 1e-9 * value.abs().max(1.0), "{text:?}: {x} != {value}");
    }

    #[test]
    fn peers_failures() {
        check("قتل اربعة مقاتلين", "اربعة", 4.0, Some("مقاتلين"), "cardinal");
        check("وجود حوالى 6000 مقاتل في التنظيم", "6000", 6000.0, Some("مقاتل"), "cardinal");
        check("تبلغ ثلاث مئة", "ثلاث مئة", 300.0, None, "cardinal");
        check("كلف 1.5 مليار دولار", "1.5 مليار دولار", 1.5e9, Some("دولار"), "money");
    }

    #[test]
    fn digits_and_separators() {
        check("بلغ 6,000 طن", "6,000", 6000.0, Some("طن"), "cardinal");
        check("بلغ ٦٠٠٠ طن", "٦٠٠٠", 6000.0, Some("طن"), "cardinal");
        check("بلغ ۶۰۰۰ طن", "۶۰۰۰", 6000.0, Some("طن"), "cardinal");
        check("بلغ ١٢٣٫٥ طن", "١٢٣٫٥", 123.5, Some("طن"), "cardinal");
        check("بلغ ١٬٥٠٠ طن", "١٬٥٠٠", 1500.0, Some("طن"), "cardinal");
        check("بلغت 2,5 مليار", "2,5 مليار", 2.5e9, None, "cardinal");
        check("نحو 6 آلاف جندي", "6 آلاف", 6000.0, Some("جندي"), "cardinal");
        check("بلغ 5.\u{200F}0 في المائة.", "5.\u{200F}0 في المائة", 0.5, None, "percent");
    }

    #[test]
    fn foreign_names_are_not_number_words() {
        // a listed name, and a name the entity layer finds with its first letter
        assert_eq!(nums("فاز فريق وست بروميتش على مانشستر"), vec![]);
        assert_eq!(nums("تعادل وست هام يونايتد مع ضيفه"), vec![]);
        // «and six» before a counted noun stays
        check("تضم الحدائق وست دورات مياه", "ست", 6.0, Some("دورات"), "cardinal");
        check("في بغداد وست محافظات", "ست", 6.0, Some("محافظات"), "cardinal");
        // a number word after a person's first name
        assert_eq!(nums("وقالت الممثلة شارون ستون في مهرجان"), vec![]);
    }

    #[test]
    fn titles_brackets_and_definite_percentages() {
        assert_eq!(nums("برنامج \"صيفك أحلى 36\" الذي يشمل"), vec![]);
        assert_eq!(nums("من طائرة بوينج 777 وهو نفس الطراز"), vec![]);
        check("بزيادة (5) آلاف راكب يومياً", "(5) آلاف", 5000.0, Some("راكب"), "cardinal");
        check("بلغ هذا العام (13) مليون راكب", "(13) مليون", 13e6, Some("راكب"), "cardinal");
        check("انخفاض يلامس الـ20 في المائة", "الـ20 في المائة", 20.0, None, "percent");
        // the quoted number alone stays, with what it counts
        check("تقدم «33» كلية البرامج", "33", 33.0, Some("كلية"), "cardinal");
    }

    #[test]
    fn first_ten_thousand_is_not_eleventh() {
        let v = nums("وتبلغ الزيادة على أول عشرة آلاف ليرة");
        assert_eq!(v.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(), vec![("أول", 1.0), ("عشرة آلاف ليرة", 10000.0)]);
    }

    #[test]
    fn words_genders_hamza_proclitics() {
        check("وخمسة رجال", "خمسة", 5.0, Some("رجال"), "cardinal");
        check("بثلاثة صواريخ", "ثلاثة", 3.0, Some("صواريخ"), "cardinal");
        check("ستة آلاف مقاتل", "ستة آلاف", 6000.0, Some("مقاتل"), "cardinal");
        check("ثلاثمئة شخص", "ثلاثمئة", 300.0, Some("شخص"), "cardinal");
        check("ثلاثمائة شخص", "ثلاثمائة", 300.0, Some("شخص"), "cardinal");
        check("قتل خمسة وعشرون شخصا", "خمسة وعشرون", 25.0, Some("شخصا"), "cardinal");
        check("مئة وخمسون ألفا من الجنود", "مئة وخمسون ألفا", 150000.0, None, "cardinal");
        check("جاء مليونان", "مليونان", 2e6, None, "cardinal");
        check("ثلاثة عشر لاعبا", "ثلاثة عشر", 13.0, Some("لاعبا"), "cardinal");
        check("مليونين وخمسمائة ألف نسمة", "مليونين وخمسمائة ألف", 2.5e6, Some("نسمة"), "cardinal");
        check("وصلت سيارتا إسعاف", "سيارتا", 2.0, Some("سيارتا"), "cardinal");
        check("وباخرتان بكمية", "باخرتان", 2.0, Some("باخرتان"), "cardinal");
        check("وأصيب شابان بجروح", "شابان", 2.0, Some("شابان"), "cardinal");
        check("نقلت في قفصين إلى", "قفصين", 2.0, Some("قفصين"), "cardinal");
        check("ثلاثة ملايين نسمة", "ثلاثة ملايين", 3e6, Some("نسمة"), "cardinal");
        check("خمسة مليارات يورو", "خمسة مليارات يورو", 5e9, Some("يورو"), "money");
        check("بليون دولار", "بليون دولار", 1e9, Some("دولار"), "money");
    }

    #[test]
    fn fractions_approx_ordinals() {
        check("نصف السكان", "نصف", 0.5, Some("السكان"), "fraction");
        check("ثلث المقاعد", "ثلث", 1.0 / 3.0, Some("المقاعد"), "fraction");
        check("ربع مليون لاجئ", "ربع مليون", 250000.0, Some("لاجئ"), "fraction");
        check("عشرات المجموعات", "عشرات", 10.0, Some("المجموعات"), "approx");
        check("مئات القتلى", "مئات", 100.0, Some("القتلى"), "approx");
        check("آلاف اللاجئين", "آلاف", 1000.0, Some("اللاجئين"), "approx");
        check("عشرات الآلاف من المتظاهرين", "عشرات الآلاف", 10000.0, None, "approx");
        check("المرحلة الأولى", "الأولى", 1.0, None, "ordinal");
        check("الفصل الأول", "الأول", 1.0, None, "ordinal");
        check("الطابق الثالث عشر", "الثالث عشر", 13.0, None, "ordinal");
        check("الدورة الـ23", "الـ23", 23.0, None, "ordinal");
        check("اول رئيس", "اول", 1.0, Some("رئيس"), "ordinal");
        check("ثاني أكبر حزب", "ثاني", 2.0, Some("حزب"), "ordinal");
        check("بمساحة 3460 م2 في الرياض", "3460", 3460.0, Some("م2"), "cardinal");
        check("بمساحة 76.000 كم2", "76.000", 76000.0, Some("كم2"), "cardinal");
        check("فمع إطلالة اليوم الأول للمهرجان", "الأول", 1.0, None, "ordinal");
        check("للسنة الثامنة على التوالي", "الثامنة", 8.0, None, "ordinal");
        check("عقدت اللجنة اجتماعها الأول أمس الأول", "الأول", 1.0, None, "ordinal");
        // no binary noise after a scale word
        assert_eq!(nums("وخزانات عالية بـ 32.2 مليونا")[0].1, 32200000.0);
        // the accusative ranks: «حل ثالثا», «سجل هدفا ثانيا»
        check("وحل الفريق ثالثاً في الترتيب", "ثالثاً", 3.0, None, "ordinal");
        check("سجل هدفا ثانيا قبل النهاية", "ثانيا", 2.0, None, "ordinal");
        check("وجاء الأهلي تاسعا", "تاسعا", 9.0, None, "ordinal");
        check("أولا: يجب أن نعمل", "أولا", 1.0, None, "ordinal");
        assert!(nums("أن تشكل الائتلاف في عقلك أولا.").is_empty());
    }

    #[test]
    fn percent_and_money() {
        check("ارتفع 15 في المئة", "15 في المئة", 15.0, None, "percent");
        check("ارتفع 15 في المائة", "15 في المائة", 15.0, None, "percent");
        check("ارتفع بنسبة 15 بالمئة", "15 بالمئة", 15.0, None, "percent");
        check("ارتفع 15%", "15%", 15.0, None, "percent");
        check("ارتفع خمسة في المائة", "خمسة في المائة", 5.0, None, "percent");
        check("143 مليون جنيه إسترليني", "143 مليون جنيه إسترليني", 143e6, Some("جنيه إسترليني"), "money");
        check("22 ريالا للكيس", "22 ريالا", 22.0, Some("ريالا"), "money");
        check("مئة دينار", "مئة دينار", 100.0, Some("دينار"), "money");
        check("عشرة دراهم", "عشرة دراهم", 10.0, Some("دراهم"), "money");
        check("ألف ليرة سورية", "ألف ليرة سورية", 1000.0, Some("ليرة سورية"), "money");
        check("500 شيكل", "500 شيكل", 500.0, Some("شيكل"), "money");
        check("دفع دولارين", "دولارين", 2.0, Some("دولارين"), "money");
    }

    #[test]
    fn ranges_share_scale_and_kind() {
        let v = nums("ارتفع بين 20 و30 في المائة");
        assert_eq!(
            v.iter().map(|x| (x.0.as_str(), x.1, x.3)).collect::<Vec<_>>(),
            vec![("20", 20.0, "percent"), ("30 في المائة", 30.0, "percent")]
        );
        let v = nums("من 1 الى 1,5 مليون طن");
        assert_eq!(v.iter().map(|x| (x.0.as_str(), x.1)).collect::<Vec<_>>(), vec![("1", 1e6), ("1,5 مليون", 1.5e6)]);
        let v = nums("7 و11 بالمئة");
        assert_eq!(v.iter().map(|x| (x.1, x.3)).collect::<Vec<_>>(), vec![(7.0, "percent"), (11.0, "percent")]);
        let v = nums("تعادل ايفرتون 2-2 مع واتفورد");
        assert_eq!(v.iter().map(|x| x.1).collect::<Vec<_>>(), vec![2.0, 2.0]);
    }

    #[test]
    fn leaves_out_dates_names_phones_lists() {
        for text in [
            "في عام 2011 قتل",
            "في 12 مايو الماضي",
            "يوم 17 و25 ديسمبر",
            "منذ ثلاث سنوات",
            "خلال 24 ساعة",
            "الساعة 10:30 صباحا",
            "في 12/5/2016",
            "في كانون الثاني",
            "مفاوضات جنيف 3 فشلت",
            "إلى مفاوضات جنيف - 2 في سويسرا",
            "وقعت إيران اتفاقا مع مجموعة 5+1 في جنيف",
            "في مجموعة العشرين وقمة العشرين ولمجموعة الدول السبع",
            "انبعاثات ثاني أكسيد الكربون",
            "وأحد هؤلاء العاشقين عنترة",
            "بطولة خليجي 23 في الكويت",
            "طائرة إف-16 سقطت",
            "اتصل على 0501234567 أو +966501234567",
            "قال أحد المسؤولين",
            "واحد منهم",
            "يوم الاثنين",
            "في النصف الثاني من عام 2014",
        ] {
            assert!(nums(text).is_empty(), "{text:?}: {:?}", nums(text));
        }
        assert!(nums("النقاط:\n1. الأولى\n2) الثانية").iter().all(|x| x.3 == "ordinal"));
        // a year-sized count with its noun stays
        assert_eq!(nums("قتل 2000 شخص").len(), 1);
    }

    #[test]
    fn parse_number_reads_one_expression() {
        assert_eq!(parse_number("ستة آلاف"), Ok(6000.0));
        assert_eq!(parse_number("اربعة"), Ok(4.0));
        assert_eq!(parse_number("6000"), Ok(6000.0));
        assert_eq!(parse_number("ثلاث مئة"), Ok(300.0));
        assert_eq!(parse_number(" 1.5 مليار دولار "), Ok(1.5e9));
        assert_eq!(parse_number("15%"), Ok(15.0));
        assert_eq!(parse_number("2015"), Ok(2015.0));
        assert_eq!(parse_number("ربع مليون"), Ok(250000.0));
        for bad in ["", "قال", "خمسة رجال", "3 و 4", "،"] {
            assert!(matches!(parse_number(bad), Err(Error::NotANumber(_))), "{bad:?}");
        }
    }

    #[test]
    fn builtin_lexicon_parses_and_users_can_add() {
        let mut lex = NumberLexicon::default();
        assert!(lex.add_text(DEFAULT_LEXICON).is_ok());
        assert!(lex.add("nonsense", "x").is_err());
        assert!(lex.add_text("word before section").is_err());
        let ex = NumberExtractor::default().with_lexicon("[currency]\nبيتكوين\n[name_head]\nفيفا");
        let Ok(ex) = ex else { panic!("lexicon") };
        let doc = crate::Pipeline::default().analyze("دفع 3 بيتكوين ولعب فيفا 18");
        let ns = ex.extract(&doc.text, &doc.tokens, &[]);
        assert_eq!(ns.len(), 1);
        assert_eq!(ns[0].kind, NumberKind::Money);
    }

    #[test]
    fn partitive_pronoun_is_no_unit() {
        check("قتلت القوات أربعة منهم أمس", "أربعة", 4.0, None, "cardinal");
        check("سجلت 15 منها في الرياض", "15", 15.0, None, "cardinal");
    }

    #[test]
    fn digits_in_parentheses_before_what_they_count() {
        check("أعلنت الغرفة توفر عدد (365) وظيفة في القطاع الخاص", "365", 365.0, Some("وظيفة"), "cardinal");
        check("تزيد أجرتها السنوية عن (300) ألف ريال في الأمانات", "(300) ألف ريال", 300000.0, Some("ريال"), "money");
        check("بتكلفة ( 15) مليار ريال سعودي", "( 15) مليار ريال سعودي", 15e9, Some("ريال سعودي"), "money");
        check("بلغت (500) ريال", "(500) ريال", 500.0, Some("ريال"), "money");
        check("بنسبة (15) % من الطلاب", "(15) %", 15.0, None, "percent");
        // or in quotation marks
        check("وحددت الرسوم بمبلغ \"400\" ريال للفرد", "\"400\" ريال", 400.0, Some("ريال"), "money");
        check("دفع «500» دولار", "«500» دولار", 500.0, Some("دولار"), "money");
        check("والعقد \"12\" تشغيل وصيانة سد المرواني", "12", 12.0, None, "cardinal");
        check("لمستشفى سرطان الأطفال \"57357\" بمصر", "57357", 57357.0, None, "cardinal");
        // a year-sized count keeps its noun across the bracket
        check("بلغ عدد المستفيدين ( 1500 ) مستفيد", "1500", 1500.0, Some("مستفيد"), "cardinal");
        // alone in brackets: the digits only
        check("نصت المادة (7) من النظام", "7", 7.0, None, "cardinal");
        // a bracketed minute before the next clause names no unit
        check("سجل للخليج فهد السويلم ( 40 ) وعبدالله السالم", "40", 40.0, None, "cardinal");
    }

    #[test]
    fn a_dash_after_a_number_is_a_range_not_a_minus() {
        let v = nums("في الفترة من (16 -30) أغسطس");
        assert!(v.iter().all(|(_, x, _, _)| *x >= 0.0), "{v:?}");
        check("بلغت درجة الحرارة -18 درجة", "-18", -18.0, Some("درجة"), "cardinal");
    }

    #[test]
    fn no_unit_with_a_preposition() {
        let ex = NumberExtractor::default();
        let text = "منها 120 للرجال و45 للنساء وارتفع إلى 125 للدولار و20 تحت الصفر و30 شخصا";
        let doc = crate::Pipeline::default().analyze(text);
        let found = ex.extract(text, &doc.tokens, &[]);
        let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
        // «الصفر» is a number too
        assert_eq!(units, vec![None, None, None, None, None, Some("شخصا")]);
        // nor a verb; a noun in ون is one
        let text = "وقال إن 5 قتلوا وإن 100 ألف يلقون حتفهم و3 ملايين زيتون";
        let doc = crate::Pipeline::default().analyze(text);
        let found = ex.extract(text, &doc.tokens, &[]);
        let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(units, vec![None, None, Some("زيتون")]);
        // nor the next clause after و; a noun starting with و is one
        let text = "أكدت الوزارة مقتل 2 وإصابة ثلاثة من رجالها وطرح 50 وظيفة و23 وجهة";
        let doc = crate::Pipeline::default().analyze(text);
        let found = ex.extract(text, &doc.tokens, &[]);
        let units: Vec<Option<&str>> = found.iter().map(|n| n.unit.as_deref()).collect();
        assert_eq!(units, vec![None, None, Some("وظيفة"), Some("وجهة")]);
    }

    #[test]
    fn number_words_in_person_names_are_the_name() {
        let doc = crate::Pipeline::default().analyze("استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر ثاني وفد يزور الدوحة");
        let names: Vec<&str> = doc.entities.iter().flatten().map(|e| e.text.as_str()).collect();
        assert!(names.contains(&"تميم بن حمد آل ثاني"), "{names:?}");
        let nums: Vec<&str> = doc.numbers.iter().flatten().map(|n| n.text.as_str()).collect();
        assert_eq!(nums, vec!["ثاني"]);
        assert!(doc.numbers.iter().flatten().all(|n| n.span.start > 40));
    }

    #[test]
    fn excluded_spans_drop_numbers() {
        let doc = crate::Pipeline::default().analyze("قتل 5 اشخاص");
        let all = NumberExtractor::shared().extract(&doc.text, &doc.tokens, &[]);
        assert_eq!(all.len(), 1);
        let none = NumberExtractor::shared().extract(&doc.text, &doc.tokens, &[all[0].span]);
        assert!(none.is_empty());
    }
}

#[cfg(test)]
mod html_tests {
    #[test]
    fn numbers_are_highlighted() {
        let doc = crate::Pipeline::default().analyze("قتل 6000 مقاتل.");
        let html = crate::html::render(&doc);
        assert!(html.contains("<mark class=\"number\" title=\"cardinal 6000 · مقاتل\">6000</mark>"), "{html}");
    }
}

#[cfg(test)]
mod news_regressions {
    fn texts(text: &str) -> Vec<(String, f64, Option<String>)> {
        let doc = crate::Pipeline::default().analyze(text);
        doc.numbers.unwrap_or_default().into_iter().map(|n| (n.text.to_string(), n.value, n.unit.map(|u| u.to_string()))).collect()
    }

    fn nums_kind(text: &str) -> Vec<(String, &'static str)> {
        let doc = crate::Pipeline::default().analyze(text);
        doc.numbers.unwrap_or_default().into_iter().map(|n| (n.text.to_string(), n.kind.as_str())).collect()
    }

    #[test]
    fn spot_checks_on_news() {
        assert_eq!(texts("ارتفع بنسبة 0.76 في المائة."), vec![("0.76 في المائة".to_string(), 0.76, None)]);
        assert_eq!(texts("بنسبة 2.53 في المائة")[0].1, 2.53);
        assert!(texts("وكان إنتر ميلان هو الضحية").is_empty());
        assert!(texts("في الدقيقة (د54).").is_empty());
        assert!(texts("في موسم 82-1383ه وكان").is_empty());
        assert!(texts("ثم صفر الحكم").is_empty());
        assert!(texts("حققت 4.6 مليار ريال في الربع الثاني").len() == 1);
        assert_eq!(texts("من جهة ثانية عينت الإدارة")[0].2, None);
        assert_eq!(texts("كلنا قوة واحدة ويد")[0].2, None);
        assert_eq!(texts("وصول 219 الفا العام 2014")[0].2, None);
        assert!(texts("العدد رقم (67) الذي").is_empty());
        assert!(texts("هنأ الملك محمد السادس").is_empty());
        assert!(texts("الملكة إليزابيث الثانية").is_empty());
        // a range whose first number has its own scale still shares the currency
        let r = texts("بين 170 ألفا، و225 ألف دولار");
        assert_eq!((r[0].1, r[0].2.as_deref()), (170000.0, Some("دولار")));
        assert_eq!((r[1].1, r[1].2.as_deref()), (225000.0, Some("دولار")));
        // definite digits before their noun count it, after a definite noun they rank it
        assert_eq!(nums_kind("ان والـ36 شركة وقعت"), vec![("الـ36".to_string(), "cardinal")]);
        assert_eq!(nums_kind("في الدورة الـ23 للمهرجان"), vec![("الـ23".to_string(), "ordinal")]);
        assert_eq!(nums_kind("في ذكرى الـ70 لتأسيس"), vec![("الـ70".to_string(), "ordinal")]);
        // a telephone extension or number is no count
        assert!(texts("على الرقم 0144230001 تحويلة 95832 او").iter().all(|n| n.0 != "95832"), "{:?}", texts("على الرقم 0144230001 تحويلة 95832 او"));
        assert!(texts("عبر الهاتف 920001234").is_empty());
        // short codes for text messages, named by their carrier or after «الرمز»
        assert!(texts("أرسل sms إلى 88548 الاتصالات ,636250 موبايلي, 738303 زين تبدأ بالرمز 159 مسافة").is_empty());
        // the jussive of «تسعى» is no nine; «تسع دول» is
        assert!(texts("لم تسع المملكة إلى حرب ولن تسع إليها").is_empty());
        assert_eq!(texts("وقعت تسع دول")[0].1, 9.0);
        // a spaced «م 2» is square metres; light-years a distance
        assert_eq!(texts("من 40.5 مليون م 2 في 2008"), vec![("40.5 مليون".to_string(), 40500000.0, Some("م 2".to_string()))]);
        assert_eq!(texts("ويبعد 1400 سنة ضوئية")[0].2.as_deref(), Some("سنة ضوئية"));
        // numbers in a style sheet or script a page left in the text
        assert_eq!(texts("ما رأيك؟ .box { padding: 0; margin: 10px; } .li { width:380px; } وبلغ 5 آلاف").len(), 1);
        // a stock index's name, not a count; its move is one
        assert!(texts("ارتفع مؤشر يوروفرست 300 لأسهم الشركات").is_empty());
        assert!(texts("وصعد مؤشر ستوكس يوروب 600 بعدما سجل").is_empty());
        assert_eq!(texts("ارتفع مؤشر داو جونز 100 نقطة")[0].2.as_deref(), Some("نقطة"));
        assert_eq!(texts("خسر مؤشر البورصة 300 نقطة")[0].2.as_deref(), Some("نقطة"));
        // a subordinator or «بسبب» is no counted noun
        assert_eq!(texts("بلغ عددهم 200 بسبب الحرب")[0].2, None);
        // the definite ordinal 2 is no weekday («الاثنين»)
        assert_eq!(texts("فاز بالمركز الثاني في السباق")[0].0, "الثاني");
        assert_eq!(texts("الجيل الثاني والثالث").len(), 2);
        assert!(texts("وصل يوم الاثنين").is_empty());
        assert!(texts("لست أدري").is_empty());
        assert!(texts("وقع أول من أمس").is_empty());
        assert!(texts("خلال الربع السنوي الماضي").is_empty());
        assert!(texts("وستتابع معه أولاً بأول").is_empty());
        assert_eq!(texts("نحو نصف الاحتياطي")[0].1, 0.5);
        assert_eq!(texts("بلغت 2،5 مليار دولار")[0].1, 2.5e9);
        assert_eq!(texts("والبالغة 76.000 م2")[0].1, 76000.0);
        assert_eq!(texts("في الثلاجة، و -18 درجة مئوية")[0].0, "-18");
        assert_eq!(texts("في الثلاجة، و -18 درجة مئوية")[0].1, -18.0);
        assert!(texts("الذي سيبدأ يوم 7 / 11 / 1436هـ وتسجيل").is_empty());
        assert_eq!(texts("على سندرلاند 4/ 2 وكريستال").len(), 2);
        // two numbers that cannot be a day and a month are a score; after «رقم» they name something
        assert_eq!(texts("أمام ريال مدريد (0/2) وهو").len(), 2);
        assert!(texts("في 12/5 المقبل").is_empty());
        assert!(texts("وتطبيقا للقرار رقم 1/1559 والقاضي").is_empty());
        assert_eq!(texts("بلغت 06ر12 مليون استرليني")[0].0, "06ر12 مليون استرليني");
        // a feminine dual of a common noun carries 2; not an adjective agreeing with one, nor a name
        assert_eq!(texts("ألقى محاضرتين وستكون الدورة على فترتين")[1].1, 2.0);
        assert_eq!(texts("نفذت عمليتين خاطفتين").len(), 1);
        assert!(texts("والتقى مارتين بالوزير").is_empty());
        // a dot before three digits of a count is a thousands mark
        assert_eq!(texts("استقبلت 74.318 مراجعا")[0].1, 74318.0);
        assert_eq!(texts("بلغ 1.500 يورو")[0].1, 1500.0);
        assert_eq!(texts("بلغ 1.500 دينار")[0].1, 1.5);
        assert_eq!(texts("عبوة 0.250 مللي")[0].1, 0.25);
        assert!(texts("حتى العام الماضي 1435 لتشمل").is_empty());
        assert_eq!(texts("كلفه 50ر11 مليون يورو")[0].1, 11.5e6);
    }
}
