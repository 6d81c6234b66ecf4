//! Bulletin boundaries in a newswire feed: a speaker is never carried from one bulletin into the next.
//!
//! A bulletin ends with a line «// انتهى //» (or «انتهى» alone), and a new one starts with a dateline: a short line
//! naming the place and date and ending with the agency («الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس»).

/// Agency tags that close a dateline line.
const AGENCIES: &[&str] = &[
    "واس", "(واس)", "وام", "(وام)", "كونا", "(كونا)", "بنا", "(بنا)", "قنا", "(قنا)", "سبأ", "(سبأ)", "أ ف ب", "(أ ف ب)",
    "(ا ف ب)", "(د ب أ)", "(رويترز)",
];

/// A line that closes a bulletin: «// انتهى //», «انتهى».
fn is_end_line(line: &str) -> bool {
    let t = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '/' | '-' | '.' | '(' | ')' | '*'));
    t == "انتهى" || t == "انتهي"
}

/// A dateline opening a bulletin: a short line with a digit that carries «الموافق» (a Hijri and Gregorian date) or
/// ends with an agency tag.
fn is_dateline(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.chars().count() > 100 || !t.chars().any(|c| c.is_numeric()) {
        return false;
    }
    (t.contains("الموافق") && (t.contains("هـ") || t.contains(" م"))) || AGENCIES.iter().any(|a| t.ends_with(a))
}

/// The byte offsets where a new bulletin starts (after an end line, at a dateline), in order.
pub(crate) fn starts(text: &str) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let next = pos + line.len();
        if is_dateline(line) && pos > 0 {
            out.push(pos);
        }
        if is_end_line(line) {
            out.push(next);
        }
        pos = next;
    }
    out.dedup();
    out
}

/// The start of the bulletin holding byte `pos` (0 when the text has no boundary before it).
pub(crate) fn start_of(starts: &[usize], pos: usize) -> usize {
    let k = starts.partition_point(|&s| s <= pos);
    k.checked_sub(1).and_then(|k| starts.get(k)).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_lines_and_datelines() {
        let t = "عنوان أول\nجدة 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس\nوقال المدير إن العمل بدأ.\n // انتهى //\n 10:20 ت م\n\nعنوان ثان\nالدمام 3 رجب 1440 هـ الموافق 10 مارس 2019 م واس\nوأضاف أن الخطة جاهزة.";
        let s = starts(t);
        let second = t.find("الدمام").unwrap_or(0);
        assert!(s.contains(&second), "{s:?}");
        assert!(s.iter().any(|&x| t[..x].ends_with("// انتهى //\n")), "{s:?}");
        assert_eq!(start_of(&s, t.find("وأضاف").unwrap_or(0)), second);
        assert_eq!(start_of(&s, t.find("وقال").unwrap_or(0)), t.find("جدة").unwrap_or(0));
        assert_eq!(start_of(&s, 3), 0);
        // an ordinary article has none: a sentence with «الموافق» is too long or has no date
        assert!(starts("وقال الوزير إن يوم الاثنين الموافق للعاشر من الشهر سيكون عطلة رسمية في جميع أنحاء البلاد كما قررت الحكومة في اجتماعها الأخير.\nانتهى الاجتماع مساء أمس.").is_empty());
        assert!(starts("").is_empty());
    }
}
