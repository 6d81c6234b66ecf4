//! Property tests of the clitic segmentation layer: no panic on any input, segments tile their token.

use khabar::{Pipeline, PipelineOptions, Segmentation};
use proptest::prelude::*;

fn check(text: &str, scheme: Segmentation) {
    let nlp = Pipeline::new(PipelineOptions { segmentation: Some(scheme), ..Default::default() }).unwrap();
    let doc = nlp.analyze(text);
    for t in &doc.tokens {
        if t.segments.is_empty() {
            continue;
        }
        assert_eq!(t.segments[0].span.byte_start, t.span.byte_start);
        assert_eq!(t.segments[0].span.start, t.span.start);
        assert_eq!(t.segments.last().unwrap().span.byte_end, t.span.byte_end);
        assert_eq!(t.segments.last().unwrap().span.end, t.span.end);
        for w in t.segments.windows(2) {
            assert_eq!(w[0].span.byte_end, w[1].span.byte_start);
            assert_eq!(w[0].span.end, w[1].span.start);
        }
        for s in &t.segments {
            assert!(!s.span.is_empty());
            assert_eq!(s.span.slice(text), s.text.as_str());
            let cp: String = text.chars().skip(s.span.start).take(s.span.end - s.span.start).collect();
            assert_eq!(cp, s.text.as_str());
        }
    }
}

proptest! {
    #[test]
    fn random_unicode(s in "\\PC{0,60}") {
        check(&s, Segmentation::Atb);
        check(&s, Segmentation::Farasa);
    }

    #[test]
    fn random_arabic(s in "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640} ]{0,80}") {
        check(&s, Segmentation::Atb);
        check(&s, Segmentation::Farasa);
    }
}

#[test]
fn pipeline_segments_article() {
    let text = "وقال وزير الخارجية للصحافيين انه سيتم رفع الحظر عن ليبيا، فإن الامم المتحدة ستدرس ذلك.";
    check(text, Segmentation::Atb);
    let doc = Pipeline::default().analyze(text);
    let t = doc.tokens.iter().find(|t| t.text == "للصحافيين").unwrap();
    let forms: Vec<&str> = t.segments.iter().map(|s| s.form.as_str()).collect();
    assert_eq!(forms, ["ل", "الصحافيين"]);
    let t = doc.tokens.iter().find(|t| t.text == "وقال").unwrap();
    assert_eq!(t.segments.len(), 2);
    let t = doc.tokens.iter().find(|t| t.text == "ليبيا").unwrap();
    assert_eq!(t.segments.len(), 1);
}
