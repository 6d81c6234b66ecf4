#!/usr/bin/env python3
"""Print the Arabic word-frequency list of the `wordfreq` package (pin: wordfreq==3.1.1; data CC BY-SA 4.0)
as `word<TAB>frequency` lines, sorted, for `examples/train_segmenter.rs`. Deterministic for a given version.

    pip install wordfreq==3.1.1 && python3 scripts/wordfreq_ar.py > target/wordfreq_ar.tsv
"""
import sys
import wordfreq

if wordfreq.__version__ != '3.1.1' if hasattr(wordfreq, '__version__') else False:
    print(f'warning: wordfreq {wordfreq.__version__}, the model was made with 3.1.1', file=sys.stderr)
freqs = wordfreq.get_frequency_dict('ar', 'large')
for w in sorted(freqs):
    sys.stdout.write(f'{w}\t{freqs[w]:.6e}\n')
