//! The keyphrase scorer's parameters: the hand score's constants and the switches of each rule, settable by name
//! for experiments.

/// Scoring parameters. A word (key) seen `tf` times weighs `tf'^tf_exp * idf^idf_exp * L`, with `L` the largest
/// lead factor `1 + lead / ((1 + s)^lead_exp * (1 + (q / pos0)^pos_exp))` over its occurrences (`q` content words
/// into lead sentence `s`), where `tf' = tf + stem_w * (other words with its
/// light stem)`, `idf = max(z0 - zipf, idf_min)` and `zipf` is the background Zipf frequency of the key. A phrase of
/// n words scores the mean weight of its words × n^len_exp × cohesion^coh_exp (its count over its rarest word's
/// count), × entity_boost when it is a named entity, with the penalties below for phrases seen once.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub z0: f32,
    pub idf_min: f32,
    pub tf_exp: f64,
    pub idf_exp: f64,
    pub lead: f64,
    pub entity_boost: f64,
    /// idf given to a number inside a phrase.
    pub number_idf: f32,
    /// A nested phrase is kept only if at least this share of its occurrences stand outside the longer one.
    pub nested_keep: f64,
    /// A longer phrase replaces a chosen phrase it contains when it has at least this share of its count.
    pub absorb: f64,
    /// A phrase's idf is the mean idf of its words times `n^len_exp` (1: the sum; 0: the mean).
    pub len_exp: f64,
    /// Fewest occurrences for a phrase of several words that is not an entity (outside the first sentence).
    pub min_multi: f64,
    /// Factor on phrases of several words seen fewer than `min_multi` times (in the first sentence).
    pub single_multi: f64,
    pub coh_exp: f64,
    /// Exponent on the share of new words when a phrase repeats words of chosen ones.
    pub diversity: f64,
    /// Factor on single words seen once.
    pub once: f64,
    /// Share of its score kept by a phrase nested in a chosen one that also stands alone.
    pub nested_factor: f64,
    /// Decay of the lead factor over sentences: `1 + lead / (1 + s)^lead_exp` for an occurrence in sentence `s`.
    pub lead_exp: f64,
    /// Phrases of several words seen once count when they occur in the first `lead_sents` sentences.
    pub lead_sents: f64,
    /// 1: no phrase runs from a word with the article into one without («للجامعة العربية ستيفان»); 0: off.
    pub grammar: f64,
    /// 1: verb-like words (imperfect ي-forms, feminine perfect -ت forms, a list) are not phrase words; 0: off.
    pub verbs: f64,
    /// Weight of the occurrences of other words with the same light stem (plural, gender variants) in a word's count.
    pub stem_w: f64,
    /// 1: a phrase of several words does not end on an indefinite noun whose definite complement follows
    /// («صائب عريقات عضو | اللجنة»: a construct cut in two); 0: off.
    pub open_end: f64,
    /// Factor on a named entity seen once, outside the lead sentences.
    pub entity_once: f64,
    /// Sentences with fewer content words than this (datelines such as «الرياض - الوئام :») do not count as
    /// sentences for the lead factor.
    pub lead_min_words: f64,
    /// Decay inside a lead sentence: an occurrence `q` content words into its sentence has its lead bonus times
    /// `1 / (1 + (q / pos0)^pos_exp)` (long first sentences put the headline's words early); 0: off.
    pub pos0: f64,
    pub pos_exp: f64,
    /// 1: a phrase may end on a modifier stopword (`modifiers_own.txt`) after an agreeing content word; 0: off.
    pub modifiers: f64,
    /// 1: a phrase may start on a number followed by a content word («30 قتيلا»); 0: off.
    pub number_start: f64,
    /// 1: after k phrases are chosen, longer phrases may still replace chosen ones they contain; 0: stop at k.
    pub fill_absorb: f64,
    /// 1: a title or rank (`titles_own.txt`) does not follow a definite word in a phrase; 0: off.
    pub titles: f64,
    /// A phrase of several words has its mean word weight times (its own best lead factor / its words' mean best
    /// lead factor)^phrase_pos: words placed early elsewhere do not lift a phrase that only comes late; 0: off.
    pub phrase_pos: f64,
    /// Share of a relative adjective's count (and lead bonus) lent to the noun it derives from when that noun
    /// occurs too («السويسرية» → «سويسرا», «الصحية» → «الصحة»); 0: off.
    pub nisba: f64,
    pub nisba_lead: f64,
    /// 1: a short run of words in quotation marks («نزاهة», “عيدنا في حينا”) is a whole-phrase candidate, as a
    /// named entity is (news quote the names of programmes, campaigns and bodies that headlines take up); 0: off.
    pub quoted: f64,
    /// 1: a short indefinite word opening a sentence (after a dateline or و/ف), outside any entity, is taken for a
    /// perfect verb («هوى الذهب», «أدلى كارتر»): news sentences open on their verb; 0: off.
    pub initial_verb: f64,
    /// 1: a number counting a unit that is otherwise a stopword («12 شخصا», «75 عاما»), a share («23%»), a decimal
    /// before مليون/مليار and a number word from three to ten with its plural («خمس سيارات») make phrases; 0: off.
    pub units: f64,
    /// 1: a verb spelled as its verbal noun («تراجع») is that noun after a preposition or a verb («مع تراجع
    /// الدولار»); 0: off.
    pub masdar: f64,
    /// 1: an elative that the stopword lists hold starts a phrase with the indefinite noun after it («اكبر منتج»,
    /// «اول مدينة سعودية»); 0: off.
    pub elatives: f64,
    /// 1: a count may stand inside a phrase after a content word («مقتل 12 شخصا», «مقتل خمسة اشخاص»); 0: off.
    pub inner_counts: f64,
    /// Factor on the lead bonus of words after the first clause break of their sentence: its first comma («،», «,»)
    /// or semicolon, and with `clause_words` a relative pronoun, «حيث» or «وذلك» (a lead's first clause carries the headline, what follows
    /// is detail: at the same distance into the first sentence, a word after the break is in the title about 0.6
    /// to 0.75 times as often, on SaudiNewsNet); 1: off.
    pub clause: f64,
    /// 1: a relative pronoun, «حيث» or «وذلك» ends the first clause as a comma does; 2: «بعد» too; 0: off.
    pub clause_words: f64,
    /// 1: phrase boundaries of round 8: no phrase of several words ends on an indefinite noun behind a preposition
    /// («لوكالة», «لضمان»), an indefinite accusative does not continue a phrase («روسيا | ارتفاعا»); 0: off.
    pub boundaries: f64,
    /// 1: no n-gram cuts a name open (starts inside a named entity of several words, «عبدالعزيز | برقية تهنئة», or
    /// ends on its first word) nor ends on a conjunct whose adjective follows («والمشاعر | المقدسة»); 0: off.
    pub entity_cuts: f64,
    /// 1 (any value above 0): phrases score by the learned ranker (`ranker.rs`), which reads the hand score above among
    /// its features; 0: by the hand score alone.
    pub ranker: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            z0: 7.5,
            idf_min: 0.1,
            tf_exp: 0.8,
            idf_exp: 0.6,
            lead: 8.0,
            entity_boost: 1.3,
            number_idf: 1.0,
            nested_keep: 0.5,
            absorb: 0.1,
            len_exp: 0.75,
            min_multi: 2.0,
            single_multi: 0.8,
            coh_exp: 0.5,
            diversity: 2.0,
            once: 0.5,
            nested_factor: 0.3,
            lead_exp: 2.0,
            lead_sents: 2.0,
            grammar: 1.0,
            verbs: 1.0,
            stem_w: 0.5,
            open_end: 1.0,
            entity_once: 0.5,
            lead_min_words: 5.0,
            pos0: 20.0,
            pos_exp: 2.0,
            modifiers: 1.0,
            number_start: 1.0,
            fill_absorb: 1.0,
            titles: 1.0,
            phrase_pos: 1.0,
            nisba: 0.5,
            nisba_lead: 1.0,
            quoted: 1.0,
            initial_verb: 1.0,
            units: 1.0,
            masdar: 1.0,
            elatives: 1.0,
            inner_counts: 1.0,
            clause: 0.7,
            clause_words: 1.0,
            boundaries: 1.0,
            entity_cuts: 1.0,
            ranker: 1.0,
        }
    }
}

impl Params {
    /// Set one parameter by its field name (for experiments: `keyword_coverage` reads `KW_PARAMS="lead=3,once=0.4"`).
    /// Returns false for an unknown name.
    pub fn set(&mut self, name: &str, value: f64) -> bool {
        match name {
            "z0" => self.z0 = value as f32,
            "idf_min" => self.idf_min = value as f32,
            "tf_exp" => self.tf_exp = value,
            "idf_exp" => self.idf_exp = value,
            "lead" => self.lead = value,
            "entity_boost" => self.entity_boost = value,
            "number_idf" => self.number_idf = value as f32,
            "nested_keep" => self.nested_keep = value,
            "absorb" => self.absorb = value,
            "len_exp" => self.len_exp = value,
            "min_multi" => self.min_multi = value,
            "single_multi" => self.single_multi = value,
            "coh_exp" => self.coh_exp = value,
            "diversity" => self.diversity = value,
            "once" => self.once = value,
            "nested_factor" => self.nested_factor = value,
            "lead_exp" => self.lead_exp = value,
            "lead_sents" => self.lead_sents = value,
            "grammar" => self.grammar = value,
            "verbs" => self.verbs = value,
            "stem_w" => self.stem_w = value,
            "open_end" => self.open_end = value,
            "entity_once" => self.entity_once = value,
            "lead_min_words" => self.lead_min_words = value,
            "pos0" => self.pos0 = value,
            "pos_exp" => self.pos_exp = value,
            "modifiers" => self.modifiers = value,
            "number_start" => self.number_start = value,
            "fill_absorb" => self.fill_absorb = value,
            "titles" => self.titles = value,
            "phrase_pos" => self.phrase_pos = value,
            "nisba" => self.nisba = value,
            "nisba_lead" => self.nisba_lead = value,
            "quoted" => self.quoted = value,
            "initial_verb" => self.initial_verb = value,
            "units" => self.units = value,
            "masdar" => self.masdar = value,
            "elatives" => self.elatives = value,
            "inner_counts" => self.inner_counts = value,
            "clause" => self.clause = value,
            "clause_words" => self.clause_words = value,
            "boundaries" => self.boundaries = value,
            "entity_cuts" => self.entity_cuts = value,
            "ranker" => self.ranker = value,
            _ => return false,
        }
        true
    }
}
