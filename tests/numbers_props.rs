//! Property tests for the number layer: no panic on any input, every span slices back to its text.

use proptest::prelude::*;

fn check(text: &str) {
    let doc = khabar::Pipeline::default().analyze(text);
    let chars: Vec<char> = text.chars().collect();
    for n in doc.numbers.iter().flatten() {
        assert_eq!(n.span.slice(text), n.text.as_str());
        assert!(n.span.start < n.span.end && n.span.end <= chars.len());
        let s: String = chars[n.span.start..n.span.end].iter().collect();
        assert_eq!(s, n.text.as_str());
        assert!(n.value.is_finite());
    }
    let _ = khabar::parse_number(text);
    let _ = khabar::html::render(&doc);
}

const PIECES: &[&str] = &[
    "خمسة", "وعشرون", "و", "عشر", "ألف", "آلاف", "مليون", "مليونان", "مئة", "ثلاث", "ثلاثمئة", "ربع", "نصف", "عشرات",
    "الآلاف", "الأول", "الحادي", "الـ", "23", "1.5", "2,5", "٫", "٬", "١٢", "۳", "%", "في", "المئة", "بالمئة", "دولار",
    "جنيه", "إسترليني", "عام", "2016", "مايو", "من", "الى", "-", ".", "\u{200F}", "0", ":", "/", "\n", "(", ")", "$",
    "واحد", "احد", "الاثنين", "مترين", " ", " ", " ",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn random_unicode_never_panics(text in "\\PC{0,80}") {
        check(&text);
    }

    #[test]
    fn number_soup_never_panics(parts in proptest::collection::vec(0..PIECES.len(), 0..24)) {
        let text: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join("");
        check(&text);
        let spaced: String = parts.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        check(&spaced);
    }
}
