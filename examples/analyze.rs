//! Analyze a UTF-8 text file and print a short report (or the full JSON with `--json`).
//!
//! cargo run --release --example analyze -- examples/afp_libya_arms_embargo.txt [--json]

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let path = args.iter().find(|a| !a.starts_with("--")).map(String::as_str).unwrap_or("examples/afp_libya_arms_embargo.txt");
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        }
    };
    let nlp = khabar::Pipeline::default();
    let doc = nlp.analyze(&text);
    if json {
        println!("{}", doc.to_json());
        return;
    }
    println!("{path}: {} tokens, {} sentences", doc.tokens.len(), doc.sentences.len());
    for s in doc.sentences.iter().take(5) {
        println!("[{}..{}] {}", s.span.start, s.span.end, s.text);
        for t in doc.sentence_tokens(s).iter().take(8) {
            println!("    {:<14} {:>4}..{:<4} {:<7} norm={}", t.text, t.span.start, t.span.end, t.kind.as_str(), t.norm);
        }
    }
}
