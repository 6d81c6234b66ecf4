//! Property tests on random Unicode: no panic, offsets exact, tokens ordered, normalization idempotent.

use khabar::{Normalizer, Pipeline, PipelineOptions, Segmentation};
use proptest::prelude::*;

/// Random text biased toward what news contains: Arabic letters and marks, digits, punctuation, quotes,
/// invisible characters, emoji, Latin, whitespace.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[\u{0621}-\u{064A}]{1,8}",
        "[\u{064B}-\u{0652}\u{0640}]",
        "[0-9\u{0660}-\u{0669}]{1,4}",
        "[.,،؛؟!:\"«»“”()/-]",
        "[ \n\t]",
        "[\u{200B}-\u{200F}\u{202A}-\u{202E}\u{FEFF}]",
        "[\u{1F600}-\u{1F64F}\u{1F3FB}\u{200D}\u{FE0F}]",
        "[a-zA-Z@#_.]{1,6}",
        "[\u{FB50}-\u{FDFF}\u{FE70}-\u{FEFF}]",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str, nlp: &Pipeline) {
    let doc = nlp.analyze(text);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut prev_end = 0;
    for t in &doc.tokens {
        assert!(t.span.byte_start >= prev_end && t.span.byte_start < t.span.byte_end);
        assert_eq!(&text[t.span.byte_start..t.span.byte_end], t.text.as_str());
        assert_eq!(chars.get(t.span.start).map(|c| c.0).unwrap_or(text.len()), t.span.byte_start);
        assert_eq!(chars.get(t.span.end).map(|c| c.0).unwrap_or(text.len()), t.span.byte_end);
        let mut seg_pos = t.span.byte_start;
        for s in &t.segments {
            assert_eq!(s.span.byte_start, seg_pos);
            assert_eq!(&text[s.span.byte_start..s.span.byte_end], s.text.as_str());
            seg_pos = s.span.byte_end;
        }
        if !t.segments.is_empty() {
            assert_eq!(seg_pos, t.span.byte_end);
        }
        prev_end = t.span.byte_end;
    }
    // every non-whitespace, visible character is in exactly one token
    let covered: usize = doc.tokens.iter().map(|t| t.span.byte_end - t.span.byte_start).sum();
    let skipped: usize = {
        let mut in_tok = vec![false; text.len()];
        for t in &doc.tokens {
            in_tok[t.span.byte_start..t.span.byte_end].iter_mut().for_each(|b| *b = true);
        }
        text.char_indices()
            .filter(|(i, _)| !in_tok[*i])
            .inspect(|(_, c)| assert!(c.is_whitespace() || khabar::normalize::is_invisible(*c), "{c:?} not in a token"))
            .map(|(_, c)| c.len_utf8())
            .sum()
    };
    assert_eq!(covered + skipped, text.len());
    let mut prev = 0;
    for s in &doc.sentences {
        assert!(s.span.byte_start >= prev && s.span.byte_start < s.span.byte_end && s.span.byte_end <= text.len());
        assert_eq!(&text[s.span.byte_start..s.span.byte_end], s.text);
        assert_eq!(s.text.trim(), s.text);
        prev = s.span.byte_end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn documents_are_exact_on_newsish_text(text in newsish()) {
        check(&text, &Pipeline::default());
    }

    #[test]
    fn documents_are_exact_on_any_unicode(text in any::<String>()) {
        check(&text, &Pipeline::default());
        let farasa = Pipeline::new(PipelineOptions { segmentation: Some(Segmentation::Farasa), ..Default::default() }).unwrap();
        check(&text, &farasa);
    }

    #[test]
    fn normalization_is_idempotent(text in newsish()) {
        let n = Normalizer::default();
        let once = n.normalize(&text);
        prop_assert_eq!(&n.normalize(&once.text).text, &once.text);
        prop_assert_eq!(once.alignment.len(), once.text.chars().count());
        for s in &once.alignment {
            prop_assert!(s.byte_end <= text.len() && text.is_char_boundary(s.byte_start));
        }
    }

    #[test]
    fn json_round_trips(text in newsish()) {
        let doc = Pipeline::default().analyze(&text);
        let back = khabar::Document::from_json(&doc.to_json()).unwrap();
        prop_assert_eq!(back, doc);
    }
}

#[test]
fn big_inputs_are_linear_and_exact() {
    let nlp = Pipeline::default();
    let long = "ب".repeat(5_000_000);
    let doc = nlp.analyze(&long);
    assert_eq!(doc.tokens.len(), 1);
    assert_eq!(doc.tokens[0].span.end, 5_000_000);
    let tatweel = "\u{0640}".repeat(1_000_000);
    assert_eq!(nlp.analyze(&tatweel).tokens[0].norm, "");
    // runs of one mark are one token; spaced marks are separate tokens and stress the quote stack
    let quotes = "\" ".repeat(100_000) + &"« ".repeat(100_000) + &"» ".repeat(100_000) + &"( ".repeat(100_000);
    check(&quotes, &nlp);
    check("", &nlp);
    check(" \n\t ", &nlp);
    check("\0قال\0", &nlp);
}
