//! Speaker phrases: the subject after a cue, the source after «بحسب», «عن X قوله», and the name inside a
//! description.

use super::words;
use super::{Ctx, EntityHint, Tok};
use crate::pipeline::Label;
use crate::tokenizer::TokenKind;

const MAX_PHRASE: usize = 16;

pub(super) fn name_like(t: &Tok) -> bool {
    let n = t.norm;
    // a word with a proclitic before a description («لرئيس», «بالصندوق», «ومطاحن») is not a name
    if let Some(rest) = n.strip_prefix(['ل', 'ب', 'ك', 'و', 'ف'])
        && (rest.starts_with("ال") || words::is_role(rest) || words::is_descriptor(rest))
    {
        return false;
    }
    matches!(t.kind, TokenKind::Arabic | TokenKind::Latin)
        && n.chars().count() >= 2
        && !n.starts_with("ال")
        && !n.starts_with("لل")
        && !n.starts_with("بال")
        && !n.starts_with("وال")
        && !n.starts_with("كال")
        && t.cue.is_none()
        && !words::is_an(n)
        && !words::is_descriptor(n)
        && !words::is_role(n)
        && !words::is_time_word(n)
        && !words::is_adjunct_prep(n)
        && !words::is_phrase_stop(n)
        && !words::is_addressee(n)
        && !words::is_honorific(n)
}

fn is_connector(n: &str) -> bool {
    matches!(n, "بن" | "بنت" | "ابن" | "ابو" | "ابي" | "عبد" | "ال" | "دي" | "دو" | "فان" | "فون")
}

pub(super) fn is_nisba(n: &str) -> bool {
    n.starts_with("ال") && (n.ends_with('ي') || n.ends_with("ية"))
}

/// Background frequency (Zipf) from which the word after an attached ب or ل is a common word, not a name's letters.
const PREP_WORD_MIN_ZIPF: f32 = 4.0;

impl Ctx<'_> {
    /// The phrase starting at token `from` (before `limit`): it runs until punctuation, a complementizer, a cue,
    /// a time word, an adjunct («في بيان», «خلال», «لفرانس برس») or a relative pronoun.
    pub(super) fn phrase(&self, from: usize, limit: usize) -> Option<(usize, usize)> {
        let (_, se) = self.sent_range(from.min(self.toks.len().saturating_sub(1)));
        let lim = limit.min(se).min(from + MAX_PHRASE).min(self.toks.len());
        let mut j = from;
        while j < lim {
            let t = &self.toks[j];
            let n = t.norm;
            // «وذكر المشرف على الفعالية "الدكتور عبدالكريم العبدالكريم"؛ أن»: a short quoted name closing the
            // subject before أن belongs to it
            if t.mark && j > from
                && let Some(p) = self.pair_in(t.bs, t.be).filter(|p| p.closed && p.content.0 < p.content.1)
                && self.text[p.content.0..p.content.1].split_whitespace().count() <= 5
                && self.quoted_person(p.content)
            {
                let c = self.tok_at(p.close_end.saturating_sub(1));
                if c < limit.min(se).min(self.toks.len()) && c <= j + 7 && self.quoted_subject(c) {
                    j = c + 1;
                    break;
                }
            }
            if t.mark && j > from && words::is_naming_noun(self.toks[j - 1].norm) {
                // «صحيفة «فايننشيال تايمز»»: a quoted name inside the phrase
                if let Some(p) = self.pair_in(t.bs, t.be).filter(|p| p.closed)
                    && self.text[p.content.0..p.content.1].split_whitespace().count() <= 4
                {
                    j = self.tok_at(p.close_end.saturating_sub(1)) + 1;
                    continue;
                }
            }
            if n == "(" && j > from && words::is_naming_noun(self.toks[j - 1].norm) {
                // «موقع (فوتبول إيطاليا)»: a bracketed name inside the phrase
                if let Some(c) = (j + 1..lim.min(j + 7)).find(|&c| self.toks[c].norm == ")" || self.toks[c].is_punct() && self.toks[c].norm != ".")
                    && self.toks[c].norm == ")"
                    && c > j + 1
                {
                    j = c + 1;
                    continue;
                }
            }
            if t.is_punct() && !matches!(n, "-" | "/" | "." ) || t.mark || n == "." {
                if n == "." && j + 1 < lim && self.toks[j + 1].bs == t.be {
                    // «بي.بي.سي», «د.» inside a name
                    j += 1;
                    continue;
                }
                // an apposed name between commas: «رئيس الحزب، دولت بهتشلي،»
                if matches!(n, "،" | ",") && j > from {
                    let mut e = j + 1;
                    while e < se && e - j <= 4 && name_like(&self.toks[e]) {
                        e += 1;
                    }
                    if e > j + 1 && e < se && (matches!(self.toks[e].norm, "،" | ",") || words::is_an(self.toks[e].norm) || e >= limit) {
                        j = e;
                    }
                }
                break;
            }
            if words::is_an(n) || (t.cue.is_some() && j > from) || words::is_time_word(n) || words::is_phrase_stop(n) {
                break;
            }
            // «ورد من تنبيهات», «لمواصلة رحلتهم»: a phrase opening with a preposition is an adjunct, not a speaker
            if j == from && (words::is_bare_preposition(n) || (words::is_prepositional_noun(n) && !self.names_someone(t.bs, t.be))) {
                break;
            }
            if words::is_addressee(n) || words::is_adjunct_prep(n) {
                break;
            }
            // a time adjunct after the subject: «أفادت منظمة العفو الدولية العام الماضي», «قال الجيش في ساعة
            // متأخرة من مساء الأحد» (the dates layer's spans)
            if t.in_date || (j > from && (matches!(n, "في" | "وفي" | "منذ") && self.toks.get(j + 1).is_some_and(|x| x.in_date || words::is_time_noun(x.norm)))) {
                break;
            }
            // «وأكد مصدر عسكري آخر - وهو مسؤول ... - الهجوم»: a spaced dash opens an aside
            if j > from && matches!(n, "-" | "–" | "—") && self.toks[j - 1].be < t.bs && self.toks.get(j + 1).is_some_and(|x| t.be < x.bs) {
                break;
            }
            // «أقر مجلس الوزراء عدداً من الإجراءات»: an indefinite accusative after the subject is its object
            if t.kind == TokenKind::Arabic && (t.raw.contains('\u{064B}') || (j > from && words::is_accusative_object(n))) {
                break;
            }
            if matches!(n, "في" | "وفي") && self.toks.get(j + 1).is_some_and(|x| words::is_speech_event(x.norm)) {
                break;
            }
            // «على» (not the name «علي») starts an adjunct or object, except after «المشرف», «القائم»
            if (t.raw.trim_start_matches('و') == "على")
                && !(j > from && matches!(self.toks[j - 1].norm.strip_prefix('و').unwrap_or(self.toks[j - 1].norm), "المشرف" | "مشرف" | "القائم" | "قائم" | "العام" | "المسؤول" | "مسؤول" | "المشرفة"))
            {
                break;
            }
            if matches!(n, "النظر" | "الانتباه" | "ضرورة" | "اهمية" | "بضرورة" | "باهمية" | "الحاجة" | "حاجة") {
                break;
            }
            // «نفى صحة الشائعات», «أكد حرص المملكة», «يفيد بنشوب حريق»: a verbal noun right after the verb is its
            // object, not its subject
            if j == from && words::is_object_head(n) {
                break;
            }
            // «وأكد الأزهر رفضه الكامل», «أعلن الجيش التركي مقتل ثلاثة جنود»: the object after the subject
            if j > from && words::is_object_after_subject(n.trim_start_matches('و')) {
                break;
            }
            // «وأوضح العلماء هذه المسألة»: a demonstrative after a definite subject opens the object
            if j > from
                && matches!(n, "هذه" | "هذا" | "ذلك" | "تلك" | "هؤلاء" | "هاتين" | "هذين")
                && self.toks[j - 1].norm.trim_start_matches('و').starts_with("ال")
            {
                break;
            }
            // «راجح بادي من جانبه»: a pronoun adjunct closes the subject
            if j > from && n == "من" && self.toks.get(j + 1).is_some_and(|x| matches!(x.norm, "جانبه" | "جانبها" | "جهته" | "جهتها" | "ناحيته" | "ناحيتها" | "جانبهم")) {
                break;
            }
            // an addressee object after a complete subject: «افاد مسؤولون اميركيون وكالة فرانس برس»
            if j > from
                && matches!(n, "وكالة" | "صحيفة" | "جريدة" | "قناة" | "موقع" | "مجلة" | "تلفزيون" | "اذاعة" | "شبكة")
                && {
                    let p = self.toks[j - 1].norm;
                    // (not after a preposition: «المشرف العام على وكالة التنمية» is one phrase)
                    !words::is_role(p)
                        && !matches!(p, "علي" | "الي" | "في" | "من" | "عن" | "لدي")
                        && (p.starts_with("ال") || p.ends_with("ون") || p.ends_with("ين") || p.ends_with('ي') || p.ends_with("ية"))
                }
            {
                break;
            }
            j += 1;
        }
        (j > from).then(|| (self.toks[from].bs, self.toks[j - 1].be))
    }

    /// Whether the entity layer found a person or organization overlapping bytes `a..b`.
    pub(super) fn names_someone(&self, a: usize, b: usize) -> bool {
        self.entities_near(a, b).iter().any(|e| matches!(e.label, Label::PER | Label::ORG) && e.span.byte_start < b && a < e.span.byte_end)
    }

    /// Quoted text that is a person's name: it opens with a title or a common first name («"الدكتور هشام
    /// الفالح"», «"خالد الفيصل"»), not a program or company («"بارع"», «"أرامكو السعودية"»).
    pub(super) fn quoted_person(&self, (a, b): (usize, usize)) -> bool {
        let k = self.tok_at(a);
        let Some(t) = self.toks.get(k).filter(|t| t.bs >= a && t.be <= b) else { return false };
        let n = self.text[a..b].split_whitespace().count();
        (2..=5).contains(&n) && (words::is_honorific(t.norm) || words::is_first_name(t.norm))
    }

    /// A subject standing before cue token `i` in its clause: «لكن مسؤولين ماليزيين أفادوا», «وكان مسؤول في
    /// المؤسسة أكد».
    pub(super) fn subject_before(&self, i: usize) -> Option<(usize, usize)> {
        let (ss, _) = self.sent_range(i);
        // «وكانت تركيا قد أعلنت»
        let i = if i > ss + 1 && self.toks[i - 1].norm == "قد" { i - 1 } else { i };
        // «... صالح بن حسن الضعيان الذي أوضح»: the antecedent of the relative pronoun
        if i > ss + 1 && matches!(self.toks[i - 1].norm, "الذي" | "التي" | "الذين") {
            let mut end = i - 1;
            // «زهير مراد، الذي قال»
            if end > ss + 1 && matches!(self.toks[end - 1].norm, "،" | ",") {
                // only after a name: «مستشارة الرئيس أوباما للأمن الوطني، التي قالت» is not about «الوطني»
                let before = &self.toks[end - 2];
                if before.kind != TokenKind::Arabic || before.norm.trim_start_matches(['و', 'ف']).starts_with("ال") {
                    // (but «اداري الفريق فؤاد السليم، الذي اكد»: a person the entity layer found)
                    return self
                        .entities_near(before.bs, before.be)
                        .iter()
                        .find(|e| e.label == Label::PER && e.span.byte_end == before.be)
                        .map(|e| (e.span.byte_start, e.span.byte_end));
                }
                end -= 1;
            }
            let mut k = end;
            while k > ss && end - k < 8 {
                let t = &self.toks[k - 1];
                if t.is_punct() || t.mark || t.cue.is_some() || words::is_connective(t.norm) || words::is_an(t.norm) {
                    break;
                }
                // «وهو الأمر الذي يرى», «ما جعل منها خيارا ... الذين»: a pronoun or «ما» heads no speaker
                if words::is_phrase_stop(t.norm) || matches!(t.norm, "وهو" | "وهي" | "مما") {
                    return None;
                }
                k -= 1;
            }
            return (k < end && self.toks[k].is_word()).then(|| (self.toks[k].bs, self.toks[end - 1].be));
        }
        // «المتحدث باسم الجيش، العميد محمد سمير، أكد»: an apposed name between commas stands for the subject
        let mut comma_subject = false;
        let i = if i > ss + 2 && matches!(self.toks[i - 1].norm, "،" | ",") {
            let mut k = i - 1;
            while k > ss && i - 1 - k < 5 && !(self.toks[k - 1].is_punct() || self.toks[k - 1].mark) {
                k -= 1;
            }
            let head = &self.toks[k];
            let bounded = k > ss && matches!(self.toks[k - 1].norm, "،" | ",");
            if !(k < i - 1 && bounded && head.raw != "على" && (words::is_honorific(head.norm) || words::is_first_name(head.norm) || words::is_role(head.norm))) {
                // «لكن وزير الدولة في وزارة الداخلية رفيق الشلي، قال»: a whole subject closed by a comma (checked as a
                // noun phrase below)
                if bounded || k >= i - 1 {
                    return None;
                }
                comma_subject = true;
                i - 1
            } else
            // «ولكن ساي اويدا، مدير بيانات الأسعار، يقول»: a role apposed to a name before it: the name
            if words::is_role(head.norm) && k >= 2 && name_like(&self.toks[k - 2]) {
                k - 1
            } else {
                i - 1
            }
        } else {
            i
        };
        let mut k = i;
        while k > ss && i - k < 7 {
            let t = &self.toks[k - 1];
            // «صحيفة “واشنطن بوست” ذكرت»: a short quoted name inside the subject
            if t.mark
                && let Some(p) = self.pairs[..self.pairs.partition_point(|p| p.open < t.bs)]
                    .iter()
                    .rev()
                    .take(6)
                    .find(|p| p.closed && p.close_end == t.be && self.text[p.content.0..p.content.1].split_whitespace().count() <= 4)
            {
                let o = self.tok_at(p.open);
                if o > ss && o < k && words::is_naming_noun(self.toks[o - 1].norm) {
                    k = o;
                    continue;
                }
            }
            // («ذكرني هذا الصديق بما روي عن أن»: a prepositional phrase before the verb is not its subject)
            // («الأمين العام للأمم المتحدة بان كي مون قال»: «بان» after a definite word is a name, not «بأن»)
            let ban_name = t.norm == "بان" && k >= 2 && self.toks[k - 2].norm.starts_with("ال");
            if t.is_punct() || t.mark || t.cue.is_some() || words::is_connective(t.norm) || (words::is_an(t.norm) && !ban_name)
                || words::opens_main_clause(t.norm)
                || words::is_oblique_pronoun(t.norm)
                || matches!(t.norm, "كان" | "وكان" | "كانت" | "وكانت" | "فيما" | "بينما" | "اذ")
            {
                break;
            }
            k -= 1;
        }
        // «بل إن الأمين العام ... بان كي مون قال إن»: an emphatic إن opening the clause stands before its subject
        let emphatic = k > ss
            && matches!(self.toks[k - 1].norm, "ان" | "وان")
            && (k - 1 == ss || self.toks[k - 2].is_punct() || matches!(self.toks[k - 2].norm, "بل" | "ثم") || words::is_connective(self.toks[k - 2].norm));
        if k == i || (k > ss && !(emphatic || self.toks[k - 1].is_punct() || words::is_connective(self.toks[k - 1].norm) || words::opens_main_clause(self.toks[k - 1].norm) || self.toks[k - 1].norm.ends_with("كان") || self.toks[k - 1].norm.ends_with("كانت"))) {
            return None;
        }
        let first = &self.toks[k];
        // at the sentence start (or closed by a comma) the phrase must look like a noun phrase, not a verb
        // («وتتواصل عمليات البحث») or an adjunct («وبعد الاجتماع، قال», «الأسبوع الماضي، قال»)
        // («وكانت تلك رسالة ...، وليضيف»: the predicate of «كان», or a demonstrative, is no subject either)
        if comma_subject
            && (first.in_date
                || !first.is_word()
                || matches!(first.norm, "هذا" | "هذه" | "ذلك" | "تلك" | "هؤلاء" | "وهذا" | "وهذه" | "وتلك")
                || (k > ss && (self.toks[k - 1].norm.ends_with("كان") || self.toks[k - 1].norm.ends_with("كانت")))
                || self.toks[k..i].iter().any(|t| t.in_date || words::is_time_word(t.norm)))
        {
            return None;
        }
        if (k == ss || comma_subject)
            && !(first.norm.starts_with("ال")
                || words::is_descriptor(first.norm)
                || words::is_role(first.norm)
                || words::is_naming_noun(first.norm)
                || words::is_first_name(first.norm)
                || words::is_honorific(first.norm))
        {
            return None;
        }
        if words::is_adjunct_prep(first.norm)
            || matches!(first.norm, "من" | "في" | "و")
            || words::is_time_word(first.norm)
            || !first.is_word()
            || self.prep_word(k)
        {
            return None;
        }
        // «من جانبه», «بدوره» and other pronoun adjuncts are not subjects
        if self.toks[k..i].iter().any(|t| matches!(t.norm, "جانبه" | "جانبها" | "جهته" | "جهتها" | "ناحيته" | "ناحيتها") || words::is_time_word(t.norm)) {
            return None;
        }
        // «لكنه أكد», «جميعهم أكدوا»: a pronoun subject is resolved by carry-over
        if self.toks[k..i].iter().all(|t| words::is_pronoun_subject(t.norm)) {
            return None;
        }
        // «عندما تقول», «حين قال»: a subordinator, not a subject
        if words::is_phrase_stop(first.norm) || words::is_oblique_pronoun(first.norm) {
            return None;
        }
        Some((self.toks[k].bs, self.toks[i - 1].be))
    }

    /// The subject after cue token `i`.
    pub(super) fn subject_after(&self, i: usize, limit: usize) -> Option<(usize, usize)> {
        let mut from = i + 1;
        // «أعلن ذلك عبد الرحمن الفضلي»: the object pronoun before the subject
        if self.toks.get(from).is_some_and(|t| matches!(t.norm, "ذلك" | "هذا" | "هذه")) {
            from += 1;
        }
        // «وقال لـ«الشرق الأوسط»، الدكتور فهمي صبحة إن»: skip a dative naming a medium in quotation marks
        if self.toks.get(from).is_some_and(|t| t.norm == "ل")
            && let Some(m) = self.toks.get(from + 1).filter(|m| m.mark)
            && let Some(p) = self.pair_in(m.bs, m.be).filter(|p| p.closed && self.text[p.content.0..p.content.1].split_whitespace().count() <= 4)
        {
            let mut k = self.tok_at(p.close_end.saturating_sub(1)) + 1;
            while self.toks.get(k).is_some_and(|t| matches!(t.norm, "،" | ",")) {
                k += 1;
            }
            if k < limit {
                from = k;
            }
        }
        // «وأشارت «ساما» في تقريرها إلى أن», «أعلن «اتحاد تنسيقيات الثورة»، أن»: a quoted name is the subject
        // (not after «أبلغ», whose object is the addressee: «أبلغت «الشرق الأوسط» أن»)
        let informs = self.toks[i].norm.trim_start_matches(['و', 'ف']).starts_with("ابلغ");
        if let Some(m) = self.toks.get(from).filter(|m| m.mark && m.bs >= self.toks[i].be && !informs)
            && let Some(p) = self.pair_in(m.bs, m.be).filter(|p| p.closed && p.content.0 < p.content.1)
            && self.text[p.content.0..p.content.1].split_whitespace().count() <= 4
            && self.tok_at(p.close_end.saturating_sub(1)) < limit
            // («وأضاف "سأبدأ بزيارة الجرحى".»: a quotation closing its sentence is what was said)
            && !self.toks.get(self.tok_at(p.close_end.saturating_sub(1)) + 1).is_none_or(|x| matches!(x.norm, "." | "!" | "؟" | "?"))
        {
            return Some(p.content);
        }
        // «وقال له الرئيس إن», «وهو ما شدد عليه الملك في كلمته»: an object pronoun before a definite subject
        if self.toks.get(from).is_some_and(|t| matches!(t.norm, "له" | "لها" | "لهم" | "عليه" | "عليها" | "اليه" | "اليها" | "به" | "بها"))
            && self.toks.get(from + 1).is_some_and(|n| {
                n.norm.starts_with("ال") && from + 1 < limit && !n.in_date && !words::is_time_word(n.norm) && n.cue.is_none()
            })
        {
            from += 1;
        }
        let first = self.toks.get(from)?;
        if first.cue.is_some()
            || matches!(
                first.norm,
                "من" | "في" | "الي" | "عن" | "مع" | "ب" | "ل" | "فيها" | "فيه" | "له" | "لها" | "به" | "بها" | "منه"
                    | "عنه" | "عنها" | "لهم" | "فيهم" | "خلالها" | "خلاله" | "بقوله" | "بقولها" | "بقولهم" | "قائلا" | "قائلة"
            )
            || first.raw.trim_start_matches('و') == "على"
            || words::is_oblique_pronoun(first.norm)
            // «ونوه بجهود القائمين عليها»: a prepositional object, not the subject
            || self.prep_word(from)
        {
            return None;
        }
        self.phrase(from, limit)
    }

    /// «نقل عن X قوله», «ختم X بالقول»: the speaker of a speech noun.
    pub(super) fn speaker_before_noun(&self, i: usize) -> Option<(usize, usize)> {
        let (ss, _) = self.sent_range(i);
        let lo = ss.max(i.saturating_sub(12));
        // «ونقلت عنه قوله»: the source is a pronoun, resolved by carry-over
        if self.toks[lo..i].iter().any(|t| matches!(t.norm, "عنه" | "عنها" | "عنهم" | "عنهما")) {
            return None;
        }
        if let Some(k) = (lo..i).rev().find(|&k| self.toks[k].norm == "عن") {
            let (a, b) = self.phrase(k + 1, i)?;
            return Some((a, b));
        }
        // the subject of the clause's verb: «وختم مصدر قريب من التحقيق بالقول»
        let mut f = ss;
        while f < i && (words::is_connective(self.toks[f].norm) || self.toks[f].is_punct()) {
            f += 1;
        }
        if f + 1 >= i {
            return None;
        }
        self.phrase(f + 1, i)
    }

    /// The subject of the main clause of token `i`'s sentence, when it opens with a verb: «ومضى مارتينيز قائلا»,
    /// «وعبر الشيخ صالح التركي عن فخره، مؤكدا».
    pub(super) fn clause_subject(&self, i: usize) -> Option<(usize, usize)> {
        self.clause_subject_from(self.sent_range(i).0, i)
    }

    /// [`Ctx::clause_subject`] of the clause opening at token `f` («حيث أشاد الأمين العام ...، مؤكدا»).
    pub(super) fn clause_subject_from(&self, mut f: usize, i: usize) -> Option<(usize, usize)> {
        while f < i && (words::is_connective(self.toks[f].norm) || self.toks[f].is_punct()) {
            f += 1;
        }
        // «وفي ذات السياق أشاد ...»: an adjunct of context before the verb
        if f + 2 < i
            && matches!(self.toks[f].norm, "في" | "وفي")
            && let Some(k) = (f + 1..(f + 4).min(i)).find(|&k| matches!(self.toks[k].norm, "السياق" | "الصدد" | "الاطار" | "الشان"))
        {
            f = k + 1;
            while f < i && (matches!(self.toks[f].norm, "ذاته" | "نفسه" | "ذاتها" | "نفسها") || self.toks[f].is_punct()) {
                f += 1;
            }
        }
        // «من جهته أشاد رئيس المجموعة ...، مؤكدا»: a pronoun adjunct before the verb
        if f + 2 < i
            && matches!(self.toks[f].norm, "من" | "ومن")
            && matches!(self.toks[f + 1].norm, "جهته" | "جهتها" | "جانبه" | "جانبها" | "ناحيته" | "ناحيتها")
        {
            f += 2;
            while f < i && self.toks[f].is_punct() {
                f += 1;
            }
        } else if f + 1 < i && matches!(self.toks[f].norm, "بدوره" | "بدورها" | "وبدوره" | "وبدورها") {
            f += 1;
            while f < i && self.toks[f].is_punct() {
                f += 1;
            }
        }
        // «لم يشأ باخ ...»: the verb after a negation particle
        if f + 1 < i && matches!(self.toks[f].norm, "لم" | "ولم" | "لن" | "ولن" | "لا" | "ولا") {
            f += 1;
        }
        if f + 1 >= i {
            return None;
        }
        let v = &self.toks[f];
        let n = v.norm;
        // (the article as written: «وألقى» normalizes to «والقي»)
        if v.kind != TokenKind::Arabic
            || v.raw.trim_start_matches('و').starts_with("ال")
            || v.cue.is_some()
            || words::is_adjunct_prep(n)
            || words::is_time_word(n)
            || matches!(n, "من" | "في" | "وفي" | "ومن" | "علي" | "وعلي" | "الي" | "والي" | "مع" | "ومع")
            || words::is_passive_aux(n)
            // «ولأن الإرهاب آفة ...»: a subordinate clause opening the sentence has no verb to take a subject from
            || words::is_subordinator(n)
        {
            return None;
        }
        let first = &self.toks[f + 1];
        // (a description head: «وزارة الصحة», «مصادر»)
        let description = words::is_descriptor(first.norm) && first.norm.chars().count() > 3 && first.norm != "باسم";
        if words::is_oblique_pronoun(first.norm) || self.prep_word(f + 1) {
            return None;
        }
        let sp = self.phrase(f + 1, i)?;
        // («أشاد ضيف شرف الجائزة الشيخ عبدالعزيز الحارثي»: a role the lists lack, before a person's name)
        (first.norm.starts_with("ال") || words::is_honorific(first.norm) || name_like(first) || description || self.person_in(sp).is_some())
            .then_some(sp)
    }

    /// The first person the entity layer found inside bytes `a..b`.
    pub(super) fn person_in(&self, (a, b): (usize, usize)) -> Option<(usize, usize)> {
        let e = self.entities_near(a, b).iter().find(|e| e.label == Label::PER && a <= e.span.byte_start && e.span.byte_end <= b)?;
        Some((e.span.byte_start, e.span.byte_end))
    }

    /// Token `k` is a word behind an attached preposition («بالجائزة», «بجهود»): it opens an adjunct, not a subject.
    /// The word after ب or ل has the article, or is common and more common than the whole («جهود», not «بيان» or
    /// «باحثون»); not a given name or a name the entity layer found.
    pub(super) fn prep_word(&self, k: usize) -> bool {
        let Some(t) = self.toks.get(k).filter(|t| t.kind == TokenKind::Arabic) else { return false };
        let n = t.norm.strip_prefix('و').unwrap_or(t.norm);
        let Some(rest) = n.strip_prefix('ب').or_else(|| n.strip_prefix('ل')) else { return false };
        let bg = crate::keywords::lexicon::background();
        let common = |w: &str| bg.word(w).unwrap_or(0.0);
        let adjunct = rest.starts_with("ال") || (common(rest) >= PREP_WORD_MIN_ZIPF && common(rest) > common(n));
        adjunct
            && rest.chars().count() >= 3
            && !words::is_first_name(n)
            && !crate::entities::lexicon::is_given_name(n)
            // (a person's name the entity layer read behind the letter: «لبنى ألمان» as «بنى ألمان»)
            && !self.entities_near(t.bs, t.be).iter().any(|e| {
                (e.span.byte_start <= t.bs || e.label == Label::PER) && e.span.byte_start < t.be && t.bs < e.span.byte_end
            })
    }

    /// The subject of the last «حيث» clause of token `i`'s sentence before it: «أعربوا عن شكرهم، حيث أشاد الأمين
    /// العام ... عبدالله بن عبدالوحيد، بما قدم له، مؤكدا».
    pub(super) fn haith_subject(&self, i: usize) -> Option<(usize, usize)> {
        let (ss, _) = self.sent_range(i);
        let k = (ss..i).rev().find(|&k| matches!(self.toks[k].norm, "حيث" | "وحيث"))?;
        self.clause_subject_from(k + 1, i).filter(|&sp| self.person_in(sp).is_some())
    }

    /// The head of a subject phrase right after its verb: a definite noun or a construct with its definite
    /// adjectives and a name the entity layer found right after them («الشرطة» in «الشرطة رجلا يدعى ساوتي»,
    /// «وزارة الداخلية الفرنسية»). `None` when the order is unsure: a title inside the run («وشهد الحفل الأمير
    /// خالد» puts the object first) or no definite word at all.
    pub(super) fn subject_head(&self, (a, b): (usize, usize)) -> Option<(usize, usize)> {
        let ts = self.tok_at(a);
        let te = self.tok_at(b.saturating_sub(1)) + 1;
        let toks = self.toks.get(ts..te)?;
        let def = |t: &Tok| t.norm.starts_with("ال");
        let first = toks.first()?;
        // the head noun, its genitive in a construct («وزارة الصحة»), then nisba adjectives («الشرطة الفرنسية»); a
        // further definite noun may be the object («استقبلت وزارة الصحة الوفد»)
        let mut e = 1;
        if !def(first) && toks.get(1).is_some_and(def) {
            e = 2;
        }
        while e < toks.len() && is_nisba(toks[e].norm) {
            e += 1;
        }
        if toks[1..e.min(toks.len())].iter().chain(toks.get(e)).any(|t| def(t) && (words::is_honorific(t.norm) || words::is_role(t.norm))) {
            return None;
        }
        if !(def(first) || e > 1) || words::is_honorific(first.norm) && e == 1 {
            return None;
        }
        // a name the entity layer found: «الأمم المتحدة»
        if let Some(n) = self.entities_near(first.bs, first.be).iter().find(|n| {
            matches!(n.label, Label::ORG | Label::PER) && n.span.byte_start <= first.bs && first.bs < n.span.byte_end
        }) {
            return Some((first.bs, n.span.byte_end.min(b)));
        }
        // a name after a title or role: «الرئيس الأمريكي باراك أوباما»
        if let Some(t) = toks.get(e)
            && (words::is_honorific(first.norm) || words::is_role(first.norm))
            && let Some(n) = self.entities_near(t.bs, t.be).iter().find(|n| n.label == Label::PER && n.span.byte_start < t.be && t.bs < n.span.byte_end)
        {
            return Some((first.bs, n.span.byte_end.min(b)));
        }
        Some((first.bs, toks[e - 1].be))
    }

    /// The speaker named by source word `i` («بحسب صحيفة "واشنطن بوست"», «طبقا لما ذكره X», «نقلا عن X») and the
    /// token after the phrase. `None` when the phrase names data rather than a person, organization or medium.
    pub(super) fn source_speaker(&self, i: usize) -> Option<(Option<(usize, usize)>, usize)> {
        let (_, se) = self.sent_range(i);
        let mut k = i + 1;
        let at = |k: usize| self.toks.get(k).filter(|_| k < se);
        if at(k).is_some_and(|t| t.norm == "ل") {
            k += 1;
        }
        if at(k).is_some_and(|t| t.norm == "عن") {
            k += 1;
        }
        let head = self.toks[i].norm;
        let ma = head.ends_with("حسبما") || at(k).is_some_and(|t| matches!(t.norm, "ما" | "لما"));
        if ma {
            if !head.ends_with("حسبما") {
                k += 1;
            }
            // «حسبما ذكرت الصحيفة», «طبقا لما ذكره، رودي هادوم»
            let verb = at(k)?;
            // «وفق ما تتطلبه التقنيات الحديثة», «حسبما تستدعيه حالة المريض»: a requirement, not a report
            if verb.kind != TokenKind::Arabic || words::is_requirement_verb(verb.norm) {
                return None;
            }
            let mut s = k + 1;
            while at(s).is_some_and(|t| t.is_punct() && !t.mark) {
                s += 1;
            }
            // «وفقا لما ورد من تنبيهات»: what came from a thing, not from a source
            if at(s).is_some_and(|t| t.norm == "من") && !at(s + 1).is_some_and(|t| words::is_source_head(t.norm) || self.names_someone(t.bs, t.be)) {
                return None;
            }
            let sp = self.phrase(s, se).or_else(|| self.carry(i));
            let end = sp.map_or(k + 1, |(_, e)| self.tok_at(e.saturating_sub(1)) + 1);
            return Some((sp, end));
        }
        // X runs to the next punctuation (quotation marks allowed inside)
        let start = k;
        let mut j = k;
        let mut inside_mark = false;
        while j < se && j < start + 10 {
            let t = &self.toks[j];
            if t.mark {
                inside_mark = !inside_mark;
                j += 1;
                continue;
            }
            if !inside_mark && (t.is_punct() || words::is_an(t.norm) || words::opens_main_clause(t.norm) || words::is_time_word(t.norm) || (t.cue.is_some() && j > start)) {
                break;
            }
            j += 1;
        }
        if j <= start {
            return None;
        }
        let head_tok = self.toks[start..j].iter().find(|t| t.is_word())?;
        let head = head_tok.norm;
        // «وفقا لمصادر», «طبقا للامم المتحدة»: the fused ل is not part of the speaker
        let fused = self.toks[i].norm.ends_with("وفقا") || self.toks[i].norm.ends_with("طبقا") || self.toks[i].norm.ends_with("وفق");
        let bare = if fused && head.starts_with('ل') && head.chars().count() > 3 { &head['ل'.len_utf8()..] } else { head };
        let bare_al = if bare.starts_with('ل') { format!("ا{bare}") } else { bare.to_string() };
        if words::is_data_head(bare) || words::is_data_head(&bare_al) {
            return None;
        }
        let quoted: Option<(usize, usize)> = {
            let m: Vec<&Tok> = self.toks[start..j].iter().filter(|t| t.mark).collect();
            (m.len() >= 2).then(|| (m[0].be, m[1].bs)).filter(|(a, b)| a < b)
        };
        let (a, b) = (self.toks[start].bs, self.toks[j - 1].be);
        let entity = self.entities_near(a, b).iter().any(|e| matches!(e.label, Label::PER | Label::ORG) && e.span.byte_start < b && a < e.span.byte_end);
        if !(quoted.is_some() || entity || words::is_source_head(bare) || words::is_source_head(&bare_al)) {
            return None;
        }
        // «وحسب مصادر لـ«الشرق الأوسط»»: the medium is the addressee of people; the source is the phrase before it
        // (but «بحسب تقرير لـ«رويترز»»: a report, a statement belongs to the medium)
        let speech_noun = ["تقرير", "بيان", "تصريح", "مقال", "دراسة", "رسالة", "تغريد", "حديث", "مقابلة", "شرح", "قول", "رواية", "خبر"]
            .iter()
            .any(|p| bare.strip_prefix("ال").unwrap_or(bare).starts_with(p));
        let dative = self.toks[start..j].iter().position(|t| t.mark).filter(|&m| m >= 2 && !speech_noun).and_then(|m| {
            let l = &self.toks[start + m - 1];
            (l.norm == "ل" && self.toks[start].is_word()).then(|| (self.toks[start].bs, self.toks[start + m - 2].be))
        });
        let sp = match dative.or(quoted) {
            Some(q) => q,
            None => {
                let a = if fused && head_tok.bs == a && head.starts_with('ل') && head.chars().count() > 3 { a + 'ل'.len_utf8() } else { a };
                let (a, b) = trim_marks(self.text, a, b);
                // «شرح رودي هادوم», «تصريحات الوزير»: the source's owner
                self.after_speech_noun(a, b)
            }
        };
        Some((Some(sp), j))
    }

    /// «تقرير لـ«رويترز»», «شرح رودي هادوم»: skip a leading speech noun when a name follows.
    fn after_speech_noun(&self, a: usize, b: usize) -> (usize, usize) {
        let ta = self.tok_at(a);
        let t = &self.toks[ta];
        let w = t.norm.strip_prefix('ل').unwrap_or(t.norm);
        if matches!(w, "شرح" | "قول" | "تصريحات" | "تصريح" | "رواية" | "اقوال" | "حديث" | "كلام")
            && let Some(n) = self.toks.get(ta + 1)
            && n.be <= b
            && n.is_word()
        {
            return (n.bs, b);
        }
        (a, b)
    }

    /// Whether the name starting at byte `start` (inside a phrase starting at `from`) follows an institution noun,
    /// directly or through a title: «كرسي الأمير محمد», «جامعة الملك سعود».
    fn in_institution_name(&self, start: usize, from: usize) -> bool {
        let k = self.tok_at(start);
        let mut j = k;
        if j > 0 && self.toks[j - 1].bs >= from && words::is_honorific(self.toks[j - 1].norm) {
            j -= 1;
        }
        j > 0 && self.toks[j - 1].bs >= from && words::is_institution_noun(self.toks[j - 1].norm)
    }

    /// The name inside a speaker phrase (an entity when the layer found one), and the entity it refers to.
    pub(super) fn refine_speaker(&self, (a, b): (usize, usize)) -> ((usize, usize), Option<EntityHint>) {
        let ((x, y), e) = self.refine_unclamped((a, b));
        // a phrase may start inside its first token (after a fused ل): never reach outside it; but a person's name
        // the phrase's length limit cut («... الدكتور محمد الأمين بن | خطري») runs to its end
        let whole_name = e.is_some_and(|e| e.label == Label::PER && e.span.byte_start < b)
            && y > b
            && self.text.get(b..y).is_some_and(|g| g.chars().all(|c| c.is_alphabetic() || c == ' ' || ('\u{064B}'..='\u{0652}').contains(&c)));
        let (x, y) = (x.max(a), if whole_name { y } else { y.min(b) });
        if x < y { ((x, y), e) } else { ((a, b), e) }
    }

    fn refine_unclamped(&self, (a, b): (usize, usize)) -> ((usize, usize), Option<EntityHint>) {
        let overlapping = |l: Label| {
            let mut it = self.entities_near(a, b).iter().filter(|e| e.label == l && e.span.byte_start < b && a < e.span.byte_end);
            let mut first = it.next().copied();
            // «مشرف شئون» tagged a person before the name «مبارك بن محمد آل وديان»: a role word opens no name
            if l == Label::PER
                && first.is_some_and(|f| {
                    let t = &self.toks[self.tok_at(f.span.byte_start)];
                    words::is_role(t.norm) || words::is_honorific(t.norm)
                })
                && let Some(next) = it.clone().next().copied()
            {
                first = Some(next);
                it.next();
            }
            // a name inside an institution's name («المشرف على كرسي الأمير محمد بن ناصر ... الدكتور علي العريشي») is
            // not the speaker when another one follows
            match first {
                Some(f) if l == Label::PER && self.in_institution_name(f.span.byte_start, a) => it.next().copied().or(first),
                _ => first,
            }
        };
        if let Some(e) = overlapping(Label::PER) {
            // «دعا لاري آندري»: the entity layer read the first letter of a name opening the phrase as the preposition ل;
            // the phrase took the whole word as a name (a speaker phrase drops a real ل before it is built), so the
            // letter is the name's
            let first = self.toks[self.tok_at(a)];
            let e = if first.bs == a
                && e.span.byte_start == a + 'ل'.len_utf8()
                && e.span.byte_start < first.be
                && first.raw.starts_with('ل')
                && !first.raw.starts_with("لل")
            {
                let mut span = e.span;
                span.byte_start = a;
                span.start = span.start.saturating_sub(1);
                EntityHint { span, label: e.label }
            } else {
                e
            };
            // the entity layer may tag only the family name: «كوري شولمان» with «شولمان» tagged takes the given
            // name standing right before it in the phrase (name-like words only, not a title or role)
            let mut start = e.span.byte_start;
            let ts = self.tok_at(a);
            let mut k = self.tok_at(e.span.byte_start);
            let mut taken = 0;
            // (a noun in ة «خدعة كورودا», «شبكة حقاني» is no given name)
            let given = |t: &Tok| {
                name_like(t) && (words::is_first_name(t.norm) || !t.norm.ends_with('ة'))
            };
            // (only for a one-word entity: «أندرو سميث» after «شرطة لوس أنجلوس» is a full name already)
            let one_word = self.tok_at(e.span.byte_end.saturating_sub(1)) == k;
            while one_word && k > ts && taken < 2 && self.toks[k].bs == start && self.toks[k - 1].bs >= a && given(&self.toks[k - 1]) && !words::is_first_name(self.toks[k].norm) {
                k -= 1;
                taken += 1;
                start = self.toks[k].bs;
            }
            // «محمد الأمين بن» tagged without its last part: a name does not end in a connector
            let mut end = e.span.byte_end;
            let last = self.tok_at(end.saturating_sub(1));
            if is_connector(self.toks[last].norm)
                && let Some(n) = self.toks.get(last + 1).filter(|n| n.be <= b && (name_like(n) || n.norm.starts_with("ال")))
            {
                end = n.be;
            }
            return ((start, end), Some(e));
        }
        let ent = overlapping(Label::ORG).or_else(|| self.entities_near(a, b).iter().find(|e| e.span.byte_start < b && a < e.span.byte_end).copied());
        let ts = self.tok_at(a);
        let te = self.tok_at(b.saturating_sub(1)) + 1;
        if te <= ts || te - ts == 1 {
            return ((a, b), ent);
        }
        let toks = &self.toks[ts..te];
        // a phrase closed by a short quoted name before أن: the name («... "الدكتور هشام الفالح"؛ أن»)
        if toks.len() >= 3 && toks[toks.len() - 1].mark
            && let Some(p) = self.pairs.iter().rev().find(|p| {
                let last = &toks[toks.len() - 1];
                // (the closing mark may share its token with «؛»: «"…"؛»)
                p.closed && last.bs < p.close_end && p.close_end <= last.be && p.open >= a
            })
            && p.content.0 < p.content.1
            && p.content.0 > a
            && self.quoted_person(p.content)
        {
            return self.refine_unclamped(p.content);
        }
        // «صحيفة «فايننشيال تايمز»»: the quoted name
        if toks.len() >= 3 && words::is_naming_noun(toks[0].norm) && toks[1].mark
            && let Some(p) = self.pair_in(toks[1].bs, toks[1].be).filter(|p| p.closed && p.content.1 <= b)
        {
            return (p.content, ent);
        }
        // «موقع (فوتبول إيطاليا)»: the bracketed name
        if toks.len() >= 4 && words::is_naming_noun(toks[0].norm) && toks[1].norm == "("
            && let Some(c) = toks.iter().position(|t| t.norm == ")")
            && c > 2
        {
            return ((toks[2].bs, toks[c - 1].be), ent);
        }
        // a leading name before its role: «نجيب رزاق رئيس الوزراء», «أحمد الفارس؛ مدير عام»
        if let Some((s, e)) = name_run(toks, 0) {
            let next_ok = e == toks.len() || words::is_role(toks[e].norm) || toks[e].is_punct() || is_nisba(toks[e].norm) || toks[e].norm.starts_with('ب');
            if next_ok {
                return ((toks[s].bs, toks[e - 1].be), ent);
            }
        }
        // a title right before a name: «الدكتور مبارك بن حسن ظافر», «الرئيس الاميركي باراك اوباما»
        for (h, t) in toks.iter().enumerate() {
            if words::is_honorific(t.norm) && !(h > 0 && words::is_institution_noun(toks[h - 1].norm) && toks[h + 1..].iter().any(|x| words::is_honorific(x.norm))) {
                let mut s = h + 1;
                let mut skipped = 0;
                while s < toks.len() && skipped < 2 && is_nisba(toks[s].norm) {
                    s += 1;
                    skipped += 1;
                }
                if let Some(run) = name_run(toks, s) {
                    return ((toks[run.0].bs, toks[run.1 - 1].be), ent);
                }
            }
        }
        // a common first name starting a name that runs to the end of the phrase: «... بمنطقة نجران ناصر بن سليمان المنيع»
        for f in 1..toks.len() {
            if words::is_first_name(toks[f].norm) && !toks[f].raw.ends_with('ى') {
                let mut e = f + 1;
                while e < toks.len() && (name_like(&toks[e]) || is_connector(toks[e].norm) || (toks[e].norm.starts_with("ال") && e + 1 == toks.len())) {
                    e += 1;
                }
                if e == toks.len() && e - f <= 5 {
                    return ((toks[f].bs, toks[e - 1].be), ent);
                }
            }
        }
        // a trailing name after a role phrase: «الخبير في الشؤون الليبية ... فريدريك فيري»
        {
            let mut s = toks.len();
            while s > 1 && toks.len() - s < 4 {
                let t = &toks[s - 1];
                let prev_name = s >= 2 && name_like(&toks[s - 2]);
                if name_like(t) || is_connector(t.norm) || (t.norm.starts_with("ال") && !is_nisba(t.norm) && prev_name && s == toks.len()) {
                    s -= 1;
                } else {
                    break;
                }
            }
            // «المرصد السوري لحقوق الإنسان»: a ل-prefixed word before a definite one is a complement, not a name
            let complement = toks.get(s).is_some_and(|t| t.norm.starts_with('ل')) && toks.get(s + 1).is_some_and(|t| t.norm.starts_with("ال"));
            if toks.len() - s >= 2 && s >= 1 && name_like(&toks[s]) && !toks[s].norm.starts_with('و') && !complement
                && (toks[s - 1].norm.starts_with("ال") || toks[s - 1].norm.get(2..).is_some_and(|r| r.starts_with("ال")))
            {
                return ((toks[s].bs, toks[toks.len() - 1].be), ent);
            }
        }
        ((a, b), ent)
    }
}

/// A run of name tokens from `s`: name-like words, connectors («بن», «عبد») and a surname with ال after a
/// first name («أحمد الفارس»).
fn name_run(toks: &[Tok], s: usize) -> Option<(usize, usize)> {
    let mut e = s;
    while e < toks.len() && e - s < 5 {
        let t = &toks[e];
        if name_like(t) || (e > s && is_connector(t.norm)) {
            e += 1;
        } else if e > s && t.norm.starts_with("ال") && !words::is_role(t.norm) && !words::is_time_word(t.norm) && !words::is_honorific(t.norm) {
            e += 1;
            break;
        } else {
            break;
        }
    }
    while e > s && is_connector(toks[e - 1].norm) {
        e -= 1;
    }
    (e > s).then_some((s, e))
}

/// Shrink a byte range so it neither starts nor ends with a quotation mark or space.
fn trim_marks(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = text.get(a..b).unwrap_or("");
    let is_m = |c: char| c.is_whitespace() || matches!(c, '«' | '»' | '“' | '”' | '„' | '"');
    let t = s.trim_start_matches(is_m);
    let a2 = a + (s.len() - t.len());
    let t2 = t.trim_end_matches(is_m);
    (a2, a2 + t2.len())
}

