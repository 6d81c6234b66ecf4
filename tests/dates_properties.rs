//! Property tests for the dates layer: no panic on any input, spans valid and ordered, text equals the slice,
//! with and without a reference date (including extreme ones).

use chrono::NaiveDate;
use khabar::Pipeline;
use proptest::prelude::*;

/// Random text built from temporal vocabulary, digits and noise, so the rules actually fire.
fn dateish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "الخميس", "الاثنين", "المقبل", "الماضي", "اليوم", "امس", "أمس", "غدا", "تشرين", "الاول", "/", "اكتوبر",
            "نيسان", "ابريل", "(", ")", "من", "الى", "و", "عام", "العام", "هـ", "م", "شوال", "رمضان", "شهر", "يوم",
            "قبل", "منذ", "خلال", "ثلاث", "سنوات", "يومين", "الساعة", "العاشرة", "صباحا", "مساء", ":", "-", "ت",
            "الحادي", "عشر", "الثمانينات", "القرن", "النصف", "الثاني", "بداية", "كل", "سنويا", "وقت", "سابق",
            "هذا", "الاسبوع", "الأشهر", "الثلاثة", "الأخيرة", "فترة", "طويلة", "الصيف", "لل", "للعام",
        ])
        .prop_map(|s| s.to_string()),
        "[0-9\u{0660}-\u{0669}]{1,5}",
        "[ \n]",
        "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640}]{1,4}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec((piece, prop::sample::select(vec!["", " ", " ", "\n"])), 0..30)
        .prop_map(|v| v.into_iter().map(|(a, b)| format!("{a}{b}")).collect())
}

fn check(text: &str, reference: Option<NaiveDate>) {
    let doc = Pipeline::default().analyze_with(text, reference);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut prev_start = 0;
    for d in doc.dates.as_deref().unwrap_or(&[]) {
        assert!(d.span.byte_start < d.span.byte_end);
        assert!(d.span.byte_start >= prev_start);
        prev_start = d.span.byte_start;
        assert_eq!(&text[d.span.byte_start..d.span.byte_end], d.text);
        assert_eq!(chars.get(d.span.start).map(|c| c.0).unwrap_or(text.len()), d.span.byte_start);
        assert_eq!(chars.get(d.span.end).map(|c| c.0).unwrap_or(text.len()), d.span.byte_end);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn dates_never_panic(text in dateish(), days in -800_000i64..800_000) {
        check(&text, None);
        check(&text, NaiveDate::from_ymd_opt(2016, 5, 13));
        let extreme = NaiveDate::from_ymd_opt(2000, 1, 1).and_then(|d| d.checked_add_signed(chrono::Duration::days(days)));
        check(&text, extreme);
        check(&text, Some(NaiveDate::MAX));
        check(&text, Some(NaiveDate::MIN));
    }

    #[test]
    fn any_unicode_never_panics(text in any::<String>()) {
        check(&text, NaiveDate::from_ymd_opt(2016, 5, 13));
    }
}
