#!/usr/bin/env python3
"""Build src/keywords/background.tsv: Arabic background word frequencies for the keyphrase extractor.

Source: the Arabic 'large' list of the `wordfreq` package (R. Speer et al.; data CC BY-SA 4.0), version pinned
below. Each word is normalized the way khabar's default Normalizer does for Arabic text (diacritics and tatweel
dropped, أ إ آ ٱ -> ا, ى -> ي, Arabic-Indic digits -> ASCII), frequencies of words that normalize alike are
summed, and the N most frequent Arabic-script words are written as `word<TAB>zipf*100` (Zipf = log10 of the
frequency per billion words), sorted by frequency then word. Deterministic:

    pip install wordfreq==3.1.1 && python3 scripts/make_keyword_background.py > src/keywords/background.tsv
"""
import math, re, sys

import wordfreq

N = 30000
WANT = '3.1.1'

DROP = re.compile('[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
ALEF = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', '\u0672': 'ا', '\u0673': 'ا', 'ى': 'ي'})
ARABIC_WORD = re.compile('^[\u0621-\u063A\u0641-\u064A]+$')


def norm(w):
    return DROP.sub('', w).translate(ALEF)


def main():
    version = getattr(wordfreq, '__version__', None)
    if version is None:
        from importlib.metadata import version as v
        version = v('wordfreq')
    if version != WANT:
        sys.exit(f'wordfreq {WANT} expected (found {version}); the table would differ')
    freq = {}
    for w, f in wordfreq.get_frequency_dict('ar', 'large').items():
        n = norm(w)
        if ARABIC_WORD.match(n):
            freq[n] = freq.get(n, 0.0) + f
    rows = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:N]
    out = sys.stdout
    out.write('# Arabic background word frequencies for khabar\'s keyphrase extractor.\n')
    out.write(f'# Source: wordfreq {WANT} (https://github.com/rspeer/wordfreq), Arabic "large" list; data licence\n')
    out.write('# CC BY-SA 4.0 (this derived table is under the same licence). Words normalized as khabar does,\n')
    out.write(f'# variants summed, top {N} kept. Columns: word, Zipf*100 (log10 frequency per 10^9 words).\n')
    out.write('# Made by: python3 scripts/make_keyword_background.py > src/keywords/background.tsv\n')
    for w, f in rows:
        out.write(f'{w}\t{round((math.log10(f) + 9) * 100)}\n')


if __name__ == '__main__':
    main()
