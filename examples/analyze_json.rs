//! Read a text on stdin, print its Document as JSON (optional first argument: the reference date YYYY-MM-DD).
use std::io::Read;
fn main() {
    let mut text = String::new();
    if std::io::stdin().read_to_string(&mut text).is_err() {
        std::process::exit(2);
    }
    let reference = std::env::args().nth(1).and_then(|s| khabar::parse_date(&s).ok());
    let doc = khabar::Pipeline::default().analyze_with(&text, reference);
    println!("{}", doc.to_json());
}
