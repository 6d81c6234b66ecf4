//! Entity layer: the seed article's entities, clitic spans, user-entity precedence, and no panics.

use khabar::{Label, Pipeline, PipelineOptions};
use proptest::prelude::*;

fn ents(nlp: &Pipeline, text: &str) -> Vec<(String, Label)> {
    let doc = nlp.analyze(text);
    let ents = doc.entities.expect("entities computed");
    for e in &ents {
        assert_eq!(e.span.slice(text), e.text);
        assert_eq!(text.chars().skip(e.span.start).take(e.span.end - e.span.start).collect::<String>(), e.text);
    }
    ents.into_iter().map(|e| (e.text, e.label)).collect()
}

#[test]
fn seed_article_entities() {
    let text = include_str!("../examples/afp_libya_arms_embargo.txt");
    let found = ents(&Pipeline::default(), text);
    let expect = [
        ("الولايات المتحدة", Label::LOC),
        ("تنظيم الدولة الاسلامية", Label::ORG),
        ("معمر القذافي", Label::PER),
        ("فايز السراج", Label::PER),
        ("فيينا", Label::LOC),
        ("وكالة فرانس برس", Label::ORG),
        ("حكومة الوفاق الوطني", Label::ORG),
        ("مركز كارنيغي للسلام الدولي", Label::ORG),
    ];
    let missing: Vec<_> = expect.iter().filter(|(t, l)| !found.iter().any(|(ft, fl)| ft == t && fl == l)).collect();
    assert!(missing.is_empty(), "missing {missing:?}\nfound {found:?}");
}

#[test]
fn clitics_are_left_out_of_spans() {
    let nlp = Pipeline::default();
    let found = ents(&nlp, "وقال مسؤول ان القوات وصلت بالولايات المتحدة وواشنطن امس.");
    assert!(found.contains(&("الولايات المتحدة".to_string(), Label::LOC)), "{found:?}");
    assert!(found.contains(&("واشنطن".to_string(), Label::LOC)), "{found:?}");
    let found = ents(&nlp, "وقدم الدعم للامم المتحدة في نيويورك.");
    assert!(found.iter().any(|(t, l)| t == "لامم المتحدة" && *l == Label::ORG), "{found:?}");
    // the head of «وكالة فرانس برس» behind a ل the clitic stripper kept
    let found = ents(&nlp, "وقال مسؤول لوكالة فرانس برس ان الاجتماع انتهى.");
    assert!(found.contains(&("وكالة فرانس برس".to_string(), Label::ORG)), "{found:?}");
}

#[test]
fn user_entities_win() {
    let text = "وقالت وبمنظمة الصحة العالمية ان ليبيا تحتاج الى مساعدة.";
    let opts = PipelineOptions {
        entities: vec![("منظمة الصحة العالمية".into(), Label::ORG), ("ليبيا".into(), Label::MISC)],
        ..Default::default()
    };
    let found = ents(&Pipeline::new(opts).unwrap(), text);
    assert!(found.contains(&("منظمة الصحة العالمية".to_string(), Label::ORG)), "{found:?}");
    assert!(found.contains(&("ليبيا".to_string(), Label::MISC)), "{found:?}");
    assert!(!found.contains(&("ليبيا".to_string(), Label::LOC)));
}

#[test]
fn entities_file_loads() {
    let dir = std::env::temp_dir().join(format!("khabar-ner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.tsv");
    std::fs::write(&path, "# my list\nشركة خبر للاعلام\tORG\n").unwrap();
    let list = khabar::load_entities(&path).unwrap();
    let nlp = Pipeline::new(PipelineOptions { entities: list, ..Default::default() }).unwrap();
    assert!(ents(&nlp, "اعلنت لشركة خبر للاعلام").contains(&("شركة خبر للاعلام".to_string(), Label::ORG)));
    assert!(khabar::load_entities(dir.join("missing.tsv")).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn no_panic_and_valid_spans(s in "\\PC{0,80}", t in "[ وفبلكال اميركا ليبيا الامم المتحدة «».،\u{064E}\u{0640}\u{200F}]{0,60}") {
        let nlp = Pipeline::new(PipelineOptions {
            entities: vec![("الامم المتحدة".into(), Label::ORG), ("ل".into(), Label::LOC)],
            ..Default::default()
        }).unwrap();
        for text in [s.as_str(), t.as_str()] {
            let doc = nlp.analyze(text);
            for e in doc.entities.unwrap() {
                prop_assert!(e.span.byte_start < e.span.byte_end);
                prop_assert_eq!(e.span.slice(text), e.text.as_str());
                prop_assert_eq!(text[..e.span.byte_start].chars().count(), e.span.start);
                prop_assert_eq!(text[..e.span.byte_end].chars().count(), e.span.end);
            }
        }
    }
}

#[test]
fn entities_alone_match_the_full_pipeline() {
    let text = include_str!("../examples/afp_libya_arms_embargo.txt");
    let only = PipelineOptions { layers: khabar::Layers::from_names(["entities"]).unwrap(), keywords: 0, ..Default::default() };
    let doc = Pipeline::new(only).unwrap().analyze(text);
    assert_eq!(doc.entities, Pipeline::default().analyze(text).entities);
    assert!(doc.dates.is_none() && doc.numbers.is_none() && doc.quotes.is_none() && doc.keywords.is_none());
    assert!(khabar::Layers::from_names(["dates", "sentiment"]).is_err());
    assert_eq!(khabar::Layers::default().names(), khabar::Layers::NAMES.to_vec());
}

#[test]
fn currencies_are_left_to_the_numbers_layer() {
    let text = "وارتفع سعر صرف الدولار امام الجنيه، فيما بلغ سعر اليورو 1.2 دولار في لندن";
    let nlp = Pipeline::default();
    let doc = nlp.analyze(text);
    let found = ents(&nlp, text);
    assert!(found.iter().all(|(t, _)| !t.contains("دولار") && !t.contains("اليورو") && !t.contains("الجنيه")), "{found:?}");
    assert!(found.contains(&("لندن".to_string(), Label::LOC)), "{found:?}");
    // the ANERcorp convention is there for whoever wants it
    let mut rec = khabar::entities::EntityRecognizer::default();
    (rec.misc, rec.currencies) = (true, true);
    let misc = rec.recognize(&doc.text, &doc.tokens, &doc.sentences);
    assert!(misc.iter().any(|e| e.label == Label::MISC && e.text.contains("دولار")), "{misc:?}");
}

#[test]
fn misc_names_only_on_request() {
    // the news guidelines annotate persons, organizations and places; MISC is the model's ANERcorp label
    let text = "وشارك المنتخب في بطولة كأس العالم لكرة القدم في المانيا.";
    let off = ents(&Pipeline::default(), text);
    assert!(off.iter().all(|(_, l)| *l != Label::MISC) && off.contains(&("المانيا".to_string(), Label::LOC)), "{off:?}");
    let on = ents(&Pipeline::new(PipelineOptions { misc_entities: true, ..Default::default() }).unwrap(), text);
    assert!(on.iter().any(|(t, l)| *l == Label::MISC && t.contains("كأس العالم")), "{on:?}");
}

#[test]
fn news_agencies_are_built_in() {
    let text = "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\nافادت وكالة رويترز ووكالة الانباء الكويتية (كونا) بذلك.";
    let found = ents(&Pipeline::default(), text);
    for name in ["واس", "وكالة رويترز", "وكالة الانباء الكويتية", "كونا"] {
        assert!(found.contains(&(name.to_string(), Label::ORG)), "{name}: {found:?}");
    }
    // a user entity with the same name wins the tie
    let mine = PipelineOptions { entities: vec![("واس".into(), Label::MISC)], ..Default::default() };
    assert!(ents(&Pipeline::new(mine).unwrap(), text).contains(&("واس".to_string(), Label::MISC)));
}

#[test]
fn a_government_body_before_its_place_is_one_organization() {
    let nlp = Pipeline::default();
    let found = ents(&nlp, "نفذت صحة جدة 100 جولة، وكثفت أمانة منطقة نجران جولاتها في نجران.");
    for (name, label) in [("صحة جدة", Label::ORG), ("أمانة منطقة نجران", Label::ORG), ("نجران", Label::LOC)] {
        assert!(found.contains(&(name.to_string(), label)), "{name}: {found:?}");
    }
    // elsewhere these are common nouns
    let found = ents(&nlp, "تحسنت صحة المريض بعد التعليم في المدرسة.");
    assert!(found.iter().all(|(t, _)| !t.contains("صحة")), "{found:?}");
}
