"""khabar reads Arabic news: offset-exact normalization, tokens, sentences and the extraction layers built on them.

>>> import khabar
>>> nlp = khabar.Pipeline(reference_date="2016-05-13")
>>> doc = nlp("قال المسؤول ان الحكومة مستعدة.")
>>> [t.text for t in doc.tokens][:2]
['قال', 'المسؤول']
"""

from khabar._khabar import (
    DateItem,
    Document,
    Entity,
    InvalidDateError,
    InvalidLexiconError,
    InvalidOptionError,
    InvalidSpanError,
    InvalidTextError,
    Keyphrase,
    KhabarError,
    Normalized,
    NotANumberError,
    Number,
    Pipeline,
    Quote,
    QuotePart,
    Segment,
    Sentence,
    Token,
    __version__,
    normalize,
    normalize_aligned,
    parse_number,
    segment,
    segment_text,
    sentences,
    stem,
    tokenize,
)

__all__ = [
    "DateItem",
    "Document",
    "Entity",
    "InvalidDateError",
    "InvalidLexiconError",
    "InvalidOptionError",
    "InvalidSpanError",
    "InvalidTextError",
    "Keyphrase",
    "KhabarError",
    "Normalized",
    "NotANumberError",
    "Number",
    "Pipeline",
    "Quote",
    "QuotePart",
    "Segment",
    "Sentence",
    "Token",
    "__version__",
    "normalize",
    "normalize_aligned",
    "parse_number",
    "segment",
    "segment_text",
    "sentences",
    "stem",
    "tokenize",
]
