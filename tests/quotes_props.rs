//! Property tests: the quote layer never panics and every span slices back to its text.
use proptest::prelude::*;

fn check(text: &str) {
    let doc = khabar::Pipeline::default().analyze(text);
    let chars: Vec<char> = text.chars().collect();
    for q in doc.quotes.iter().flatten() {
        let parts = [Some((&q.text, &q.span)), q.speaker.as_ref().map(|s| (&s.text, &s.span)), q.cue.as_ref().map(|c| (&c.text, &c.span))];
        for (t, s) in parts.into_iter().flatten() {
            assert_eq!(&text[s.byte_start..s.byte_end], t.as_str());
            assert_eq!(chars[s.start..s.end].iter().collect::<String>(), *t);
            assert!(!t.is_empty());
        }
        assert!((0.0..=1.0).contains(&q.confidence));
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("قال".to_string()), Just("وقال".to_string()), Just("ويضيف".to_string()), Just("مشيرا".to_string()),
        Just("الى".to_string()), Just("ان".to_string()), Just("أنه".to_string()), Just("بحسب".to_string()),
        Just("وفقا".to_string()), Just("لـ".to_string()), Just("عن".to_string()), Just("قوله".to_string()),
        Just("المسؤول".to_string()), Just("الدكتور".to_string()), Just("فريدريك فيري".to_string()),
        Just("صحيفة".to_string()), Just("\"".to_string()), Just("«".to_string()), Just("»".to_string()),
        Just("“".to_string()), Just("”".to_string()), Just("„".to_string()), Just("،".to_string()),
        Just(".".to_string()), Just(":".to_string()), Just("\n\n".to_string()), Just("\u{200f}".to_string()),
        Just("كما".to_string()), Just("ما".to_string()), Just("ذكر".to_string()), "\\PC{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn random_unicode_never_panics(s in "\\PC{0,200}") {
        check(&s);
    }

    #[test]
    fn random_attribution_soup_never_panics(parts in prop::collection::vec(piece(), 0..60)) {
        check(&parts.join(" "));
        check(&parts.concat());
    }
}
