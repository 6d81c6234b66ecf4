fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = khabar::Pipeline::default().analyze(&text);
    for t in &doc.tokens { print!("[{}|{:?}|{}] ", t.text, t.kind, t.norm); }
    println!();
}
