//! User entities: exact phrases matched on normalized, clitic-aware token keys («وبمنظمة الصحة العالمية»
//! matches «منظمة الصحة العالمية»; «عبد الله» matches «عبدالله»). They win over the model.

use crate::hash::FxMap as HashMap;

use super::Entity;
use super::hash::{key, key2};
use super::lexicon::word_norms;
use crate::clitics::Proclitics;
use crate::document::Token;
use crate::pipeline::Label;
use crate::tokenizer::TokenKind;

#[derive(Debug, Clone)]
struct Entry {
    keys: Vec<u64>,
    label: Label,
}

/// A compiled list of user entities.
#[derive(Debug, Clone, Default)]
pub struct UserEntities {
    entries: Vec<Entry>,
    by_first: HashMap<u64, Vec<usize>>,
}

/// The keys a document's tokens are matched by, computed once for every list matched over them: each token's key,
/// and the keys it may open a name with.
#[derive(Debug, Default)]
pub(super) struct TokenKeys {
    keys: Vec<u64>,
    /// (key, clitic letters to skip in the surface); token `i` has `firsts[offs[i]..offs[i + 1]]`
    firsts: Vec<(u64, usize)>,
    offs: Vec<u32>,
}

impl TokenKeys {
    pub(super) fn new(tokens: &[Token]) -> Self {
        let mut tk = TokenKeys { keys: Vec::with_capacity(tokens.len()), ..Default::default() };
        tk.offs.reserve(tokens.len() + 1);
        for t in tokens {
            let k = key(&t.norm);
            tk.keys.push(k);
            tk.offs.push(tk.firsts.len() as u32);
            tk.firsts.push((k, 0));
            if t.kind == TokenKind::Arabic {
                clitic_keys(&t.norm, &mut tk.firsts);
            }
        }
        tk.offs.push(tk.firsts.len() as u32);
        tk
    }

    /// The key of each token.
    pub(super) fn norms(&self) -> &[u64] {
        &self.keys
    }

    fn firsts(&self, i: usize) -> &[(u64, usize)] {
        let (a, b) = (self.offs[i] as usize, self.offs[i + 1] as usize);
        &self.firsts[a..b]
    }
}

/// The first-word keys of an Arabic token with its proclitics cut off: (key, clitic letters to skip in the surface).
fn clitic_keys(norm: &str, out: &mut Vec<(u64, usize)>) {
    for c in Proclitics::scan(norm).cuts(norm) {
        let rest = &norm[c.bytes..];
        if rest.chars().count() < 2 {
            break;
        }
        out.push((key(rest), c.letters));
        if c.last == 'ل' && rest.starts_with('ل') {
            // fused لل: the article lost its alef
            out.push((key2("ا", rest), c.letters));
        }
    }
}

/// The other spelling of a name with «عبد» before a definite word: «عبد الله» and «عبدالله» are the same name
/// («علي عبدالله صالح», «عبد العزيز»); `None` when the words have no such part.
fn abd_variant(words: &[String]) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::with_capacity(words.len() + 1);
    let mut changed = false;
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w == "عبد" && words.get(i + 1).is_some_and(|n| n.starts_with("ال")) {
            out.push(format!("عبد{}", words[i + 1]));
            i += 2;
            changed = true;
            continue;
        }
        match w.strip_prefix("عبد").filter(|rest| rest.starts_with("ال") && rest.chars().count() > 3) {
            Some(rest) => {
                out.extend(["عبد".to_string(), rest.to_string()]);
                changed = true;
            }
            None => out.push(w.clone()),
        }
        i += 1;
    }
    changed.then_some(out)
}

impl UserEntities {
    pub fn new(list: &[(String, Label)]) -> Self {
        let mut u = UserEntities::default();
        for (text, label) in list {
            let words = word_norms(text);
            for words in std::iter::once(Some(words.clone())).chain([abd_variant(&words)]).flatten() {
                let keys: Vec<u64> = words.iter().map(|w| key(w)).collect();
                if keys.is_empty() {
                    continue;
                }
                u.by_first.entry(keys[0]).or_default().push(u.entries.len());
                u.entries.push(Entry { keys, label: *label });
            }
        }
        u
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every longest, leftmost user-entity match in `tokens` (a document's tokens over `text`).
    pub fn find(&self, text: &str, tokens: &[Token], out: &mut Vec<Entity>) {
        if !self.entries.is_empty() {
            self.find_keyed(text, tokens, &TokenKeys::new(tokens), out);
        }
    }

    /// [`find`](Self::find) with the tokens' keys computed already (`tk` is `TokenKeys::new(tokens)`).
    pub(super) fn find_keyed(&self, text: &str, tokens: &[Token], tk: &TokenKeys, out: &mut Vec<Entity>) {
        let keys = &tk.keys;
        let mut i = 0;
        while i < tokens.len().min(keys.len()) {
            let mut best: Option<(usize, usize, Label)> = None; // (len, skip, label)
            for &(k, skip) in tk.firsts(i) {
                for &e in self.by_first.get(&k).map(Vec::as_slice).unwrap_or(&[]) {
                    let en = &self.entries[e];
                    let len = en.keys.len();
                    if i + len <= keys.len() && en.keys[1..] == keys[i + 1..i + len] {
                        let better = match best {
                            None => true,
                            Some((bl, bs, _)) => len > bl || (len == bl && skip < bs),
                        };
                        if better {
                            best = Some((len, skip, en.label));
                        }
                    }
                }
            }
            match best {
                Some((len, skip, label)) => {
                    if let Some(ent) = super::make_entity(text, tokens, i, i + len, skip, label) {
                        out.push(ent);
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;

    fn find(list: &[(&str, Label)], text: &str) -> Vec<(String, Label)> {
        let u = UserEntities::new(&list.iter().map(|(t, l)| (t.to_string(), *l)).collect::<Vec<_>>());
        let doc = Pipeline::default().analyze(text);
        let mut out = Vec::new();
        u.find(text, &doc.tokens, &mut out);
        out.into_iter().map(|e| (e.text, e.label)).collect()
    }

    #[test]
    fn clitic_and_normalization_aware() {
        let l = [("منظمة الصحة العالمية", Label::ORG), ("الأمم المتحدة", Label::ORG)];
        assert_eq!(find(&l, "قالت وبمنظمة الصحة العالمية"), vec![("منظمة الصحة العالمية".to_string(), Label::ORG)]);
        assert_eq!(find(&l, "وفقا للأمم المتحدة."), vec![("لأمم المتحدة".to_string(), Label::ORG)]);
        assert_eq!(find(&l, "منظّمة الصحّة العالميه"), vec![("منظّمة الصحّة العالميه".to_string(), Label::ORG)]);
        assert!(find(&l, "منظمة الصحة").is_empty());
    }

    #[test]
    fn abd_joined_or_apart() {
        let l = [("علي عبد الله صالح", Label::PER), ("عبدالعزيز بوتفليقة", Label::PER)];
        let per = |t: &str| vec![(t.to_string(), Label::PER)];
        assert_eq!(find(&l, "للرئيس المخلوع علي عبدالله صالح"), per("علي عبدالله صالح"));
        assert_eq!(find(&l, "قال عبد العزيز بوتفليقة"), per("عبد العزيز بوتفليقة"));
        assert_eq!(find(&l, "قال علي عبد الله صالح"), per("علي عبد الله صالح"));
        assert_eq!(abd_variant(&["عبده".to_string(), "خال".to_string()]), None);
    }
}
