//! Print the quotes of each input as one JSON line: `cargo run --release --example quotes_json -- FILE...`
//! (reads stdin when no file is given; a `.json` input with a "text" field is read as that text).
use std::io::Read;

fn main() {
    let nlp = khabar::Pipeline::default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut inputs = Vec::new();
    if args.is_empty() {
        let mut s = String::new();
        let _ = std::io::stdin().read_to_string(&mut s);
        inputs.push(s);
    }
    for a in &args {
        let s = std::fs::read_to_string(a).unwrap_or_default();
        let text = if a.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&s).ok().and_then(|v| v["text"].as_str().map(String::from)).unwrap_or_default()
        } else {
            s
        };
        inputs.push(text);
    }
    for t in inputs {
        let doc = nlp.analyze(&t);
        println!("{}", serde_json::json!({ "quotes": doc.quotes }));
    }
}
