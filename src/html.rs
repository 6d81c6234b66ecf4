//! HTML rendering of a Document for notebooks (`_repr_html_`): escaped, right-to-left, one block per sentence,
//! with each extraction layer's items highlighted and their details on hover.

use crate::document::Document;

/// One highlighted region: byte offsets into the document text, a CSS class and a hover title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub byte_start: usize,
    pub byte_end: usize,
    pub class: &'static str,
    pub title: String,
}

/// Escape text for HTML element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The highlights of every layer present in `doc`, sorted by start (outer first on ties).
pub fn highlights(doc: &Document) -> Vec<Highlight> {
    let mut hs: Vec<Highlight> = Vec::new();
    for e in doc.entities.iter().flatten() {
        let class = match e.label {
            crate::Label::PER => "PER",
            crate::Label::ORG => "ORG",
            crate::Label::LOC => "LOC",
            crate::Label::MISC => "MISC",
        };
        hs.push(Highlight { byte_start: e.span.byte_start, byte_end: e.span.byte_end, class, title: class.to_string() });
    }
    hs.extend(crate::dates::highlights(doc));
    hs.extend(crate::quotes::highlights(doc));
    for n in doc.numbers.iter().flatten() {
        let unit = n.unit.as_deref().map(|u| format!(" · {u}")).unwrap_or_default();
        hs.push(Highlight {
            byte_start: n.span.byte_start,
            byte_end: n.span.byte_end,
            class: "number",
            title: format!("{} {}{unit}", n.kind.as_str(), n.value),
        });
    }
    hs.sort_by_key(|h| (h.byte_start, std::cmp::Reverse(h.byte_end)));
    hs
}

const STYLE: &str = "<style>.khabar{direction:rtl;text-align:right;line-height:2;font-size:1.1em}\
.khabar p{margin:.2em 0;padding:.1em .3em;border-right:3px solid #ddd}\
.khabar mark{padding:0 .15em;border-radius:.25em;background:#eee}\
.khabar .PER{background:#fde2e4}.khabar .ORG{background:#dbeafe}.khabar .LOC{background:#dcfce7}\
.khabar .MISC{background:#f3e8ff}.khabar .date{background:#fef3c7}.khabar .number{background:#e0f2fe}\
.khabar .quote{background:#f1f5f9;border-bottom:2px dotted #64748b}.khabar .speaker{text-decoration:underline}\
.khabar .keyword{background:#fef9c3;margin-left:.3em}.khabar small{color:#64748b;font-size:.7em}</style>";

/// Render `doc` as an HTML fragment: sentences as paragraphs, layer items as `<mark>` with hover titles.
/// Overlapping highlights are nested when they nest and otherwise the later one is dropped.
pub fn render(doc: &Document) -> String {
    let text = &doc.text;
    let hs = highlights(doc);
    let mut out = String::with_capacity(text.len() * 2 + STYLE.len() + 200);
    out.push_str(STYLE);
    out.push_str("<div class=\"khabar\" dir=\"rtl\" lang=\"ar\">");
    let mut h = 0;
    for s in &doc.sentences {
        out.push_str("<p>");
        let (a, b) = (s.span.byte_start, s.span.byte_end);
        while h < hs.len() && hs[h].byte_start < a {
            h += 1;
        }
        let mut pos = a;
        let mut stack: Vec<usize> = Vec::new();
        while h < hs.len() && hs[h].byte_start < b {
            let hl = &hs[h];
            h += 1;
            while let Some(&end) = stack.last() {
                if end <= hl.byte_start {
                    out.push_str(&escape(&text[pos..end]));
                    out.push_str("</mark>");
                    pos = end;
                    stack.pop();
                } else {
                    break;
                }
            }
            let outer_end = stack.last().copied().unwrap_or(b);
            if hl.byte_start < pos || hl.byte_end > outer_end || !text.is_char_boundary(hl.byte_start) || !text.is_char_boundary(hl.byte_end) {
                continue;
            }
            out.push_str(&escape(&text[pos..hl.byte_start]));
            out.push_str(&format!("<mark class=\"{}\" title=\"{}\">", hl.class, escape(&hl.title)));
            pos = hl.byte_start;
            stack.push(hl.byte_end);
        }
        while let Some(end) = stack.pop() {
            out.push_str(&escape(&text[pos..end]));
            out.push_str("</mark>");
            pos = end;
        }
        out.push_str(&escape(&text[pos..b]));
        out.push_str("</p>");
    }
    // keyphrases: a ranked list under the text (their occurrences are listed on hover)
    if let Some(kws) = doc.keywords.as_ref().filter(|k| !k.is_empty()) {
        out.push_str("<p class=\"keywords\">");
        for (rank, k) in kws.iter().enumerate() {
            let title = format!("#{} score {}, {} occurrences", rank + 1, k.score, k.occurrences.len());
            out.push_str(&format!("<mark class=\"keyword\" title=\"{}\">{}</mark> ", escape(&title), escape(&k.text)));
        }
        out.push_str("</p>");
    }
    out.push_str(&format!(
        "<small dir=\"ltr\">{} tokens, {} sentences</small></div>",
        doc.tokens.len(),
        doc.sentences.len()
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_show_their_value() {
        let doc = crate::Pipeline::default().analyze_with("وقتل الخميس اربعة", chrono::NaiveDate::from_ymd_opt(2016, 5, 13));
        let html = render(&doc);
        assert!(html.contains("<mark class=\"date\" title=\"DATE 2016-05-12\">الخميس</mark>"), "{html}");
    }

    #[test]
    fn escapes_and_is_rtl() {
        let doc = crate::Pipeline::default().analyze("قال <b>\"نعم\"</b> & لا.");
        let html = render(&doc);
        assert!(html.contains("dir=\"rtl\""));
        assert!(html.contains("&lt;b&gt;&quot;نعم&quot;&lt;/b&gt; &amp; لا."));
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn entities_are_marked_by_label() {
        let doc = crate::Pipeline::default().analyze("وصل الرئيس الى واشنطن.");
        let html = render(&doc);
        assert!(html.contains("<mark class=\"LOC\" title=\"LOC\">واشنطن</mark>"), "{html}");
    }

    #[test]
    fn quotes_and_speakers_are_marked() {
        let doc = crate::Pipeline::default().analyze("وقال الوزير \"نحن مستعدون للتعاون مع الجميع\".");
        let html = render(&doc);
        assert!(html.contains("<mark class=\"quote\" title=\"direct quote — الوزير (وقال) "), "{html}");
        assert!(html.contains("<mark class=\"speaker\" title=\"speaker: الوزير\">الوزير</mark>"), "{html}");
    }
}
