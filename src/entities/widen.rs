//! A head word right before a name that the word lists found, after the head rules ran: «مسجد» + «قوات الطوارئ» is
//! one place («مسجد قوات الطوارئ»), «بلدية» + «حفر الباطن» one organization, «مستشفى» + «الزلفي» the hospital (a place),
//! «وكالة أنباء» + «الأناضول» the agency. The head rules (`heads.rs`) join such words to the names tagged so far; the
//! names of `data/regions.txt`, `data/organizations.txt` and the other lists come later, as entities, and this joins
//! the same heads to them (and to a tagged name the head rules left alone).

use super::heads::{ADMIN_UNITS, HOSPITALS, View, facility_adjective};
use super::lexicon::Lexicon;
use super::tidy::is_head;
use super::{Entity, make_entity};
use crate::pipeline::Label;
use crate::tokenizer::TokenKind;

/// Widen each entity of `out` (in text order, none overlapping) over the head word before it, and a facility's or
/// hospital's relative adjective after it («مستشفى عسير المركزي»).
pub(super) fn apply(text: &str, v: &View, out: &mut [Entity]) {
    let n = v.tokens.len();
    let mut untagged = Vec::new();
    for k in 0..out.len() {
        let e = &out[k];
        // the name opens a word (no clitic of its own) that follows an Arabic word no other name covers
        let s = v.tokens.partition_point(|t| t.span.byte_end <= e.span.byte_start);
        let prev_end = k.checked_sub(1).map_or(0, |p| out[p].span.byte_end);
        if s == 0 || s >= n || v.tokens[s].span.byte_start != e.span.byte_start {
            continue;
        }
        // (an Arabic word no other name covers, on the same line as the word after it: a headline's last word is no
        // head of the next line's first)
        let same_line = |j: usize| text.get(v.tokens[j].span.byte_end..v.tokens[j + 1].span.byte_start).is_some_and(|gap| !gap.contains('\n'));
        let free = |j: usize| {
            v.tokens[j].kind == TokenKind::Arabic && v.tokens[j].span.byte_start >= prev_end && !v.definite(j) && same_line(j)
        };
        let h = s - 1;
        if !free(h) {
            continue;
        }
        let facility = v.facility_head(h);
        let hospital = is_head(&v.tokens[h].norm, &HOSPITALS);
        // «شرطة حفر الباطن», «شرطة محافظة حفر الباطن»: a body's head before a place, or before a unit of one
        let place = e.label == Label::LOC;
        let unit = place && h > 0 && ADMIN_UNITS.contains(&v.tokens[h].norm.as_str()) && free(h - 1) && v.agency_head(h - 1);
        let agency = place && v.agency_head(h);
        let news_agency = h > 0 && v.tokens[h].norm == "انباء" && free(h - 1) && is_head(&v.tokens[h - 1].norm, &["وكالة"]);
        let (open, label) = match () {
            _ if news_agency || unit => (h - 1, Label::ORG),
            _ if agency => (h, Label::ORG),
            _ if facility || hospital => (h, Label::LOC),
            _ => continue,
        };
        let mut end = v.tokens.partition_point(|t| t.span.byte_start < e.span.byte_end);
        let next_start = out.get(k + 1).map_or(usize::MAX, |x| x.span.byte_start);
        if (facility || hospital) && end < n && v.tokens[end].span.byte_end <= next_start {
            // (no name covers that word: it is untagged)
            untagged.resize(n, 0);
            if facility_adjective(v, &untagged, end) {
                end += 1;
            }
        }
        // the proclitics on the head: «لوكالة» (which the stripper keeps whole) → ل, as the span builder counts them
        // before an organization's head; the stripper cuts «بلدية» as ب + «لدية», but the whole word is the head
        let letters = match news_agency.then(|| super::org_part_head(&v.tokens[open], v.strips[open])).flatten() {
            Some(letters) => letters,
            None if Lexicon::get().agency_heads.contains_key(&super::hash::key(&v.tokens[open].norm)) => 0,
            None => v.strips[open].letters,
        };
        if let Some(wide) = make_entity(text, v.tokens, open, end, letters, label) {
            out[k] = wide;
        }
    }
}

/// A command («قيادة») right before an organization the word lists found (or the tagger did) is one name with it and the
/// place after it joined by ب or «في», with a unit's noun or not («بقيادة حرس الحدود بمنطقة تبوك»), as
/// `tidy::local_branches` makes a local body's; the word lists found these names after the tag rules ran. A national
/// service alone keeps its own name, the place apart («الهلال الأحمر» + «بالطائف», «حرس الحدود» + «بمنطقة تبوك»): two
/// annotators of four join them, and their instances split more often.
pub(super) fn local_branches(text: &str, v: &View, out: &mut Vec<Entity>) {
    let n = v.tokens.len();
    let mut k = 0;
    while k + 1 < out.len() {
        let (org, loc) = (&out[k], &out[k + 1]);
        if org.label != Label::ORG || loc.label != Label::LOC {
            k += 1;
            continue;
        }
        let s = v.tokens.partition_point(|t| t.span.byte_end <= org.span.byte_start);
        let e = v.tokens.partition_point(|t| t.span.byte_start < org.span.byte_end);
        let place = v.tokens.partition_point(|t| t.span.byte_end <= loc.span.byte_start);
        if s == 0 || s >= e || e >= n || place >= n {
            k += 1;
            continue;
        }
        let prev_end = k.checked_sub(1).map_or(0, |p| out[p].span.byte_end);
        // «قيادة» right before it, after its clitics, which the stripper may have kept («بقيادة»), no other name on it
        let h = s - 1;
        let lead = v.tokens[h].norm.strip_suffix("قيادة").filter(|c| {
            v.tokens[h].span.byte_start >= prev_end && c.chars().count() <= 2 && c.chars().all(|c| "وفبل".contains(c))
        });
        // the place after ب or «في» (the ب the place's span leaves out may be one the stripper kept: «بسكاكا»)
        let by = place == e && loc.span.byte_start == v.tokens[e].span.byte_start + 'ب'.len_utf8() && v.tokens[e].norm.starts_with('ب');
        let opens = || by || super::tidy::place_openings(v, e).is_some_and(|(first, after)| place == first || Some(place) == after);
        // (a branch is in a region or city, not a country: «في المملكة العربية السعودية»; nor across a line)
        let one_line = || text.get(v.tokens[h].span.byte_end..v.tokens[place].span.byte_start).is_some_and(|gap| !gap.contains('\n'));
        let Some(clitics) = lead.filter(|_| opens() && !super::tidy::building(v, place) && !super::tidy::country(v, place) && one_line()) else {
            k += 1;
            continue;
        };
        let end = v.tokens.partition_point(|t| t.span.byte_start < loc.span.byte_end);
        if let Some(joined) = make_entity(text, v.tokens, h, end, clitics.chars().count(), Label::ORG) {
            out[k] = joined;
            out.remove(k + 1);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use crate::Label;
    use crate::entities::heads::tests::ents;

    #[test]
    fn a_head_joins_a_listed_name() {
        let got = ents("وقع التفجير في مسجد قوات الطوارئ بمنطقة عسير.");
        assert!(got.contains(&("مسجد قوات الطوارئ".into(), Label::LOC)), "{got:?}");
        let got = ents("حضر رئيس بلدية حفر الباطن والعميد معدي السبيعي مدير شرطة حفر الباطن.");
        assert!(got.contains(&("بلدية حفر الباطن".into(), Label::ORG)), "{got:?}");
        assert!(got.contains(&("شرطة حفر الباطن".into(), Label::ORG)), "{got:?}");
    }

    #[test]
    fn a_hospital_or_news_agency_joins_a_tagged_name() {
        let got = ents("مع شكرنا للطاقم الطبي في مستشفى الزلفي على متابعتهم.");
        assert!(got.contains(&("مستشفى الزلفي".into(), Label::LOC)), "{got:?}");
        let got = ents("ووفقا لوكالة أنباء الأناضول التركية فقد أوضحت مصادر أمنية.");
        assert!(got.contains(&("وكالة أنباء الأناضول".into(), Label::ORG)), "{got:?}");
    }

    #[test]
    fn a_head_does_not_cross_a_line() {
        let got = ents("أرقام صحة\nالرياض تستضيف المؤتمر.");
        assert!(!got.iter().any(|(t, _)| t.contains('\n')), "{got:?}");
    }

    #[test]
    fn a_command_takes_its_place() {
        let got = ents("قال الناطق الإعلامي بقيادة حرس الحدود بمنطقة تبوك إن.");
        assert!(got.contains(&("قيادة حرس الحدود بمنطقة تبوك".into(), Label::ORG)), "{got:?}");
        // not a service alone, nor a country
        let got = ents("سيطرت فرق الدفاع المدني بسكاكا على حريق.");
        assert!(got.contains(&("الدفاع المدني".into(), Label::ORG)), "{got:?}");
        let got = ents("تمكنت قيادة حرس الحدود في المملكة العربية السعودية من ضبطهم.");
        assert!(!got.iter().any(|(t, _)| t.contains("المملكة") && t.contains("حرس")), "{got:?}");
        // nor across a line
        let got = ents("أعلنت قيادة حرس الحدود\nفي جازان ضبط مهربين.");
        assert!(!got.iter().any(|(t, _)| t.contains('\n')), "{got:?}");
    }

    #[test]
    fn a_body_joins_only_a_place() {
        let got = ents("واستقبل مدير شرطة الرياض سعد الغامدي الوفد.");
        assert!(got.contains(&("شرطة الرياض".into(), Label::ORG)), "{got:?}");
        assert!(got.contains(&("سعد الغامدي".into(), Label::PER)), "{got:?}");
    }
}
