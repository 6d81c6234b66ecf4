//! Score the number-word parser on a silver list of (value, words) pairs:
//! `cargo run --release --example number_words_silver -- /work/shared/data/number_words_silver/ar_number_words_silver.json`
//! Prints the share of values read exactly (whole text as one expression) and each miss. (num2words writes
//! ordinals above 20 as cardinals, so the ordinal flag is reported separately.)

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: number_words_silver FILE.json");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let nlp = khabar::Pipeline::default();
    for (section, field, ordinal) in [("cardinals", "num2words_ar", false), ("ordinals", "num2words_ar_ordinal", true)] {
        let Some(items) = json.get(section).and_then(|v| v.as_array()) else { continue };
        let (mut ok, mut n, mut flag_ok) = (0, 0, 0);
        for item in items {
            let (Some(value), Some(words)) = (item.get("value").and_then(|v| v.as_f64()), item.get(field).and_then(|v| v.as_str())) else {
                continue;
            };
            n += 1;
            let doc = nlp.analyze(words);
            let got = khabar::numbers::words::parse_at(&doc.tokens, 0).filter(|w| w.len == doc.tokens.len());
            match got {
                Some(w) if (w.value - value).abs() < 1e-9 => {
                    ok += 1;
                    flag_ok += usize::from(w.ordinal == ordinal);
                }
                other => println!("MISS {section} {value} {words:?} -> {:?}", other.map(|w| (w.value, w.len, w.ordinal))),
            }
        }
        println!("{section}: values {ok}/{n} = {:.4}; ordinal flag as expected {flag_ok}/{n}", ok as f64 / n.max(1) as f64);
    }
}
