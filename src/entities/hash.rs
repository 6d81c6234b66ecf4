//! Stable 64-bit hashing for feature and lexicon keys (the same on every platform, so the trained model is portable).

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The murmur3 finalizer.
#[inline]
pub fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

/// Combine two hashes (order matters).
#[inline]
pub fn combine(a: u64, b: u64) -> u64 {
    fmix(a.wrapping_mul(K) ^ b.rotate_left(23) ^ 0x5bd1_e995)
}

/// Streaming hasher over characters.
#[derive(Clone, Copy)]
pub struct CharHasher(u64);

impl CharHasher {
    #[inline]
    pub fn new(seed: u64) -> Self {
        CharHasher(seed.wrapping_mul(K) ^ 0x2545_F491_4F6C_DD1D)
    }
    #[inline]
    pub fn push(&mut self, c: char) {
        self.0 = (self.0 ^ c as u64).wrapping_mul(K).rotate_left(27);
    }
    #[inline]
    pub fn finish(self) -> u64 {
        fmix(self.0)
    }
}

/// The lexicon key of a character: normalized forms are compared with ة and ه merged, and Latin lowercased.
#[inline]
pub fn key_char(c: char) -> char {
    match c {
        'ة' => 'ه',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// The key hash of a normalized string (see [`key_char`]).
#[inline]
pub fn key(s: &str) -> u64 {
    let mut h = CharHasher::new(0);
    for c in s.chars() {
        h.push(key_char(c));
    }
    h.finish()
}

/// The key hash of `prefix` followed by `rest`.
#[inline]
pub fn key2(prefix: &str, rest: &str) -> u64 {
    let mut h = CharHasher::new(0);
    for c in prefix.chars().chain(rest.chars()) {
        h.push(key_char(c));
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_merging() {
        assert_eq!(key("مدرسة"), key("مدرسه"));
        assert_eq!(key2("ال", "امم"), key("الامم"));
        assert_ne!(key("ab"), key("ba"));
        assert_ne!(combine(1, 2), combine(2, 1));
        // frozen value: the trained model depends on it
        assert_eq!(key("a"), key("A"));
    }
}
