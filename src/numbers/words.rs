//! Arabic number words and digits: a small, allocation-free grammar over tokens.
//!
//! [`parse_at`] reads the longest numeric expression that starts at a token and returns its value, how many tokens
//! it spans, where the span starts inside the first token (after a proclitic و ف ب ل ك), and whether it is
//! ordinal, a fraction or a vague quantity. It is gender- and case-agnostic («ثلاث»/«ثلاثة», «عشرون»/«عشرين»),
//! accepts spellings with and without hamza («اربعة», «مائة»/«مئة»/«مئه»), hundreds written as one word or two
//! («ثلاثمئة», «ثلاث مئة»), scales with their duals, plurals and accusatives («ألف/آلاف/ألفين/ألفا»,
//! «مليون/ملايين/مليونان/مليونا», «مليار/مليارات/بليون»), compounds with و («مئة وخمسون ألفا»), digits in every
//! script with separators («6,000», «2,5», «١٢٣٫٥») followed by scale words («1.5 مليار»), fractions («ربع مليون»,
//! «مليون ونصف»), vague quantities («عشرات الآلاف») and ordinals («الحادي عشر», «الخامس والعشرين», «الـ23»).
//!
//! It looks only at each token's `norm` (and `kind`), so any layer can use it:
//!
//! ```
//! let doc = khabar::Pipeline::default().analyze("قتل وخمسة وعشرون شخصا");
//! let n = khabar::numbers::words::parse_at(&doc.tokens, 1).unwrap();
//! assert_eq!((n.value, n.len, n.prefix_chars), (25.0, 2, 1));
//! ```

use crate::hash::FxMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use compact_str::CompactString;

use crate::document::Token;
use crate::tokenizer::TokenKind;

/// The longest numeric expression at a token, as read by [`parse_at`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberWords {
    /// The value: «ستة آلاف» → 6000, «ربع مليون» → 250000, «الحادي عشر» → 11, «عشرات الآلاف» → 10000.
    pub value: f64,
    /// How many tokens the expression covers (from the start token).
    pub len: usize,
    /// Proclitic letters (و ف ب ل ك) at the start of the first token that are not part of the expression:
    /// the span starts this many code points (`prefix_bytes` bytes) into the first token's surface.
    pub prefix_chars: usize,
    pub prefix_bytes: usize,
    /// An ordinal: «الثالث», «الاولى», «اول», «الحادي عشر», «الـ23».
    pub ordinal: bool,
    /// Starts with a fraction word: «نصف», «ثلث», «ربع», «ثلثي», «ربع مليون».
    pub fraction: bool,
    /// A vague quantity: «عشرات», «مئات», «آلاف», «عشرات الآلاف», «ملايين».
    pub approx: bool,
    /// Written with the article ال («الخمسة», «الثالثة»).
    pub definite: bool,
    /// Contains digits.
    pub digits: bool,
    /// Contains number words.
    pub words: bool,
    /// The multiplier of the final scale word (1 when there is none): «1.5 مليار» → 1e9. A range's first member
    /// («1 الى 1,5 مليون») can take it.
    pub scale: f64,
    /// The expression is a dual noun or scale on its own («ألفين», «مليونان»), carrying the number 2.
    pub dual: bool,
}

/// What one number word is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Atom {
    /// 0–10 («صفر», «ثلاث», «ثلاثة», «عشرة»). `teen_only`: «احد», «احدى», «اثنا» only occur before عشر.
    Unit { value: f64, teen_only: bool },
    /// «عشر»/«عشرة» as the second word of a teen.
    Ten,
    /// 20–90 in either case.
    Tens(f64),
    /// 100–900 («مئة», «مئتان», «ثلاثمئة»).
    Hundred(f64),
    /// A singular (or accusative) scale: ألف, مليون, مليار, بليون, تريليون.
    Scale(f64),
    /// A dual scale: «ألفان», «ألفين», «مليوني», «ملياري».
    ScaleDual(f64),
    /// A plural scale: «آلاف», «ملايين», «مليارات».
    ScalePlural(f64),
    /// A vague count: «عشرات» (10), «مئات» (100).
    Approx(f64),
    /// A fraction: «نصف», «ثلث», «ربع», «ثلثا/ثلثي».
    Fraction(f64),
    /// A plural fraction after a count: «ارباع» («ثلاثة ارباع»).
    FractionPlural(f64),
    /// An ordinal 1–10 («اول», «الاولى», «ثاني», «الثالثة», the accusative «ثالثا»); `teen_only`: «حادي» needs عشر.
    Ordinal { value: f64, teen_only: bool },
}

/// Letters that may be folded together in number words: ة→ه, ى→ي, ؤ→و, hamza alefs → ا, marks dropped. (ئ is
/// kept: «مئة» must not meet «كمية».)
pub(crate) fn fold(norm: &str) -> Cow<'_, str> {
    // Most words need no folding: borrow them (one scan, no allocation).
    let Some(at) = first_to_fold(norm) else { return Cow::Borrowed(norm) };
    let mut out = String::with_capacity(norm.len());
    out.push_str(&norm[..at]);
    out.extend(norm[at..].chars().filter_map(fold_char));
    Cow::Owned(out)
}

/// What [`fold`] makes of one character (`None`: dropped).
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    match c {
        'ة' => Some('ه'),
        'ؤ' => Some('و'),
        'ى' => Some('ي'),
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
        _ => Some(c),
    }
}

/// The byte offset of the first character [`fold`] changes or drops. Those are all two-byte UTF-8 sequences led
/// by 0xD8 or 0xD9, which are never continuation bytes, so the bytes can be scanned directly.
#[inline]
fn first_to_fold(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(1)).find(|&i| match b[i] {
        // ة ؤ أ إ آ
        0xD8 => matches!(b[i + 1], 0xA2..=0xA5 | 0xA9),
        // ـ ى, the marks 064B–065F, 0670, ٱ
        0xD9 => matches!(b[i + 1], 0x80 | 0x89 | 0x8B..=0x9F | 0xB0 | 0xB1),
        _ => false,
    })
}

const UNIT_STEMS: [(&str, f64); 9] = [
    ("ثلاث", 3.0),
    ("ثلث", 3.0),
    ("اربع", 4.0),
    ("خمس", 5.0),
    ("ست", 6.0),
    ("سبع", 7.0),
    ("ثمان", 8.0),
    ("ثماني", 8.0),
    ("تسع", 9.0),
];

/// The atom a folded word (no proclitic, no article) is, if any.
/// The atom a folded word (no proclitic, no article) is, if any: one hash look-up.
fn atom_of(w: &str) -> Option<Atom> {
    static TABLE: OnceLock<HashMap<&'static str, Atom>> = OnceLock::new();
    if w.len() > 24 {
        return None;
    }
    let table = TABLE.get_or_init(|| {
        let mut m = HashMap::default();
        for &k in WORD_KEYS {
            if let Some(a) = atom_of_slow(k) {
                m.insert(k, a);
            }
        }
        m
    });
    match table.get(w) {
        Some(a) => Some(*a),
        None => hundreds_compound(w),
    }
}

/// Every word [`atom_of_slow`] knows (the hundreds compounds are matched by [`hundreds_compound`]).
const WORD_KEYS: &[&str] = &[
    "صفر",
    "واحد",
    "واحده",
    "واحدا",
    "احد",
    "احدي",
    "اثنان",
    "اثنين",
    "اثنتان",
    "اثنتين",
    "ثنتان",
    "ثنتين",
    "اثنا",
    "اثني",
    "اثنتا",
    "اثنتي",
    "ثلاث",
    "ثلاثه",
    "اربع",
    "اربعه",
    "خمس",
    "خمسه",
    "ست",
    "سته",
    "سبع",
    "سبعه",
    "ثماني",
    "ثمان",
    "ثمانيه",
    "تسع",
    "تسعه",
    "عشر",
    "عشره",
    "عشرون",
    "عشرين",
    "ثلاثون",
    "ثلاثين",
    "اربعون",
    "اربعين",
    "خمسون",
    "خمسين",
    "ستون",
    "ستين",
    "سبعون",
    "سبعين",
    "ثمانون",
    "ثمانين",
    "تسعون",
    "تسعين",
    "مئه",
    "مايه",
    "مائه",
    "مئتان",
    "مئتين",
    "مئتا",
    "مئتي",
    "مائتان",
    "مائتين",
    "مائتا",
    "مائتي",
    "مايتان",
    "مايتين",
    "الف",
    "الفا",
    "مليون",
    "مليونا",
    "مليار",
    "مليارا",
    "بليون",
    "بليونا",
    "تريليون",
    "تريليونا",
    "ترليون",
    "ترليونا",
    "الفان",
    "الفين",
    "الفي",
    "مليونان",
    "مليونين",
    "مليوني",
    "ملياران",
    "مليارين",
    "ملياري",
    "بليونان",
    "بليونين",
    "بليوني",
    "الاف",
    "الوف",
    "ملايين",
    "مليارات",
    "بلايين",
    "تريليونات",
    "عشرات",
    "مئات",
    "مائات",
    "نصف",
    "ثلث",
    "ربع",
    "ثلثا",
    "ثلثي",
    "ارباع",
    "اثلاث",
    "اول",
    "اولي",
    "اولا",
    "ثاني",
    "ثان",
    "ثانيه",
    "ثانيا",
    "ثالث",
    "ثالثه",
    "ثالثا",
    "رابع",
    "رابعه",
    "رابعا",
    "خامس",
    "خامسه",
    "خامسا",
    "سادس",
    "سادسه",
    "سادسا",
    "سابع",
    "سابعه",
    "سابعا",
    "ثامن",
    "ثامنه",
    "ثامنا",
    "تاسع",
    "تاسعه",
    "تاسعا",
    "عاشر",
    "عاشره",
    "عاشرا",
    "حادي",
    "حاديه",
];

fn atom_of_slow(w: &str) -> Option<Atom> {
    use Atom::*;
    let unit = |v: f64| Some(Unit { value: v, teen_only: false });
    let ord = |v: f64| Some(Ordinal { value: v, teen_only: false });
    match w {
        "صفر" => unit(0.0),
        "واحد" | "واحده" | "واحدا" => unit(1.0),
        "احد" | "احدي" => Some(Unit { value: 1.0, teen_only: true }),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "ثنتان" | "ثنتين" => unit(2.0),
        "اثنا" | "اثني" | "اثنتا" | "اثنتي" => Some(Unit { value: 2.0, teen_only: true }),
        "ثلاث" | "ثلاثه" => unit(3.0),
        "اربع" | "اربعه" => unit(4.0),
        "خمس" | "خمسه" => unit(5.0),
        "ست" | "سته" => unit(6.0),
        "سبع" | "سبعه" => unit(7.0),
        "ثماني" | "ثمان" | "ثمانيه" => unit(8.0),
        "تسع" | "تسعه" => unit(9.0),
        "عشر" | "عشره" => Some(Ten),
        "عشرون" | "عشرين" => Some(Tens(20.0)),
        "ثلاثون" | "ثلاثين" => Some(Tens(30.0)),
        "اربعون" | "اربعين" => Some(Tens(40.0)),
        "خمسون" | "خمسين" => Some(Tens(50.0)),
        "ستون" | "ستين" => Some(Tens(60.0)),
        "سبعون" | "سبعين" => Some(Tens(70.0)),
        "ثمانون" | "ثمانين" => Some(Tens(80.0)),
        "تسعون" | "تسعين" => Some(Tens(90.0)),
        "مئه" | "مايه" | "مائه" => Some(Hundred(100.0)),
        "مئتان" | "مئتين" | "مئتا" | "مئتي" | "مائتان" | "مائتين" | "مائتا" | "مائتي" | "مايتان" | "مايتين" => {
            Some(Hundred(200.0))
        }
        "الف" | "الفا" => Some(Scale(1e3)),
        "مليون" | "مليونا" => Some(Scale(1e6)),
        "مليار" | "مليارا" | "بليون" | "بليونا" => Some(Scale(1e9)),
        "تريليون" | "تريليونا" | "ترليون" | "ترليونا" => Some(Scale(1e12)),
        "الفان" | "الفين" | "الفي" => Some(ScaleDual(1e3)),
        "مليونان" | "مليونين" | "مليوني" => Some(ScaleDual(1e6)),
        "ملياران" | "مليارين" | "ملياري" | "بليونان" | "بليونين" | "بليوني" => Some(ScaleDual(1e9)),
        "الاف" | "الوف" => Some(ScalePlural(1e3)),
        "ملايين" => Some(ScalePlural(1e6)),
        "مليارات" | "بلايين" => Some(ScalePlural(1e9)),
        "تريليونات" => Some(ScalePlural(1e12)),
        "عشرات" => Some(Approx(10.0)),
        "مئات" | "مائات" => Some(Approx(100.0)),
        "نصف" => Some(Fraction(0.5)),
        "ثلث" => Some(Fraction(1.0 / 3.0)),
        "ربع" => Some(Fraction(0.25)),
        "ثلثا" | "ثلثي" => Some(Fraction(2.0 / 3.0)),
        "ارباع" => Some(FractionPlural(0.25)),
        "اثلاث" => Some(FractionPlural(1.0 / 3.0)),
        "اول" | "اولي" | "اولا" => ord(1.0),
        "ثاني" | "ثان" | "ثانيه" | "ثانيا" => ord(2.0),
        "ثالث" | "ثالثه" | "ثالثا" => ord(3.0),
        "رابع" | "رابعه" | "رابعا" => ord(4.0),
        "خامس" | "خامسه" | "خامسا" => ord(5.0),
        "سادس" | "سادسه" | "سادسا" => ord(6.0),
        "سابع" | "سابعه" | "سابعا" => ord(7.0),
        "ثامن" | "ثامنه" | "ثامنا" => ord(8.0),
        "تاسع" | "تاسعه" | "تاسعا" => ord(9.0),
        "عاشر" | "عاشره" | "عاشرا" => ord(10.0),
        "حادي" | "حاديه" => Some(Ordinal { value: 1.0, teen_only: true }),
        _ => hundreds_compound(w),
    }
}

const HUNDRED_SUFFIXES: [&str; 3] = ["مائه", "مايه", "مئه"];

/// Can `w` end with a word [`atom_of`] knows? [`read_word`] only strips letters from the front, so the atom it
/// finds is a suffix of `w`; every such word has at least two letters, so one look-up of the last two or three
/// letters rejects almost every other word of a text before the several look-ups of the full reading.
fn may_end_with_atom(w: &str) -> bool {
    let mut it = w.chars().rev();
    tail_may_be_atom(it.next(), it.next(), it.next())
}

/// [`may_end_with_atom`] of a word whose last letters are `c`, then `b` before it, then `a` before that.
fn tail_may_be_atom(c: Option<char>, b: Option<char>, a: Option<char>) -> bool {
    static TAILS: OnceLock<Option<crate::hash::FxSet<u64>>> = OnceLock::new();
    let pack = |a: Option<char>, b: char, c: char| (a.map_or(0, |a| a as u64 + 1) << 42) | (b as u64) << 21 | c as u64;
    // the last two letters of the two-letter words and the last three of the longer ones, packed
    let tails = TAILS.get_or_init(|| {
        let hundreds = UNIT_STEMS.iter().flat_map(|(s, _)| HUNDRED_SUFFIXES.map(|suf| format!("{s}{suf}")));
        let mut set = crate::hash::FxSet::default();
        for k in WORD_KEYS.iter().filter(|k| atom_of_slow(k).is_some()).map(|k| k.to_string()).chain(hundreds) {
            let mut it = k.chars().rev();
            match (it.next(), it.next(), it.next()) {
                (Some(c), Some(b), a) => set.insert(pack(a, b, c)),
                // a one-letter word: no filter
                _ => return None,
            };
        }
        Some(set)
    });
    let Some(tails) = tails else { return true };
    match (c, b, a) {
        (Some(c), Some(b), a) => tails.contains(&pack(None, b, c)) || a.is_some_and(|a| tails.contains(&pack(Some(a), b, c))),
        _ => false,
    }
}

/// «ثلاثمئة», «خمسمائة», «ثمانمئة», «تسعمية» (already folded).
fn hundreds_compound(w: &str) -> Option<Atom> {
    for suffix in HUNDRED_SUFFIXES {
        if let Some(prefix) = w.strip_suffix(suffix) {
            return UNIT_STEMS.iter().find(|(s, _)| *s == prefix).map(|&(_, v)| Atom::Hundred(v * 100.0));
        }
    }
    None
}

/// How a word was read: its atom, the proclitic letters stripped, and whether it had the article.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Read {
    atom: Atom,
    prefix: usize,
    definite: bool,
}

/// Read a folded word as a number word, allowing the article and (when `clitics`) proclitics: one
/// conjunction و/ف, then one preposition ب/ل/ك; «لل» is ل + ال with the alef dropped.
fn read_word(w: &str, clitics: bool) -> Option<Read> {
    if !may_end_with_atom(w) {
        return None;
    }
    let try_word = |rest: &str, prefix: usize| -> Option<Read> {
        if rest.chars().count() < 2 {
            return None;
        }
        if let Some(atom) = atom_of(rest) {
            return Some(Read { atom, prefix, definite: false });
        }
        let r = rest.strip_prefix("ال")?;
        atom_of(r).map(|atom| Read { atom, prefix, definite: true })
    };
    if let Some(r) = try_word(w, 0) {
        return Some(r);
    }
    if !clitics {
        return None;
    }
    let conj = w.strip_prefix('و').or_else(|| w.strip_prefix('ف'));
    if let Some(r) = conj.and_then(|c| try_word(c, 1)) {
        return Some(r);
    }
    for (base, n) in [(Some(w), 0usize), (conj, 1)] {
        let Some(base) = base else { continue };
        if let Some(rest) = base.strip_prefix("لل")
            && let Some(atom) = atom_of(rest) {
                return Some(Read { atom, prefix: n + 1, definite: true });
            }
        for p in ['ب', 'ل', 'ك'] {
            if let Some(r) = base.strip_prefix(p).and_then(|rest| try_word(rest, n + 1)) {
                return Some(r);
            }
        }
    }
    None
}

/// The atom a single word is (with any proclitic and article), e.g. «وثلاثمئة» → `Hundred(300)`.
pub fn word_atom(word: &str) -> Option<Atom> {
    read_word(&fold(word), true).map(|r| r.atom)
}

/// Parse a digit string (ASCII, Arabic-Indic or Persian digits; «.», «,», «٫», «٬» separators). A single «,» or
/// «٫» followed by other than three digits is a decimal comma («2,5» → 2.5); groups of three are thousands
/// («6,000» → 6000, «1.500.000» → 1500000); with both marks, or with «.» for thousands and a last group shorter than
/// three («874.347.21»), the last one is the decimal point.
pub fn parse_digits(s: &str) -> Option<f64> {
    let mut digits = CompactString::default();
    let mut seps: Vec<(usize, char)> = Vec::new(); // (position in digits, mark)
    for c in s.chars() {
        match c {
            '0'..='9' => digits.push(c),
            '\u{0660}'..='\u{0669}' => digits.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => digits.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            '.' | '٫' => seps.push((digits.len(), '.')),
            ',' | '٬' | '،' => seps.push((digits.len(), if c == '٬' { '\'' } else { ',' })),
            '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            _ => return None,
        }
    }
    if digits.is_empty() || digits.len() > 30 {
        return None;
    }
    // A separator at either end or two in a row: not a number.
    if seps.iter().any(|&(p, _)| p == 0 || p == digits.len()) || seps.windows(2).any(|w| w[0].0 == w[1].0) {
        return None;
    }
    // Marks at positions 1..=3 then every 3 digits, the last one 3 digits before `end`.
    let groups_of_three = |marks: &[(usize, char)], end: usize| {
        let mut prev: Option<usize> = None;
        for &(p, _) in marks {
            match prev {
                None if p > 3 => return false,
                Some(q) if p - q != 3 => return false,
                _ => {}
            }
            prev = Some(p);
        }
        prev.is_none_or(|q| end - q == 3)
    };
    let n = seps.len();
    let decimal_at: Option<usize> = if n == 0 {
        None
    } else if seps.iter().all(|&(_, m)| m == seps[0].1) {
        let m = seps[0].1;
        if n == 1 && m == '.' && !(digits.len() - seps[0].0 == 3 && digits.ends_with("000") && seps[0].0 <= 3) {
            Some(seps[0].0)
        } else if groups_of_three(&seps, digits.len()) {
            None
        } else if n == 1 && m == ',' {
            Some(seps[0].0)
        } else if m == '.' && groups_of_three(&seps[..n - 1], seps[n - 1].0) && digits.len() - seps[n - 1].0 < 3 {
            // «874.347.21 دولاراً»: the same mark for thousands and, in the last place, cents
            Some(seps[n - 1].0)
        } else {
            return None;
        }
    } else {
        let (last_p, last_m) = seps[n - 1];
        let a = seps[0].1;
        if seps[..n - 1].iter().all(|&(_, m)| m == a) && a != last_m && groups_of_three(&seps[..n - 1], last_p) {
            Some(last_p)
        } else {
            return None;
        }
    };
    let (int, frac) = match decimal_at {
        Some(p) => (&digits[..p], &digits[p..]),
        None => (&digits[..], ""),
    };
    let v: f64 = if frac.is_empty() {
        int.parse().ok()?
    } else {
        let mut both = CompactString::from(int);
        both.push('.');
        both.push_str(frac);
        both.parse().ok()?
    };
    v.is_finite().then_some(v)
}

/// [`parse_at`] at every token of a document, each computed on first use: the dates and numbers layers share
/// one, so each token is read once.
#[derive(Debug, Clone, Default)]
pub(crate) struct NumberParses(Vec<std::cell::OnceCell<Option<NumberWords>>>);

impl NumberParses {
    pub(crate) fn new(tokens: usize) -> Self {
        NumberParses(vec![std::cell::OnceCell::new(); tokens])
    }

    /// `parse_at(tokens, i)`, remembered (`tokens` must be the tokens this was made for).
    pub(crate) fn get(&self, tokens: &[Token], i: usize) -> Option<NumberWords> {
        match self.0.get(i) {
            Some(c) => *c.get_or_init(|| parse_at(tokens, i)),
            None => parse_at(tokens, i),
        }
    }
}

/// A token's usable text: its norm, or (for tokens built without one) its surface.
pub(crate) fn norm_of(t: &Token) -> &str {
    if t.norm.is_empty() { &t.text } else { &t.norm }
}

/// Two digit tokens around «.» written with a bidi mark between them («5.‏0» stored reversed for «0.5»): the
/// reading a reader sees. Returns the value and the number of tokens (3).
fn reversed_decimal(tokens: &[Token], i: usize) -> Option<f64> {
    let (a, dot, b) = (tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?);
    if a.kind != TokenKind::Number || b.kind != TokenKind::Number {
        return None;
    }
    if norm_of(dot) == "ر" {
        // «50ر11»: the old Arabic decimal mark, read as 11.50
        if a.span.byte_end != dot.span.byte_start || dot.span.byte_end != b.span.byte_start {
            return None;
        }
    } else {
        if norm_of(dot) != "." {
            return None;
        }
        // «5.» adjacent, then exactly one invisible character (3 bytes, 1 code point) before the second part.
        if a.span.byte_end != dot.span.byte_start {
            return None;
        }
        let gap_bytes = b.span.byte_start.checked_sub(dot.span.byte_end)?;
        let gap_chars = b.span.start.checked_sub(dot.span.end)?;
        if !(gap_chars == 1 && (gap_bytes == 3 || gap_bytes == 2)) {
            return None;
        }
    }
    if norm_of(a).contains(['.', ',']) || norm_of(b).contains(['.', ',']) {
        return None;
    }
    parse_digits(&format!("{}.{}", norm_of(b), norm_of(a)))
}

/// «2،5 مليار»: digits, the Arabic comma and digits written tight together are a decimal.
fn arabic_comma_decimal(tokens: &[Token], i: usize) -> Option<f64> {
    let (a, comma, b) = (tokens.get(i)?, tokens.get(i + 1)?, tokens.get(i + 2)?);
    let tight = a.span.byte_end == comma.span.byte_start && comma.span.byte_end == b.span.byte_start;
    if !tight || a.kind != TokenKind::Number || b.kind != TokenKind::Number || comma.text != "،" {
        return None;
    }
    let (x, y) = (norm_of(a), norm_of(b));
    if x.contains(['.', ',']) || y.contains(['.', ',']) || tokens.get(i + 3).is_some_and(|t| t.text == "،" && t.span.byte_start == b.span.byte_end) {
        return None;
    }
    let mut s = CompactString::from(x);
    s.push('.');
    s.push_str(y);
    parse_digits(&s)
}

/// The surface byte length of the first `n` letters of `text` (marks and tatweel after a letter belong to it).
fn prefix_len(text: &str, n: usize) -> (usize, usize) {
    if n == 0 {
        return (0, 0);
    }
    let mut letters = 0;
    let mut chars = 0;
    for (b, c) in text.char_indices() {
        let mark = crate::tokenizer::is_arabic_mark(c) || crate::normalize::is_invisible(c);
        if !mark {
            if letters == n {
                return (b, chars);
            }
            letters += 1;
        }
        chars += 1;
    }
    (text.len(), chars)
}

const MAX_TOKENS: usize = 16;

/// Is `t` the conjunction «و» standing alone?
fn is_wa(t: &Token) -> bool {
    t.kind == TokenKind::Arabic && norm_of(t) == "و"
}

/// The longest numeric expression starting at `tokens[i]`, or `None`. See the module docs.
pub fn parse_at(tokens: &[Token], i: usize) -> Option<NumberWords> {
    let first = tokens.get(i)?;
    let mut out = NumberWords {
        value: 0.0,
        len: 0,
        prefix_chars: 0,
        prefix_bytes: 0,
        ordinal: false,
        fraction: false,
        approx: false,
        definite: false,
        digits: false,
        words: false,
        scale: 1.0,
        dual: false,
    };
    // Digits (optionally «الـ23» ordinals and reversed decimals), then scale words.
    let mut j = i;
    let mut digits_value = None;
    if first.kind == TokenKind::Arabic {
        // Most words are no number word and no article before digits («ال», «وال», «لل»…): the end of the
        // folded word tells, before folding it
        let mut rev = norm_of(first).chars().rev().filter_map(fold_char);
        let (c, b) = (rev.next(), rev.next());
        let article = matches!((b, c), (Some('ا'), Some('ل')) | (Some('ل'), Some('ل')));
        if !article && !tail_may_be_atom(c, b, rev.next()) {
            return None;
        }
    }
    // the first word folded once (used by the «الـ23» check and the word grammar)
    let f0 = if first.kind == TokenKind::Arabic { fold(norm_of(first)) } else { Cow::Borrowed("") };
    if first.kind == TokenKind::Arabic {
        let f = &f0;
        let art = match &**f {
            "ال" => Some(0),
            "وال" | "فال" | "بال" | "لل" | "كال" => Some(1),
            "وبال" | "ولل" | "فبال" | "فلل" => Some(2),
            _ => None,
        };
        if let (Some(p), Some(next)) = (art, tokens.get(i + 1)) {
            // «الـ23», and «الـ 23» when the tatweel shows the article is bound to the number
            let bound = next.span.byte_start == first.span.byte_end || first.text.ends_with('\u{0640}');
            if next.kind == TokenKind::Number && bound
                && let Some(v) = parse_digits(norm_of(next)) {
                    let (pb, pc) = prefix_len(&first.text, p);
                    // «ال65 ألف كائن»: a definite count with its scale, not an ordinal
                    if let Some(Read { atom: Atom::Scale(s) | Atom::ScalePlural(s), prefix: 0, definite: false }) =
                        tokens.get(i + 2).filter(|t| t.kind == TokenKind::Arabic).and_then(|t| read_word(&fold(norm_of(t)), false))
                    {
                        return Some(NumberWords {
                            value: v * s,
                            len: 3,
                            prefix_chars: pc,
                            prefix_bytes: pb,
                            definite: true,
                            digits: true,
                            words: true,
                            scale: s,
                            ..out
                        });
                    }
                    return Some(NumberWords {
                        value: v,
                        len: 2,
                        prefix_chars: pc,
                        prefix_bytes: pb,
                        ordinal: true,
                        definite: true,
                        digits: true,
                        ..out
                    });
                }
        }
    }
    if first.kind == TokenKind::Number {
        if let Some(v) = reversed_decimal(tokens, i) {
            digits_value = Some(v);
            j = i + 3;
        } else if let Some(v) = arabic_comma_decimal(tokens, i) {
            digits_value = Some(v);
            j = i + 3;
        } else {
            digits_value = Some(parse_digits(norm_of(first))?);
            j = i + 1;
        }
    }
    if let Some(v) = digits_value {
        out.digits = true;
        out.value = v;
        out.len = j - i;
        // «6 آلاف», «1.5 مليار», «50 ألفا», «3 ملايين»
        if let Some(t) = tokens.get(j)
            && t.kind == TokenKind::Arabic
                && let Some(Read { atom: Atom::Scale(s) | Atom::ScalePlural(s), prefix: 0, definite: false }) =
                    read_word(&fold(norm_of(t)), false)
                {
                    out.value = v * s;
                    out.scale = s;
                    out.words = true;
                    out.len += 1;
                    // «3 ملايين و500 ألف», «37 ألفا و 353»: a smaller group after و
                    let k = i + out.len;
                    if tokens.get(k).is_some_and(is_wa)
                        && let Some(d) = tokens.get(k + 1).filter(|t| t.kind == TokenKind::Number).and_then(|t| parse_digits(norm_of(t))) {
                            let mut d = d;
                            let mut len = 2;
                            let next_scale = tokens.get(k + 2).filter(|t| t.kind == TokenKind::Arabic).and_then(|t| read_word(&fold(norm_of(t)), false));
                            let mut bare = true;
                            if let Some(Read { atom: Atom::Scale(s2) | Atom::ScalePlural(s2), prefix: 0, .. }) = next_scale {
                                // («بين 250 ألفا و270 ألف دولار» is a range)
                                bare = false;
                                if s2 < s {
                                    d *= s2;
                                    len = 3;
                                }
                            }
                            // (a bare group after millions may stand for thousands: «مليون و500» is said for
                            // 1.5 million; after thousands it is units)
                            if d < s && (len == 3 || (bare && s == 1000.0)) {
                                out.value += d;
                                out.len += len;
                            }
                        }
                }
        return Some(out);
    }
    if first.kind != TokenKind::Arabic {
        return None;
    }
    let r0 = read_word(&f0, true)?;
    // «لست» ("I am not"), «لستة»... keep only «ست» with و/ف
    if r0.prefix > 0 && matches!(r0.atom, Atom::Unit { value: 6.0, .. }) && f0.chars().count() <= 3 && !f0.starts_with(['و', 'ف']) {
        return None;
    }
    let (pb, pc) = prefix_len(&first.text, r0.prefix);
    out.prefix_bytes = pb;
    out.prefix_chars = pc;
    out.definite = r0.definite;
    out.words = true;

    // Grammar state.
    let mut total = 0.0f64; // completed scale groups
    let mut current = 0.0f64; // the group under construction (< 1000)
    let mut last_scale = f64::INFINITY; // the smallest scale closed so far
    let mut prev: Atom = r0.atom;
    let mut pending_teen = false; // a teen-only word waiting for عشر
    let mut consumed = 1usize; // tokens accepted so far (valid end)
    let mut valid_value: Option<f64> = None;

    match r0.atom {
        Atom::Unit { value, teen_only } => {
            current = value;
            pending_teen = teen_only;
        }
        Atom::Ten => current = 10.0,
        Atom::Tens(v) | Atom::Hundred(v) => current = v,
        Atom::Scale(s) => {
            total = s;
            last_scale = s;
            out.scale = s;
        }
        Atom::ScaleDual(s) => {
            total = 2.0 * s;
            last_scale = s;
            out.scale = s;
            out.dual = true;
        }
        Atom::ScalePlural(s) => {
            total = s;
            last_scale = s;
            out.scale = s;
            out.approx = true;
        }
        Atom::Approx(v) => {
            current = v;
            out.approx = true;
        }
        Atom::Fraction(v) => {
            current = v;
            out.fraction = true;
        }
        Atom::FractionPlural(_) => return None,
        Atom::Ordinal { value, teen_only } => {
            current = value;
            pending_teen = teen_only;
            out.ordinal = true;
        }
    }
    if !pending_teen {
        valid_value = Some(total + current);
    }

    let mut k = i + 1;
    while k < tokens.len() && k - i < MAX_TOKENS {
        // Optional conjunction: a separate «و» token or a و proclitic.
        let (word_tok, conj, next_k) = if is_wa(&tokens[k]) {
            match tokens.get(k + 1) {
                Some(t) => (t, true, k + 2),
                None => break,
            }
        } else {
            (&tokens[k], false, k + 1)
        };
        // Digits after و following a scale: «مليونا و500 ألف».
        if word_tok.kind == TokenKind::Number {
            if !conj || out.ordinal || out.approx || out.fraction || !matches!(prev, Atom::Scale(_) | Atom::ScaleDual(_)) {
                break;
            }
            let Some(v) = parse_digits(norm_of(word_tok)) else { break };
            let mut v = v;
            let mut kk = next_k;
            if let Some(t) = tokens.get(kk)
                && let Some(Read { atom: Atom::Scale(s) | Atom::ScalePlural(s), prefix: 0, .. }) =
                    read_word(&fold(norm_of(t)), false)
                    && s < last_scale {
                        v *= s;
                        kk += 1;
                    }
            if v >= last_scale {
                break;
            }
            total += current + v;
            out.digits = true;
            consumed = kk - i;
            valid_value = Some(total);
            break;
        }
        if word_tok.kind != TokenKind::Arabic {
            break;
        }
        let f = fold(norm_of(word_tok));
        let (read, conj) = if conj {
            match read_word(&f, false) {
                Some(r) => (r, true),
                None => break,
            }
        } else if let Some(r) = read_word(&f, false) {
            (r, false)
        } else if let Some(rest) = f.strip_prefix('و') {
            match read_word(rest, false) {
                Some(r) => (r, true),
                None => break,
            }
        } else {
            break;
        };
        // The article only continues a definite expression («الحادي والعشرين»).
        if read.definite && !out.definite && !(matches!(prev, Atom::Approx(_)) && matches!(read.atom, Atom::ScalePlural(_))) {
            break;
        }
        let atom = read.atom;
        let unit_part = current % 100.0;
        let ok = match (prev, atom, conj) {
            // teens: «خمسة عشر», «احد عشر», «الحادي عشر», «مئة وخمسة عشر»
            // (eleventh is «الحادي عشر»: «أول عشرة آلاف» is the first ten thousand)
            (Atom::Unit { value, .. } | Atom::Ordinal { value, .. }, Atom::Ten, false)
                if unit_part == value && value >= 1.0 && prev != (Atom::Ordinal { value: 1.0, teen_only: false }) =>
            {
                current += 10.0;
                pending_teen = false;
                true
            }
            // «خمسة وعشرون», «الخامس والعشرين», «مئة وخمسة وعشرون»
            (Atom::Unit { .. } | Atom::Ordinal { .. }, Atom::Tens(v), true) if (1.0..10.0).contains(&unit_part) => {
                current += v;
                pending_teen = false;
                true
            }
            _ if pending_teen => false,
            // «مئة وعشرون», «ألف وعشرون»
            (Atom::Hundred(_) | Atom::Scale(_) | Atom::ScaleDual(_), Atom::Tens(v), true) if unit_part == 0.0 && !out.ordinal => {
                current += v;
                true
            }
            // «مئة وخمسة», «ألف وثلاثة», «مليونان وأربعة عشر»
            (Atom::Hundred(_) | Atom::Scale(_) | Atom::ScaleDual(_), Atom::Unit { value, teen_only }, true)
                if unit_part == 0.0 && !out.ordinal =>
            {
                current += value;
                pending_teen = teen_only;
                true
            }
            (Atom::Hundred(_) | Atom::Scale(_) | Atom::ScaleDual(_), Atom::Ten, true) if unit_part == 0.0 && !out.ordinal => {
                current += 10.0;
                true
            }
            // «ثلاث مئة»
            (Atom::Unit { value, .. }, Atom::Hundred(h), false) if h == 100.0 && current == value && value >= 1.0 && !out.ordinal => {
                current *= 100.0;
                true
            }
            // «ألف وخمسمئة»
            (Atom::Scale(_) | Atom::ScaleDual(_), Atom::Hundred(v), true) if current == 0.0 && !out.ordinal => {
                current = v;
                true
            }
            // «ستة آلاف», «ثلاثة عشر ألفا», «مئة ألف», «مئة وخمسون ألفا», «ربع مليون», «عشرات الآلاف»
            (_, Atom::Scale(s) | Atom::ScalePlural(s), false)
                if !out.ordinal
                    && current > 0.0
                    && s < last_scale
                    && match atom {
                        Atom::Scale(_) => !read.definite && !matches!(prev, Atom::Approx(_)),
                        _ => plural_ok(current, prev, read.definite),
                    } =>
            {
                total += current * s;
                current = 0.0;
                last_scale = s;
                out.scale = s;
                true
            }
            // «مليون ونصف», «اثنان ونصف»
            (_, Atom::Fraction(v), true) if !out.ordinal && !out.fraction && !out.approx => {
                if matches!(prev, Atom::Scale(_) | Atom::ScaleDual(_)) && current == 0.0 {
                    total += v * last_scale;
                } else {
                    current += v;
                }
                valid_value = Some(total + current);
                consumed = next_k - i;
                break;
            }
            // «ثلاثة أرباع»
            (Atom::Unit { .. }, Atom::FractionPlural(v), false) if (2.0..10.0).contains(&current) && !out.ordinal => {
                current *= v;
                out.fraction = true;
                true
            }
            // «مليون وألفان», «مليون وألف»: a smaller scale after و
            (Atom::Scale(_) | Atom::ScaleDual(_), Atom::ScaleDual(s), true) if current == 0.0 && s < last_scale => {
                total += 2.0 * s;
                last_scale = s;
                true
            }
            (Atom::Scale(_) | Atom::ScaleDual(_), Atom::Scale(s), true) if current == 0.0 && s < last_scale => {
                total += s;
                last_scale = s;
                true
            }
            _ => false,
        };
        if !ok {
            break;
        }
        prev = atom;
        if !pending_teen {
            valid_value = Some(total + current);
            consumed = next_k - i;
        }
        k = next_k;
    }
    finish(out, valid_value, consumed)
}

/// A plural scale («آلاف») after what: a count 3–10, a vague count («عشرات الآلاف», and in a construct chain
/// «عشرات آلاف اللاجئين», «عشرات مليارات اليوروات»), or digits.
fn plural_ok(current: f64, prev: Atom, definite: bool) -> bool {
    match prev {
        Atom::Approx(_) => true,
        Atom::Unit { .. } | Atom::Ten => (3.0..=10.0).contains(&current) && !definite,
        _ => false,
    }
}

fn finish(mut out: NumberWords, valid: Option<f64>, consumed: usize) -> Option<NumberWords> {
    let v = valid?;
    if !v.is_finite() {
        return None;
    }
    out.value = v;
    out.len = consumed;
    if out.dual && consumed > 1 {
        out.dual = false;
    }
    Some(out)
}

/// Parse a whole token slice as exactly one numeric expression (ignoring nothing): `Some` only when the
/// expression at `tokens[0]` covers every token.
pub fn parse_all(tokens: &[Token]) -> Option<NumberWords> {
    let n = parse_at(tokens, 0)?;
    (n.len == tokens.len() && n.prefix_chars == 0).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<(f64, usize)> {
        let doc = crate::Pipeline::default().analyze(s);
        parse_at(&doc.tokens, 0).map(|n| (n.value, n.len))
    }
    fn v(s: &str) -> f64 {
        let doc = crate::Pipeline::default().analyze(s);
        match parse_at(&doc.tokens, 0) {
            Some(n) if n.len == doc.tokens.len() => n.value,
            other => panic!("{s:?}: {other:?} over {} tokens", doc.tokens.len()),
        }
    }
    fn full(s: &str) -> NumberWords {
        let doc = crate::Pipeline::default().analyze(s);
        let n = parse_at(&doc.tokens, 0).unwrap_or_else(|| panic!("{s:?}: none"));
        assert_eq!(n.len, doc.tokens.len(), "{s:?}: {n:?}");
        n
    }

    #[test]
    fn peers_failures() {
        assert_eq!(v("اربعة"), 4.0);
        assert_eq!(v("6000"), 6000.0);
        assert_eq!(v("ثلاث مئة"), 300.0);
        assert_eq!(v("مليار"), 1e9);
    }

    #[test]
    fn units_both_genders_and_hamza() {
        for (s, x) in [
            ("واحد", 1.0), ("واحدة", 1.0), ("اثنان", 2.0), ("اثنتين", 2.0), ("ثلاث", 3.0), ("ثلاثة", 3.0),
            ("أربع", 4.0), ("اربعه", 4.0), ("خمس", 5.0), ("ست", 6.0), ("ستة", 6.0), ("سبعة", 7.0),
            ("ثماني", 8.0), ("ثمانية", 8.0), ("تسع", 9.0), ("عشرة", 10.0), ("عشر", 10.0), ("صفر", 0.0),
        ] {
            assert_eq!(v(s), x, "{s}");
        }
    }

    #[test]
    fn teens_tens_hundreds() {
        for (s, x) in [
            ("أحد عشر", 11.0), ("إحدى عشرة", 11.0), ("اثنا عشر", 12.0), ("اثنتي عشرة", 12.0), ("ثلاثة عشر", 13.0),
            ("تسع عشرة", 19.0), ("عشرون", 20.0), ("عشرين", 20.0), ("تسعين", 90.0), ("خمسة وعشرون", 25.0),
            ("خمسة و عشرون", 25.0), ("مئة", 100.0), ("مائة", 100.0), ("مئه", 100.0), ("مئتان", 200.0),
            ("مائتين", 200.0), ("ثلاثمئة", 300.0), ("ثلاثمائة", 300.0), ("ثلاث مئة", 300.0), ("خمسمائة", 500.0),
            ("ثمانمئة", 800.0), ("تسعمئة وتسعة وتسعون", 999.0), ("مئة وخمسون", 150.0), ("مئة وخمسة", 105.0),
        ] {
            assert_eq!(v(s), x, "{s}");
        }
    }

    #[test]
    fn scales_duals_plurals() {
        for (s, x) in [
            ("ألف", 1e3), ("الف", 1e3), ("ألفان", 2e3), ("ألفين", 2e3), ("ستة آلاف", 6e3), ("ستة الاف", 6e3),
            ("عشرة آلاف", 1e4), ("ثلاثة عشر ألفا", 13e3), ("مئة ألف", 1e5), ("مئة وخمسون ألفا", 150e3),
            ("مليون", 1e6), ("مليونا", 1e6), ("مليونان", 2e6), ("مليونين", 2e6), ("مليوني", 2e6),
            ("ثلاثة ملايين", 3e6), ("مليار", 1e9), ("ملياري", 2e9), ("بليون", 1e9), ("خمسة مليارات", 5e9),
            ("ألفين وستة عشر", 2016.0), ("ألف وتسعمئة وخمسة وتسعون", 1995.0), ("مليون ونصف", 1.5e6),
            ("ثلاثمئة ألف", 3e5), ("مليونان وخمسمئة ألف", 2.5e6),
        ] {
            assert_eq!(v(s), x, "{s}");
        }
    }

    #[test]
    fn digits_and_scales() {
        for (s, x) in [
            ("6000", 6e3), ("6,000", 6e3), ("2,5 مليار", 2.5e9), ("1.5 مليار", 1.5e9), ("6 آلاف", 6e3),
            ("١٢٣", 123.0), ("١٢٣٫٥", 123.5), ("۱۲۳", 123.0), ("١٬٠٠٠", 1000.0), ("50 ألفا", 5e4),
            ("1,234,567", 1234567.0), ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("3.41 مليون", 3.41e6),
            ("1.500.000", 1.5e6), ("2.53", 2.53), ("0.76", 0.76), ("76.000", 76000.0), ("2.610", 2.61),
            ("874.347.21", 874347.21), ("1.234.5", 1234.5),
        ] {
            assert_eq!(v(s), x, "{s}");
        }
        assert_eq!(parse_digits("1,,2"), None);
        assert_eq!(parse_digits(","), None);
        assert_eq!(parse_digits("12a"), None);
        assert_eq!(parse_digits("1.23.45"), None);
    }

    #[test]
    fn reversed_decimal_around_bidi_mark() {
        assert_eq!(v("5.\u{200F}0"), 0.5);
        assert_eq!(v("1.\u{200F}3 مليار"), 3.1e9);
        assert_eq!(v("50ر11 مليون"), 11.5e6);
        assert_eq!(v("ال65 ألف"), 65000.0);
        // an ordinary sentence end is not a decimal
        assert_eq!(p("5. 0"), Some((5.0, 1)));
    }

    #[test]
    fn fractions_and_approx() {
        let n = full("ربع مليون");
        assert_eq!((n.value, n.fraction), (250000.0, true));
        assert!(full("نصف").fraction);
        assert!((full("ثلثي").value - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(full("ثلاثة أرباع").value, 0.75);
        let n = full("عشرات الآلاف");
        assert_eq!((n.value, n.approx), (10000.0, true));
        let n = full("مئات");
        assert_eq!((n.value, n.approx), (100.0, true));
        let n = full("آلاف");
        assert_eq!((n.value, n.approx), (1000.0, true));
        let n = full("عشرات");
        assert_eq!((n.value, n.approx), (10.0, true));
        assert_eq!(full("مئات الملايين").value, 1e8);
        // without the article, as the first terms of a construct chain («عشرات آلاف اللاجئين»)
        assert_eq!(p("عشرات آلاف"), Some((10000.0, 2)));
        let n = full("عشرات مليارات");
        assert_eq!((n.value, n.approx), (1e10, true));
    }

    #[test]
    fn ordinals() {
        for (s, x) in [
            ("الأول", 1.0), ("الاولى", 1.0), ("أول", 1.0), ("ثاني", 2.0), ("الثالثة", 3.0), ("العاشر", 10.0),
            ("الحادي عشر", 11.0), ("الحادية عشرة", 11.0), ("الثالث عشر", 13.0), ("الخامس والعشرين", 25.0),
            ("الحادي والعشرين", 21.0), ("الـ23", 23.0),
        ] {
            let n = full(s);
            assert!(n.ordinal, "{s}");
            assert_eq!(n.value, x, "{s}");
        }
        assert!(!full("الخمسة").ordinal);
        assert!(full("الخمسة").definite);
    }

    #[test]
    fn proclitics_are_outside_the_span() {
        let doc = crate::Pipeline::default().analyze("وخمسة");
        let n = parse_at(&doc.tokens, 0).unwrap();
        assert_eq!((n.value, n.prefix_chars, n.prefix_bytes), (5.0, 1, 2));
        for (s, x, pre) in [("بثلاثة", 3.0, 1), ("ولثلاثة", 3.0, 2), ("فأربعة", 4.0, 1), ("كألف", 1000.0, 1), ("والثالث", 3.0, 1), ("واحد", 1.0, 0), ("بليون", 1e9, 0)] {
            let doc = crate::Pipeline::default().analyze(s);
            let n = parse_at(&doc.tokens, 0).unwrap();
            assert_eq!((n.value, n.prefix_chars), (x, pre), "{s}");
        }
        let doc = crate::Pipeline::default().analyze("بالـ23");
        let n = parse_at(&doc.tokens, 0).unwrap();
        assert_eq!((n.value, n.prefix_chars, n.ordinal), (23.0, 1, true));
    }

    #[test]
    fn stops_where_the_number_ends() {
        assert_eq!(p("خمسة رجال"), Some((5.0, 1)));
        assert_eq!(p("ستة آلاف مقاتل"), Some((6000.0, 2)));
        assert_eq!(p("خمسة بالمئة"), Some((5.0, 1)));
        assert_eq!(p("20 و30"), Some((20.0, 1)));
        assert_eq!(p("أحد الرجال"), None);
        assert_eq!(p("قال"), None);
        assert_eq!(p("خمسة و"), Some((5.0, 1)));
        assert_eq!(p("مليونا و500 ألف"), Some((1.5e6, 4)));
        assert_eq!(p("3 ملايين و500 ألف"), Some((3.5e6, 5)));
        assert_eq!(p("3 ملايين و500"), Some((3e6, 2)));
        assert_eq!(p("37 ألفا و 353"), Some((37353.0, 4)));
        assert_eq!(p("250 ألفا و270 ألف"), Some((250000.0, 2)));
        assert_eq!(p("الـ 23"), Some((23.0, 2)));
        assert_eq!(p("ال 23"), None);
        assert_eq!(p("ثلاثة وخمسة"), Some((3.0, 1)));
    }

    #[test]
    fn table_matches_the_grammar() {
        for &k in WORD_KEYS {
            assert_eq!(atom_of(k), atom_of_slow(k), "{k}");
            assert!(atom_of(k).is_some(), "{k}");
        }
    }

    #[test]
    fn word_atoms() {
        assert_eq!(word_atom("وثلاثمئة"), Some(Atom::Hundred(300.0)));
        assert_eq!(word_atom("الآلاف"), Some(Atom::ScalePlural(1000.0)));
        assert_eq!(word_atom("سيارة"), None);
    }
}
