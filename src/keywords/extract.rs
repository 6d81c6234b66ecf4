//! Keyphrase extraction in six steps, each in its own file: token keys and placement (`tokens.rs`), candidate
//! phrases (`candidates.rs`, steps 2–3), scores (`score.rs`, step 4), and the choice of the top k with the surface
//! form each is reported by (`select.rs`, steps 5–6).

use crate::hash::FxSet;

use super::candidates::candidates;
use super::params::Params;
use super::ranker::{Ranker, Rows};
use super::score::score;
use super::select::select;
use super::tokens::{annotate, NONE};
use super::Keyphrase;
use crate::document::Document;
use crate::span::Span;

#[cfg(test)]
pub(super) fn extract(doc: &Document, entities: &[Span], k: usize, extra: &FxSet<String>, p: &Params) -> Vec<Keyphrase> {
    extract_or_rows(doc, entities, k, extra, p, Ranker::embedded(), None)
}

/// With `rows`, the words and candidate phrases of `doc` with their ranker features are put there and no keyphrase
/// is chosen.
pub(super) fn extract_or_rows(
    doc: &Document,
    entities: &[Span],
    k: usize,
    extra: &FxSet<String>,
    p: &Params,
    model: &Ranker,
    rows: Option<&mut Rows>,
) -> Vec<Keyphrase> {
    if doc.tokens.is_empty() || doc.tokens.len() >= NONE as usize {
        return Vec::new();
    }
    let mut a = annotate(doc, entities, extra, p);
    let cands = candidates(doc, entities, &mut a, p);
    let training = rows.is_some();
    let scored = score(doc, &a, &cands, p, model, rows);
    if training {
        return Vec::new();
    }
    select(doc, &cands, &scored, k, p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keywords::words::{dateline_end, is_tens, quoted_spans};

    /// The hand scores of keyphrases `a` and `b` among the top 40 with parameters `p` (-1 if absent; the learned ranker
    /// reads these scores among its features).
    fn two_scores(doc: &crate::Document, p: &Params, a: &str, b: &str) -> (f64, f64) {
        let kws = extract(doc, &[], 40, &FxSet::default(), &Params { ranker: 0.0, ..*p });
        let at = |w: &str| kws.iter().find(|k| k.text == w).map(|k| k.score).unwrap_or(-1.0);
        (at(a), at(b))
    }

    #[test]
    fn early_in_the_lead_sentence_weighs_more() {
        // two names seen twice each, both first in a long lead sentence: the one near its start ranks higher, and
        // the better placed occurrence decides (the second name is early in sentence two as well)
        let fill = "كتاب قلم ورقة مكتب نافذة باب جدار سقف ارض حديقة شجرة زهرة نهر جبل بحر سماء نجم قمر شمس سحابة \
                    مطر ثلج رمل صخرة طريق جسر سيارة قطار طائرة سفينة"
            .split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" في ");
        let text = format!("اكد مانديلا في {fill} مع غوتيريش. وزار مانديلا في المدينة. وفي المساء وصل غوتيريش الى الفندق.");
        let doc = crate::Pipeline::default().analyze(&text);
        let scores = |p: &Params| two_scores(&doc, p, "مانديلا", "غوتيريش");
        let (a, b) = scores(&Params::default());
        assert!(a > b && b > 0.0, "{a} {b}");
        // without the decay both count as lead words alike (then only their background frequencies differ)
        let (a0, b0) = scores(&Params { pos0: 0.0, ..Params::default() });
        assert!(b0 > 0.0 && a / b > 1.5 * a0 / b0, "{a} {b} {a0} {b0}");
    }

    #[test]
    fn the_first_clause_of_a_lead_weighs_more() {
        // two names, each once in the lead and once later, as far into the lead: one before its first comma, the
        // other after it (or after a relative pronoun); the first clause's name gains on the other with the rule on
        for lead in [
            "اكد مانديلا في المؤتمر ان الخطة جاهزة، واكد مع غوتيريش في المؤتمر ان الخطة ناجحة.",
            "اكد مانديلا في المؤتمر ان الخطة التي عرضها على غوتيريش في المؤتمر ناجحة.",
        ] {
            let text = format!("{lead} وزار مانديلا في المساء المدينة. ووصل غوتيريش في المساء الى الفندق.");
            let doc = crate::Pipeline::default().analyze(&text);
            let scores = |p: &Params| two_scores(&doc, p, "مانديلا", "غوتيريش");
            let (a, b) = scores(&Params::default());
            let (a0, b0) = scores(&Params { clause: 1.0, ..Params::default() });
            let all: Vec<String> = extract(&doc, &[], 40, &FxSet::default(), &Params::default()).into_iter().map(|k| k.text).collect();
            assert!(a > 0.0 && b > 0.0 && b0 > 0.0 && a / b > 1.1 * a0 / b0, "{lead}: {a} {b} {a0} {b0} {all:?}");
        }
    }

    #[test]
    fn a_modifier_ends_a_phrase_only() {
        let text = "بدأت المرحلة الثالثة لمشروع التوسعة. واكتملت المرحلة الثالثة امس. وتشمل المرحلة الثالثة ساحات جديدة. \
                    وافتتحت قاعة جديدة. وزارت اللجنة قاعة جديدة في المرحلة الثالثة.";
        let doc = crate::Pipeline::default().analyze(text);
        let kws = extract(&doc, &[], 20, &FxSet::default(), &Params::default());
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"المرحلة الثالثة"), "{texts:?}");
        assert!(texts.contains(&"قاعة جديدة"), "{texts:?}");
        for t in &texts {
            // never alone, never inside, never across a definiteness change («ساحات جديدة» agrees, «المرحلة جديدة» would not)
            assert!(!matches!(*t, "الثالثة" | "جديدة"), "{texts:?}");
            assert!(!t.contains("الثالثة ") && !t.contains("جديدة "), "{texts:?}");
        }
        let off = extract(&doc, &[], 20, &FxSet::default(), &Params { modifiers: 0.0, ..Params::default() });
        assert!(off.iter().all(|k| k.text != "المرحلة الثالثة"));
    }

    #[test]
    fn a_number_starts_a_phrase_with_its_counted_noun() {
        let text = "اغلقت السلطات 12 مستشفى ميدانيا. وكانت 12 مستشفى ميدانيا تعمل منذ 2014 مدينة. \
                    وشملت 12 مستشفى للقناة. وقالت ان 12 مستشفى ميدانيا ستفتح في 2014 مدينة. وبلغت الكلفة 40 مليون دولار \
                    منها 40 مليون دولار للتجهيز.";
        let doc = crate::Pipeline::default().analyze(text);
        let kws = extract(&doc, &[], 20, &FxSet::default(), &Params::default());
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"12 مستشفى ميدانيا") && texts.contains(&"40 مليون دولار"), "{texts:?}");
        for t in &texts {
            assert!(!t.starts_with("2014") && *t != "12" && *t != "12 مستشفى للقناة", "{texts:?}");
        }
    }

    #[test]
    fn a_number_makes_a_phrase_with_a_unit_or_a_percent_sign() {
        let text = "لقي 12 شخصا مصرعهم في حادث مروري على طريق الساحل. وكان 12 شخصا في الحافلة قبل 40 يوما من العيد. \
                    وارتفعت اسعار الوقود 23% هذا العام. وقال المرور ان الحادث وقع بعد ارتفاع الاسعار 23% وان الضحايا \
                    12 شخصا. وبلغت الخسائر 30.78 مليار ريال. وقدرت الخسائر بـ30.78 مليار ريال، منها 2.5 شاحنة. \
                    واحترقت خمس سيارات. وقال شاهد ان خمس سيارات احترقت وان ثلاثة اخرون نجوا. وزار البلاد مليون سائح \
                    وقال الوزير ان مليون سائح زاروا البلاد وانفقوا 160 مليون ريال.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 30, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().any(|t| t == "12 شخصا") && on.iter().any(|t| t == "23%"), "{on:?}");
        assert!(on.iter().any(|t| t == "30.78 مليار ريال") && on.iter().any(|t| t == "خمس سيارات"), "{on:?}");
        assert!(on.iter().all(|t| !t.contains("ثلاثة")), "{on:?}");
        // a multiplier counts alone when no number precedes it
        assert!(on.iter().any(|t| t == "مليون سائح") && on.iter().all(|t| t != "مليون ريال"), "{on:?}");
        assert!(on.iter().all(|t| t != "شخصا" && t != "%" && !t.starts_with('%') && !t.starts_with("2.5")), "{on:?}");
        let off = texts(&Params { units: 0.0, ..Params::default() });
        assert!(off.iter().all(|t| t != "12 شخصا" && t != "23%" && !t.starts_with("30.78") && t != "خمس سيارات"), "{off:?}");
    }

    #[test]
    fn a_verb_spelled_as_its_verbal_noun_is_a_noun_after_a_preposition() {
        let text = "ارتفع الذهب مع تراجع الدولار امام العملات. وقال المحللون ان الذهب استفاد من تراجع الدولار. \
                    تراجع المؤشر العام للسوق. وتراجع المؤشر الفرعي ايضا.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 30, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().any(|t| t == "تراجع الدولار"), "{on:?}");
        // opening its sentence it stays a verb
        assert!(on.iter().all(|t| !t.contains("تراجع المؤشر")), "{on:?}");
        let off = texts(&Params { masdar: 0.0, ..Params::default() });
        assert!(off.iter().all(|t| !t.contains("تراجع")), "{off:?}");
    }

    #[test]
    fn an_elative_starts_a_phrase_with_the_noun_it_ranks() {
        let text = "افتتحت المدينة اول محطة شمسية في المنطقة. وتعد اول محطة شمسية من نوعها. وقال المدير ان اكثر من \
                    نصف الطاقة ستأتي من اول محطة شمسية.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 30, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().any(|t| t == "اول محطة شمسية"), "{on:?}");
        assert!(on.iter().all(|t| t != "اول" && !t.starts_with("اكثر")), "{on:?}");
        let off = texts(&Params { elatives: 0.0, ..Params::default() });
        assert!(off.iter().all(|t| !t.starts_with("اول")), "{off:?}");
    }

    #[test]
    fn a_count_stands_inside_a_phrase_after_the_noun_it_completes() {
        let text = "اعلنت الشرطة مقتل ثلاثة اشخاص في هجوم مسلح. واكدت الشرطة مقتل ثلاثة اشخاص واصابة 12 شخصا. \
                    وقالت ان اصابة 12 شخصا طفيفة وان مدته 3 سنوات.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 30, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().any(|t| t == "مقتل ثلاثة اشخاص") && on.iter().any(|t| t == "اصابة 12 شخصا"), "{on:?}");
        assert!(on.iter().all(|t| !t.starts_with("مدته ")), "{on:?}");
        let off = texts(&Params { inner_counts: 0.0, ..Params::default() });
        assert!(off.iter().all(|t| t != "مقتل ثلاثة اشخاص" && t != "اصابة 12 شخصا"), "{off:?}");
    }

    #[test]
    fn set_formulas_and_cut_names_are_no_keyphrases() {
        let text = "استقبل صاحب السمو الملكي الامير خالد الفيصل وفد الجامعة. وقال صاحب السمو الملكي ان الجامعة \
                    حفظها الله منارة. ونقل صاحب السمو الملكي تحيات الملك حفظه الله الى الوفد. وزار عبدالله بن سعد الجامعة. \
                    Previous احمد حجازي. والتقى سلمان بن عبدالعزيز على الوفد.";
        let doc = crate::Pipeline::default().analyze(text);
        let start = text.find("عبدالله بن").unwrap_or(0);
        let idx = crate::span::TextIndex::new(text);
        let cut = idx.span(start, start + "عبدالله بن".len());
        let p0 = text.find("Previous").unwrap_or(0);
        let mixed = idx.span(p0, p0 + "Previous احمد حجازي".len());
        let t0 = text.find("سلمان").unwrap_or(0);
        let runs_on = idx.span(t0, t0 + "سلمان بن عبدالعزيز على".len());
        let kws = extract(&doc, &[cut, mixed, runs_on], 20, &FxSet::default(), &Params::default());
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.contains("الجامعة")), "{texts:?}");
        for t in &texts {
            assert!(!t.contains("السمو") && !t.split(' ').any(|w| w == "الله") && *t != "صاحب", "{texts:?}");
            assert!(*t != "عبدالله بن" && !t.contains("Previous") && !t.ends_with("على"), "{texts:?}");
        }
    }

    #[test]
    fn an_opening_dateline_is_no_keyphrase() {
        let text = "خالد خليل- سبق- الرياض: افتتحت وزارة الصحة مستشفى الملك فهد. وقالت وزارة الصحة ان مستشفى الملك فهد \
                    يخدم الرياض. وزار خالد خليل المستشفى.";
        let doc = crate::Pipeline::default().analyze(text);
        let tokens = &doc.tokens;
        assert_eq!(dateline_end(tokens).map(|e| tokens[e - 1].text.as_str()), Some(":"));
        let kws = extract(&doc, &[], 20, &FxSet::default(), &Params::default());
        assert!(kws.iter().all(|k| k.text != "سبق" && k.occurrences.iter().all(|o| o.span.start > 20)), "{kws:?}");
        let plain = crate::Pipeline::default().analyze("قال الوزير ان الخطة - كما اعلن سابقا - تشمل ما يلي: مدارس ومستشفيات.");
        assert_eq!(dateline_end(&plain.tokens), None);
    }

    #[test]
    fn a_title_after_a_definite_word_opens_an_apposition() {
        let text = "قال الناطق باسم شرطة مكة المكرمة العقيد عاطي القرشي ان مركز الملك سلمان وزع المساعدات. \
                    واكد العقيد عاطي القرشي ان شرطة مكة المكرمة تتابع. وشكر مركز الملك سلمان شرطة مكة المكرمة.";
        let doc = crate::Pipeline::default().analyze(text);
        let kws = extract(&doc, &[], 30, &FxSet::default(), &Params::default());
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.iter().any(|t| t.starts_with("مركز الملك")), "{texts:?}");
        assert!(texts.iter().all(|t| !t.contains("المكرمة العقيد")), "{texts:?}");
        let off = extract(&doc, &[], 30, &FxSet::default(), &Params { titles: 0.0, ..Params::default() });
        assert!(off.iter().any(|k| k.text.contains("المكرمة العقيد")), "{off:?}");
    }

    #[test]
    fn a_phrase_is_placed_by_its_own_occurrences() {
        // «مجلس الادارة» only comes late, though both its words open the article
        let text = "عقد مجلس المدينة امس في المقر الرئيسي اجتماعا موسعا لبحث شؤون الادارة المحلية. \
                    وناقش الاعضاء الخطة السنوية وميزانية المشاريع الجديدة والطرق والحدائق العامة. \
                    وقدمت اللجنة الفنية تقريرا مفصلا عن حالة الطرق والجسور والانفاق والمباني. \
                    وصدر في ختام الاجتماع بيان رسمي يلخص القرارات والتوصيات والمواعيد المقبلة. \
                    ثم اجتمع مجلس الادارة. وقد اقر مجلس الادارة.";
        let doc = crate::Pipeline::default().analyze(text);
        let score = |p: &Params| {
            let kws = extract(&doc, &[], 40, &FxSet::default(), p);
            kws.iter().find(|k| k.text == "مجلس الادارة").map(|k| k.score).unwrap_or(-1.0)
        };
        let (on, off) = (score(&Params::default()), score(&Params { phrase_pos: 0.0, ..Params::default() }));
        // without the phrase's own placement it ranks on its words' early places; with it, it falls back (or out)
        assert!(off > 0.0 && on < off, "{on} {off}");
    }

    #[test]
    fn a_relative_adjective_lends_to_its_noun() {
        // «سويسرا» is named twice late; its adjective qualifies the lead's phrases: the country rises with it
        let text = "ارتفعت صادرات المنتجات الزراعية السويسرية بنسبة كبيرة. وقال الاتحاد السويسري للمزارعين ان الجمارك \
                    السويسرية سجلت الزيادة. واشار خبراء الى تحسن الطلب على الالبان والاجبان والفواكه والخضراوات. \
                    وتحدث تقرير عن الاسعار والمخزون والموانئ والشحن. وتعد سويسرا شريكا تجاريا. وتصدر سويسرا الساعات ايضا.";
        let doc = crate::Pipeline::default().analyze(text);
        let rank = |p: &Params| {
            let kws = extract(&doc, &[], 40, &FxSet::default(), p);
            kws.iter().position(|k| k.text == "سويسرا").unwrap_or(usize::MAX)
        };
        let off = rank(&Params { nisba: 0.0, nisba_lead: 0.0, ..Params::default() });
        let on = rank(&Params::default());
        assert!(on < off, "{on} {off}");
    }

    #[test]
    fn a_quoted_name_is_a_candidate_whole() {
        let text = "اطلقت وزارة التعليم برنامج «كن مواظبا» في المدارس. ويهدف «كن مواظبا» الى تعزيز الانتظام. \
                    وقالت ان \"عيدنا في حينا\" مستمر، وان «نزاهة» تتابع. وسيعود الوفد «على الأرجح» غدا، وعاد «على الأرجح» امس. وفقدت الرحلة «أم أتش 370» وبحثوا عن «أم أتش 370». وقال: «لن نتراجع عن هذا القرار ابدا».";
        let doc = crate::Pipeline::default().analyze(text);
        let kws = extract(&doc, &[], 30, &FxSet::default(), &Params::default());
        let texts: Vec<&str> = kws.iter().map(|k| k.text.as_str()).collect();
        assert!(texts.contains(&"كن مواظبا") && texts.contains(&"عيدنا في حينا"), "{texts:?}");
        // a quoted run that starts or ends on a stopword is no name («على الأرجح»)
        assert!(texts.iter().all(|t| !t.starts_with("على")) && texts.contains(&"أم أتش 370"), "{texts:?}");
        // a long quotation is speech, not a name
        assert!(texts.iter().all(|t| !t.starts_with("لن") && !t.contains("نتراجع عن")), "{texts:?}");
        for k in &kws {
            assert_eq!(k.span.slice(text), k.text);
        }
        let off = extract(&doc, &[], 30, &FxSet::default(), &Params { quoted: 0.0, ..Params::default() });
        assert!(off.iter().all(|k| k.text != "عيدنا في حينا"), "{off:?}");
        let spans = quoted_spans(&doc.tokens, text);
        assert_eq!(spans.len(), 8);
        assert!(quoted_spans(&crate::Pipeline::default().analyze("«» \" « نعم").tokens, "«» \" « نعم").is_empty());
    }

    #[test]
    fn a_short_word_opening_a_sentence_is_a_verb() {
        let text = "نزل الدولار امام اليورو في تعاملات اليوم. واقدم مقيم اسيوي على الانتحار في بريدة. \
                    شاب سعودي يبتكر جهازا. وقال الخبراء ان الدولار يتراجع.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 30, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().all(|t| !t.starts_with("نزل") && !t.starts_with("اقدم")), "{on:?}");
        assert!(on.iter().any(|t| t.starts_with("شاب")), "{on:?}");
        let off = texts(&Params { initial_verb: 0.0, ..Params::default() });
        assert!(off.iter().any(|t| t.starts_with("نزل") || t.starts_with("اقدم")), "{off:?}");
    }

    #[test]
    fn a_name_does_not_run_into_a_title_or_a_suffixed_object() {
        let text = "قال المدرب ان ليتون بينز الظهير الايسر للفريق مصاب. وسيغيب ليتون بينز الظهير الايسر شهرا. \
                    والتقى نبيل العربي الامين العام للجامعة. واكد نبيل العربي الامين العام للجامعة دعمه. \
                    وكثفت امانة نجران جولاتها الرقابية. وواصلت امانة نجران جولاتها الرقابية. وقال وزير خارجيتها ان وزير خارجيتها سيزور المدينة.";
        let doc = crate::Pipeline::default().analyze(text);
        let idx = crate::span::TextIndex::new(text);
        let ents: Vec<Span> = ["ليتون بينز", "امانة نجران"]
            .iter()
            .flat_map(|e| text.match_indices(e).map(|(b, m)| idx.span(b, b + m.len())).collect::<Vec<_>>())
            .collect();
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &ents, 40, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().all(|t| !t.contains("بينز الظهير") && !t.contains("العربي الامين") && !t.contains("نجران جولاتها")), "{on:?}");
        assert!(on.iter().any(|t| t == "وزير خارجيتها") && on.iter().any(|t| t == "ليتون بينز"), "{on:?}");
        let off = texts(&Params { boundaries: 0.0, ..Params::default() });
        assert!(off.iter().any(|t| t.contains("بينز الظهير") || t.contains("نجران جولاتها")), "{off:?}");
    }

    #[test]
    fn a_reported_form_starts_on_the_word() {
        let text = "اعلنت الشركة المالكة للخطوط الجوية الماليزية الخبر. وقالت الخطوط الجوية الماليزية ان طائرة تابعة \
                    للخطوط الجوية الماليزية فقدت. وتحتاج التوربينات الى مصدات ومصدات ضرورية. وهذه مصدات ضرورية ايضا.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 40, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().any(|t| t == "الخطوط الجوية الماليزية"), "{on:?}");
        assert!(on.iter().all(|t| !t.starts_with("للخطوط") && !t.starts_with("ومصدات")), "{on:?}");
        let off = texts(&Params { boundaries: 0.0, ..Params::default() });
        assert!(off.iter().any(|t| t == "للخطوط الجوية الماليزية"), "{off:?}");
        // an entity span cut inside a word fused with its preposition takes the whole word
        let text = "وصلت فرق الإدارة العامة للدفاع المدني. وقال مدير للإدارة العامة للدفاع المدني ان الحريق انطفأ.";
        let doc = crate::Pipeline::default().analyze(text);
        let idx = crate::span::TextIndex::new(text);
        let cut = text.rfind("لإدارة").unwrap_or(0);
        let ents = [idx.span(cut, cut + "لإدارة العامة للدفاع المدني".len())];
        let kws = extract(&doc, &ents, 10, &FxSet::default(), &Params::default());
        assert!(kws.iter().all(|k| k.occurrences.iter().all(|o| !o.text.starts_with("لإدارة"))), "{kws:?}");
        for k in &kws {
            assert!(k.occurrences.iter().all(|o| o.span.slice(text) == o.text));
        }
    }


    #[test]
    fn no_phrase_ends_behind_a_preposition_or_runs_into_an_accusative() {
        let text = "اكدت راشماواتي سوكارنوبوتري لوكالة فرانس برس ان الزيارة ناجحة. وقالت راشماواتي سوكارنوبوتري لوكالة \
                    انباء محلية ان الزيارة مهمة. وسجلت صادرات سويسرا ارتفاعا كبيرا. وحققت صادرات سويسرا ارتفاعا كبيرا \
                    هذا العام. وقال ان 12 مستشفى ميدانيا تعمل وان 12 مستشفى ميدانيا اغلقت.";
        let doc = crate::Pipeline::default().analyze(text);
        let texts = |p: &Params| -> Vec<String> { extract(&doc, &[], 40, &FxSet::default(), p).into_iter().map(|k| k.text).collect() };
        let on = texts(&Params::default());
        assert!(on.iter().all(|t| !t.ends_with("لوكالة") && !t.contains("سويسرا ارتفاعا")), "{on:?}");
        assert!(on.iter().any(|t| t == "ارتفاعا كبيرا") && on.iter().any(|t| t == "12 مستشفى ميدانيا"), "{on:?}");
        assert!(is_tens("تسعين") && is_tens("وعشرون") && !is_tens("سنين"));
        let off = texts(&Params { boundaries: 0.0, ..Params::default() });
        assert!(off.iter().any(|t| t.ends_with("لوكالة") || t.contains("سويسرا ارتفاعا")), "{off:?}");
    }
}
