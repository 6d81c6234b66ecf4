//! Property tests for the keyphrase layer: no panic on any input, spans valid, ranking deterministic.

use khabar::{KeyphraseExtractor, Pipeline};
use proptest::prelude::*;

fn check(text: &str) {
    let doc = Pipeline::default().analyze(text);
    let kws = doc.keywords.clone().unwrap_or_default();
    assert!(kws.len() <= 10);
    for k in &kws {
        assert_eq!(k.span.slice(text), k.text);
        assert!(k.span.start <= k.span.end && k.span.end <= text.chars().count());
        assert!(k.score.is_finite());
        for o in &k.occurrences {
            assert_eq!(o.span.slice(text), o.text);
        }
    }
    assert_eq!(KeyphraseExtractor::new(10).extract(&doc), kws);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_unicode(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn arabic_like(words in prop::collection::vec(prop::sample::select(vec![
        "الحكومة", "والحكومة", "للحكومة", "حكومة", "حكومته", "ليبيا", "في", "من", "و", "ال", "لل", "ﻻ", "،", ".",
        "\n", "2011", "٢٠١١", "تنظيم", "الدولة", "الاسلامية", "وَالحُكُومَةُ", "ـ", "\u{200f}", "a", "Libya", "😀",
        // set formulas, datelines, modifiers, counted numbers, titles
        "صاحب", "السمو", "الملكي", "حفظه", "الله", "-", ":", "سبق", "الثالثة", "جديدة", "30", "0", "مليون", "دولار",
        "العقيد", "الملك", "مركز", "بن",
        // relative adjectives and their nouns, verb shapes
        "سويسرا", "السويسرية", "سويسري", "الصحة", "الصحية", "يجد", "قدموا", "سيجد", "تكتمل", "فيصل", "ي", "وا", "يه",
        // quoted names
        "«", "»", "“", "”", "\"", "«نزاهة»",
        // sentence-opening verbs, listed short nouns, the drawn-out article
        "نزل", "اقدم", "واجتذب", "شاب", "الـ", "23",
    ]), 0..80)) {
        check(&words.join(" "));
        check(&words.concat());
    }
}
