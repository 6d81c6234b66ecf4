//! Sentence fixtures from real news shapes: the bundled AFP article and wire-style paragraphs written for these
//! tests (datelines, quotes that end sentences, abbreviations, numbers, subheadings).

use khabar::Pipeline;

fn sentences(text: &str) -> Vec<String> {
    Pipeline::default().analyze(text).sentences.into_iter().map(|s| s.text).collect()
}

#[test]
fn seed_article() {
    let text = include_str!("../examples/afp_libya_arms_embargo.txt");
    let s = sentences(text);
    assert_eq!(s.len(), 31);
    assert!(s[2].starts_with("وقال مسؤول كبير") && s[2].ends_with("في هذا الطلب\"."));
    assert!(s.contains(&"- ما هي الحاجات؟ -".to_string()));
    assert!(s.contains(&"وقال المسؤول الاميركي \"انه تطور بطيء لكنه ثابت وملموس\".".to_string()));
    assert!(s.iter().all(|x| x.trim() == x && !x.is_empty()));
}

#[test]
fn wire_paragraphs() {
    let text = "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\n\
        أكد د. عبدالله المحمد أن النمو بلغ 3.5 في المئة خلال الربع الأول. وأضاف: «سنواصل العمل. والنتائج مشجعة».\n\
        وقال المتحدث (أ.ف.ب) إن الاجتماع سيعقد الأسبوع المقبل؟ لم يتضح ذلك بعد!";
    assert_eq!(sentences(text), vec![
        "الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس",
        "أكد د. عبدالله المحمد أن النمو بلغ 3.5 في المئة خلال الربع الأول.",
        "وأضاف: «سنواصل العمل. والنتائج مشجعة».",
        "وقال المتحدث (أ.ف.ب) إن الاجتماع سيعقد الأسبوع المقبل؟",
        "لم يتضح ذلك بعد!",
    ]);
}

#[test]
fn quote_continuing_across_paragraphs_is_cut_at_the_paragraph() {
    // AFP reopens the quotation mark on the next paragraph; each paragraph is its own sentence span.
    let text = "وقال \"ان الوضع صعب جدا. وهناك الكثير لنفعله\nوعلينا ان نبدأ الان\".";
    assert_eq!(sentences(text), vec!["وقال \"ان الوضع صعب جدا. وهناك الكثير لنفعله", "وعلينا ان نبدأ الان\"."]);
}
