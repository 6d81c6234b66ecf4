//! Step 4 of keyphrase extraction: word weights and phrase scores, by the hand formula (see [`Params`]) and, unless
//! `ranker` is 0, by the learned ranker that reads it among its features.

use crate::hash::FxMap;

use super::candidates::{pslice, Cand, MAX_ENTITY};
use super::lexicon::background;
use super::params::Params;
use super::ranker::{phrase_features, PhraseRow, PhraseStats, Ranker, Rows, WordRow, WordStats};
use super::tokens::{Annotated, Tok, NONE};
use super::words::is_number_key;
use crate::document::Document;
use crate::tokenizer::TokenKind;

/// The candidates' scores as (score, candidate index), best first; with `rows`, the words and candidates with their
/// ranker features are put there instead and nothing is scored.
pub(super) fn score(doc: &Document, a: &Annotated, cands: &[Cand], p: &Params, model: &Ranker, rows: Option<&mut Rows>) -> Vec<(f64, usize)> {
    let bg = background();
    let tokens = &doc.tokens;
    let text = doc.text.as_str();
    let Annotated { toks, vocab, names, in_entity: in_entity_at } = a;
    // 4. scores: word weights W(w) = tf^tf_exp * idf * lead factor; a phrase scores the mean weight of its words
    // times n^len_exp times its cohesion (its count over the count of its rarest word) ^ coh_exp.
    // each word's lead factor is that of its best placed occurrence
    let lead = |t: &Tok| {
        let mut b = p.lead / (1.0 + t.lead as f64).powf(p.lead_exp);
        if p.pos0 > 0.0 {
            b /= 1.0 + (t.pos as f64 / p.pos0).powf(p.pos_exp);
        }
        if t.late_clause {
            b *= p.clause;
        }
        1.0 + b
    };
    let mut tf = vec![0u32; names.len()];
    let mut best = vec![0f64; names.len()];
    // what the learned word weight reads of each word
    let mut stats = vec![WordStats::default(); names.len()];
    let mut last_sent = vec![u32::MAX; names.len()];
    for (i, t) in toks.iter().enumerate() {
        if t.key == NONE {
            continue;
        }
        let id = t.key as usize;
        let l = lead(t);
        let st = &mut stats[id];
        if tf[id] == 0 {
            st.first_lead = t.lead;
            st.first_tok = i as u32;
        }
        if l > best[id] {
            st.best_pos = t.pos;
            st.best_late = t.late_clause;
        }
        st.first_clause |= t.lead == 0 && !t.late_clause;
        st.name += t.name as u32;
        st.entity += in_entity_at[i] as u32;
        st.article += t.article as u32;
        st.suffixed += t.suffixed as u32;
        st.prep += t.prep as u32;
        st.acc += t.acc as u32;
        if last_sent[id] != t.sent {
            last_sent[id] = t.sent;
            st.sents += 1;
        }
        tf[id] += 1;
        best[id] = best[id].max(l);
    }
    // words sharing a light stem (singular/plural, masculine/feminine) lend each other part of their counts
    let mut tf_eff: Vec<f64> = tf.iter().map(|&c| c as f64).collect();
    if p.stem_w > 0.0 {
        let mut stem_of: Vec<Option<&str>> = vec![None; names.len()];
        let mut stem_count: FxMap<&str, u32> = FxMap::default();
        for (t, tok) in toks.iter().enumerate() {
            if tok.key == NONE || !tok.content {
                continue;
            }
            if let Some(st) = tokens[t].stem.as_deref().filter(|s| s.chars().count() >= 3) {
                stem_of[tok.key as usize].get_or_insert(st);
                *stem_count.entry(st).or_insert(0) += 1;
            }
        }
        for (id, st) in stem_of.iter().enumerate() {
            if let Some(c) = st.and_then(|st| stem_count.get(st)) {
                tf_eff[id] += p.stem_w * (*c as f64 - tf[id] as f64).max(0.0);
            }
        }
    }
    // a relative adjective (nisba, X + ي) lends part of its count and lead bonus to the noun X it derives from
    // when that noun occurs: a title names the country or the field («سويسرا», «الصحة») that the body keeps
    // qualifying («السويسرية», «الصحية»)
    if p.nisba > 0.0 || p.nisba_lead > 0.0 {
        let mut content = vec![false; names.len()];
        for t in toks {
            if t.key != NONE && t.content {
                content[t.key as usize] = true;
            }
        }
        let mut lend: Vec<(usize, usize)> = Vec::new();
        let mut base = String::new();
        for (id, name) in names.iter().enumerate() {
            if !content[id] {
                continue;
            }
            let Some(x) = ["يه", "ي"].iter().find_map(|sfx| name.strip_suffix(sfx)) else { continue };
            if x.chars().count() < 2 {
                continue;
            }
            for suffix in ["", "ا", "يا", "ه"] {
                base.clear();
                base.push_str(x);
                base.push_str(suffix);
                if let Some(&b) = vocab.get(base.as_str()) {
                    if b as usize != id && content[b as usize] {
                        lend.push((id, b as usize));
                        break;
                    }
                }
            }
        }
        for &(from, to) in &lend {
            tf_eff[to] += p.nisba * tf[from] as f64;
            best[to] = best[to].max(1.0 + p.nisba_lead * (best[from] - 1.0).max(0.0));
        }
    }
    let n_sents = doc.sentences.len().max(1);
    let learned = p.ranker > 0.0 || rows.is_some();
    // the words' log-odds (not needed when only the training rows are asked for)
    let mut z = vec![0.0; if learned && rows.is_none() { names.len() } else { 0 }];
    let weight: Vec<f64> = names
        .iter()
        .enumerate()
        .map(|(id, name)| {
            let number = is_number_key(name);
            let idf = if number { p.number_idf } else { (p.z0 - bg.key(name)).max(p.idf_min) };
            if learned {
                let st = &mut stats[id];
                st.tf = tf[id] as f64;
                st.tf_eff = tf_eff[id];
                st.idf = idf as f64;
                st.best = best[id];
                st.number = number;
                st.affinity = model.affinity(name);
                if let Some(z) = z.get_mut(id) {
                    *z = model.word_logit(&st.features(name, toks.len(), n_sents));
                }
            }
            tf_eff[id].max(1.0).powf(p.tf_exp) * (idf as f64).powf(p.idf_exp) * best[id].max(1.0)
        })
        .collect();
    // the words that may start or end a phrase (the word model is fitted on them)
    let mut candidate = vec![false; names.len()];
    for (t, tk) in toks.iter().zip(tokens).filter(|(t, _)| t.key != NONE) {
        candidate[t.key as usize] |= t.content || tk.kind == TokenKind::Number;
    }
    let mut rows = rows;
    if let Some(rows) = rows.as_deref_mut() {
        // for training: every word, with its first surface, its features and whether it may start or end a phrase
        rows.words = (0..names.len())
            .map(|id| WordRow {
                key: names[id].clone(),
                // (a key interned for an entity's word only has no occurrence of its own)
                surface: if tf[id] > 0 { tokens[stats[id].first_tok as usize].text.to_string() } else { names[id].clone() },
                features: stats[id].features(&names[id], toks.len(), n_sents).to_vec(),
                candidate: candidate[id],
            })
            .collect();
    }
    let mut scored: Vec<(f64, usize)> = Vec::with_capacity(cands.len());
    for (ci, c) in cands.iter().enumerate() {
        let ks = pslice(&c.key);
        let n = ks.len();
        let count = c.occ.len() as f64;
        let first_sent = c.occ.iter().map(|o| toks[o.t0 as usize].lead).min().unwrap_or(0);
        if n > 1 && !c.entity && count < p.min_multi && first_sent as f64 >= p.lead_sents {
            continue;
        }
        let mut mean_w: f64 = ks.iter().map(|&id| weight[id as usize]).sum::<f64>() / n as f64;
        // the phrase's own best placed occurrence
        let own = c.occ.iter().map(|o| lead(&toks[o.t0 as usize])).fold(1.0, f64::max);
        if p.phrase_pos > 0.0 && n > 1 {
            // against its words' best placements
            let words = ks.iter().map(|&id| best[id as usize].max(1.0)).sum::<f64>() / n as f64;
            mean_w *= (own / words).powf(p.phrase_pos);
        }
        let rarest = ks.iter().map(|&id| tf[id as usize]).min().unwrap_or(1).max(1) as f64;
        let cohesion = (count / rarest).min(1.0);
        let mut s = mean_w * (n as f64).powf(p.len_exp) * cohesion.powf(p.coh_exp);
        if n > 1 && count < p.min_multi && !c.entity {
            s *= p.single_multi;
        }
        if n == 1 && count < 2.0 && !c.entity {
            s *= p.once;
        }
        if c.entity {
            s *= p.entity_boost;
            if count < 2.0 && first_sent as f64 >= p.lead_sents {
                s *= p.entity_once;
            }
        }
        if learned {
            // the learned phrase score: its words' log-odds, the hand score and the phrase's own placement and counts
            let number = ks.iter().any(|&id| is_number_key(&names[id as usize]));
            let o = &c.occ[0];
            let (first, last) = (&toks[o.t0 as usize], &toks[(o.t1 as usize).saturating_sub(1).max(o.t0 as usize)]);
            let rest = PhraseStats {
                hand: s,
                n,
                count,
                cohesion,
                entity: c.entity,
                first_lead: first_sent,
                own,
                number,
                first_article: first.article,
                last_article: last.article,
                first_name: first.name,
            }
            .rest();
            if let Some(rows) = rows.as_deref_mut() {
                rows.phrases.push(PhraseRow { surface: o.span.slice(text).to_string(), words: ks.to_vec(), rest });
                continue;
            }
            // (the words the word model was fitted on: those that may start or end a phrase, not a modifier or a
            // multiplier inside it)
            let mut zs = [0.0; MAX_ENTITY];
            let mut m = 0;
            for &id in ks.iter().filter(|&&id| candidate[id as usize]) {
                zs[m] = z[id as usize];
                m += 1;
            }
            s = model.phrase_logit(&phrase_features(&zs[..m], &rest)).exp();
        }
        scored.push((s, ci));
    }
    if rows.is_some() {
        return Vec::new();
    }
    scored.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| cands[a.1].occ[0].t0.cmp(&cands[b.1].occ[0].t0))
            .then_with(|| pslice(&cands[a.1].key).cmp(pslice(&cands[b.1].key)))
    });
    scored
}
