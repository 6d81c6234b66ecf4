#!/usr/bin/env python3
"""Build src/keywords/stopwords_lists.txt from two permissively licensed Arabic stopword lists:

  stopwords-iso (`stopwordsiso` 0.7.1 on PyPI, stopwords('ar')), MIT licence;
  stop-words (`stop-words` 2025.11.4 on PyPI, get_stop_words('arabic')), BSD-3-Clause licence.

Each entry is normalized as khabar's default Normalizer does (diacritics and tatweel dropped, alef variants -> ا,
ى -> ي); entries that are not Arabic words, and a few news content words the lists contain (they would break
phrases such as «الامم المتحدة» or drop real topics), are left out. Sorted, one per line. Deterministic:

    python3 scripts/make_keyword_stopwords.py STOPWORDSISO_AR.txt STOP_WORDS_AR.txt > src/keywords/stopwords_lists.txt

(the two inputs are one word per line, as the packages return them).
"""
import re, sys

DROP = re.compile('[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
ALEF = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي'})
ARABIC_WORD = re.compile('^[\u0621-\u063A\u0641-\u064A]+$')
# content words, not function words, for news keyphrases
KEEP_OUT = set('للامم لوكالة برس زيارة قوة اعادة اطار الذاتي'.split())


def main():
    words = set()
    for path in sys.argv[1:]:
        for line in open(path, encoding='utf-8'):
            w = DROP.sub('', line.strip()).translate(ALEF)
            if ARABIC_WORD.match(w) and w not in KEEP_OUT:
                words.add(w)
    out = sys.stdout
    out.write('# Arabic stopwords derived from stopwords-iso (MIT licence) and stop-words (BSD-3-Clause licence),\n')
    out.write('# normalized as khabar does. Made by scripts/make_keyword_stopwords.py (see its docstring).\n')
    for w in sorted(words):
        out.write(w + '\n')


if __name__ == '__main__':
    main()
