//! Word classes induced from unlabelled news (`examples/train_clusters.rs`): words that occur in similar
//! contexts share a class, so the tagger can generalize from the names it saw labelled to names it did not.
//! Several clusterings of different granularity (levels) are stored side by side: sorted key hashes
//! (`key >> 32`), then each word's class at every level; looked up through a hash map built once.

use std::sync::OnceLock;

use super::hash::key;
use crate::hash::FxMap;

const MAGIC: &[u8; 6] = b"KHCLS2";
/// At most this many levels.
pub const MAX_LEVELS: usize = 4;
static BYTES: &[u8] = include_bytes!("clusters.bin");

/// A word → class table.
#[derive(Debug, Clone, Default)]
pub struct Clusters {
    levels: usize,
    map: FxMap<u32, [u8; MAX_LEVELS]>,
}

#[inline]
fn short(k: u64) -> u32 {
    (k >> 32) as u32
}

impl Clusters {
    /// The embedded table (empty if it is missing or malformed).
    pub fn embedded() -> &'static Clusters {
        static C: OnceLock<Clusters> = OnceLock::new();
        C.get_or_init(|| Clusters::from_bytes(BYTES).unwrap_or_default())
    }

    /// A table from (normalized word, its class at each level) pairs; every word has `levels` classes.
    pub fn from_words<'a>(levels: usize, words: impl Iterator<Item = (&'a str, [u8; MAX_LEVELS])>) -> Clusters {
        Clusters { levels: levels.min(MAX_LEVELS), map: words.map(|(w, c)| (short(key(w)), c)).collect() }
    }

    /// How many clusterings the table holds.
    pub fn levels(&self) -> usize {
        self.levels
    }

    /// The classes (one per level; unused levels 0) of the word whose key hash is `k`.
    #[inline]
    pub fn classes_of_key(&self, k: u64) -> Option<[u8; MAX_LEVELS]> {
        self.map.get(&short(k)).copied()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The bytes of the table (entries sorted, so equal tables give equal bytes).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut e: Vec<(u32, [u8; MAX_LEVELS])> = self.map.iter().map(|(&k, &c)| (k, c)).collect();
        e.sort_unstable();
        let mut out = Vec::with_capacity(11 + e.len() * (4 + self.levels));
        out.extend_from_slice(MAGIC);
        out.push(self.levels as u8);
        out.extend_from_slice(&(e.len() as u32).to_le_bytes());
        for (k, _) in &e {
            out.extend_from_slice(&k.to_le_bytes());
        }
        for (_, c) in &e {
            out.extend_from_slice(&c[..self.levels]);
        }
        out
    }

    /// Parse bytes written by [`Clusters::to_bytes`]; `None` if malformed.
    pub fn from_bytes(b: &[u8]) -> Option<Clusters> {
        let (&levels, rest) = b.strip_prefix(MAGIC)?.split_first()?;
        let levels = levels as usize;
        if !(1..=MAX_LEVELS).contains(&levels) {
            return None;
        }
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let keys = rest.get(4..4 + 4 * n)?;
        let classes = rest.get(4 + 4 * n..)?;
        if classes.len() != n * levels {
            return None;
        }
        let map = keys
            .chunks_exact(4)
            .zip(classes.chunks_exact(levels))
            .map(|(k, c)| {
                let mut cs = [0u8; MAX_LEVELS];
                cs[..levels].copy_from_slice(c);
                (u32::from_le_bytes([k[0], k[1], k[2], k[3]]), cs)
            })
            .collect();
        Some(Clusters { levels, map })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip_and_lookup() {
        let c = Clusters::from_words(2, [("ليبيا", [3, 1, 0, 0]), ("تونس", [3, 1, 0, 0]), ("محمد", [7, 2, 0, 0])].into_iter());
        let b = c.to_bytes();
        let d = Clusters::from_bytes(&b).unwrap();
        assert_eq!(d.to_bytes(), b);
        assert_eq!(d.classes_of_key(key("تونس")), Some([3, 1, 0, 0]));
        assert_eq!(d.classes_of_key(key("باريس")), None);
        assert!(Clusters::from_bytes(&b[..b.len() - 1]).is_none());
        assert!(Clusters::from_bytes(b"junk").is_none());
    }

    #[test]
    fn embedded_table_loads() {
        let _ = Clusters::embedded().len();
    }
}
