"""The binding's contract: offsets, shapes, errors, pickling, parallel use."""

import datetime
import json
import pickle
import random
import threading

import pytest

import khabar

HARD = [
    "قَالَ المُتَحَدِّث: «نَعَم»!",
    "المســـؤول اعلن ان ٢٠١١ و۱۲ و6,000 و2,5 مليار 😀👨‍👩‍👧 🇸🇦",
    "\u200fقال\u200e Obama's visit (AFP) https://example.com/a?b=1. info@spa.gov.sa #السعودية @user",
    "ﻻ إله \u0640\u0640 ٱلله",
    "",
    "   \n\t ",
    "abc\x00def",
    "وقال \"نص لم يغلق",
]


def check_spans(text, items):
    for it in items:
        assert text[it.start:it.end] == it.text, (it, text[it.start:it.end])


@pytest.mark.parametrize("text", HARD)
def test_slicing_invariant(text):
    doc = khabar.Pipeline()(text)
    check_spans(text, doc.tokens)
    check_spans(text, doc.sentences)
    for t in doc.tokens:
        check_spans(text, t.segments)
    d = doc.to_dict()
    for layer in ("tokens", "sentences"):
        for item in d[layer]:
            assert text[item["start"]:item["end"]] == item["text"]


def random_text(rng: random.Random, n: int) -> str:
    pools = [
        (0x0621, 0x064A), (0x064B, 0x0652), (0x0660, 0x0669), (0x0030, 0x0039), (0x0041, 0x007A),
        (0x0020, 0x0020), (0x000A, 0x000A), (0x200B, 0x200F), (0x1F600, 0x1F64F), (0x00AB, 0x00BB),
        (0xFE70, 0xFEFC), (0x0640, 0x0640), (0x002E, 0x002E), (0x0022, 0x0022), (0x1F3FB, 0x1F3FF),
    ]
    out = []
    for _ in range(n):
        lo, hi = rng.choice(pools)
        out.append(chr(rng.randint(lo, hi)))
    return "".join(out)


def test_slicing_invariant_on_random_text():
    rng = random.Random(7)
    nlp = khabar.Pipeline()
    for _ in range(300):
        text = random_text(rng, rng.randint(0, 80))
        doc = nlp(text)
        check_spans(text, doc.tokens)
        check_spans(text, doc.sentences)
        starts = [t.start for t in doc.tokens]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(doc.tokens, doc.tokens[1:]))


def test_tokens_and_kinds():
    toks = khabar.tokenize("قال 15% من https://x.org و😀")
    assert [(t.text, t.kind) for t in toks] == [
        ("قال", "arabic"), ("15", "number"), ("%", "symbol"), ("من", "arabic"),
        ("https://x.org", "url"), ("و", "arabic"), ("😀", "emoji")]
    t = toks[0]
    assert (t.start, t.end, t.norm, len(t)) == (0, 3, "قال", 3)
    assert khabar.tokenize("أَعلنت")[0].norm == "اعلنت"


def test_sentences(seed_text):
    sents = khabar.sentences("قال المسؤول \"هناك رغبة. واعتقد ان هذا جيد\". ويضيف فيري.")
    assert [s.text for s in sents] == ["قال المسؤول \"هناك رغبة. واعتقد ان هذا جيد\".", "ويضيف فيري."]
    doc = khabar.Pipeline()(seed_text)
    assert len(doc.sentences) > 20
    assert all(s.tokens and s.tokens[0].start == s.start for s in doc.sentences)


def test_normalize():
    assert khabar.normalize("أَعْلَنَتْ إسرائيل") == "اعلنت اسرائيل"
    assert khabar.normalize("على") == "علي"
    assert khabar.normalize("على", alef_maqsura=False) == "على"
    assert khabar.normalize("مدرسة", taa_marbuta=True) == "مدرسه"
    assert khabar.normalize("٠٦") == "06"
    n = khabar.normalize_aligned("قَالَ ﻻ")
    assert n.text == "قال لا" and len(n) == 6
    assert n.alignment[1] == (2, 3)
    assert n.source_span(4, 6) == (6, 7)
    for bad in [(3, 3), (0, 7), (5, 2)]:
        with pytest.raises(khabar.InvalidSpanError):
            n.source_span(*bad)
    with pytest.raises(TypeError):
        khabar.normalize("x", no_such_option=True)  # type: ignore[call-arg]


def test_document_protocols(seed_text):
    doc = khabar.Pipeline(reference_date="2016-05-13")(seed_text)
    assert len(doc) == len(doc.tokens)
    assert doc[0].text == "افاد" and doc[-1].text == doc.tokens[-1].text
    assert [t.text for t in doc[:3]] == [t.text for t in list(doc)[:3]]
    with pytest.raises(IndexError):
        doc[len(doc)]
    assert repr(doc).startswith("Document(") and len(repr(doc)) < 120
    assert repr(doc[0]) == 'Token("افاد", 0:4, arabic)'
    assert doc.reference_date == datetime.date(2016, 5, 13)


def test_to_dict_shape_and_json(seed_text):
    doc = khabar.Pipeline()(seed_text)
    d = doc.to_dict()
    assert d["text"] == seed_text
    tok = d["tokens"][0]
    assert {"text", "start", "end", "kind", "norm", "byte_start", "byte_end"} <= set(tok)
    assert {"text", "start", "end"} <= set(d["sentences"][0])
    assert json.loads(doc.to_json()) == d
    assert json.loads(doc.to_json(indent=2)) == d
    assert khabar.Document.from_json(doc.to_json()).to_dict() == d


def test_pickling(seed_text):
    doc = khabar.Pipeline()(seed_text)
    again = pickle.loads(pickle.dumps(doc))
    assert again.to_dict() == doc.to_dict()
    tok = pickle.loads(pickle.dumps(doc.tokens[3]))
    assert (tok.text, tok.start) == (doc.tokens[3].text, doc.tokens[3].start)
    sent = pickle.loads(pickle.dumps(doc.sentences[1]))
    assert sent.text == doc.sentences[1].text


def test_repr_html_is_escaped_rtl():
    html = khabar.Pipeline()("قال <script>alert(1)</script> & «نعم».")._repr_html_()
    assert 'dir="rtl"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_errors():
    assert issubclass(khabar.KhabarError, ValueError)
    for exc in (khabar.InvalidOptionError, khabar.InvalidDateError, khabar.InvalidTextError, khabar.NotANumberError):
        assert issubclass(exc, khabar.KhabarError)
    with pytest.raises(khabar.InvalidDateError, match="YYYY-MM-DD"):
        khabar.Pipeline(reference_date="2016-13-45")
    with pytest.raises(khabar.InvalidDateError):
        khabar.Pipeline(reference_date=20160513)  # type: ignore[arg-type]
    with pytest.raises(khabar.InvalidOptionError, match="atb"):
        khabar.Pipeline(segmentation="bogus")
    with pytest.raises(khabar.InvalidOptionError, match="PER"):
        khabar.Pipeline(entities=[("منظمة الصحة العالمية", "THING")])
    with pytest.raises(khabar.InvalidOptionError):
        khabar.Pipeline(keywords=-1)
    with pytest.raises(khabar.InvalidTextError, match="surrogate"):
        khabar.Pipeline()("abc\ud800")
    with pytest.raises(khabar.InvalidTextError):
        khabar.tokenize("\udfff")
    with pytest.raises(TypeError):
        khabar.Pipeline("2016-05-13")  # type: ignore[misc]
    assert khabar.Pipeline(reference_date=datetime.date(2016, 5, 13)).reference_date == datetime.date(2016, 5, 13)
    assert khabar.Pipeline(segmentation=None).segmentation is None


def test_layers():
    text = "قال الرئيس باراك اوباما في واشنطن يوم الخميس ان 6000 مقاتل وصلوا."
    full = khabar.Pipeline(reference_date="2016-05-13")
    assert full.layers == ["dates", "numbers", "entities", "quotes"]
    only = khabar.Pipeline(reference_date="2016-05-13", layers=["entities"], keywords=0)
    assert only.layers == ["entities"] and "layers=['entities']" in repr(only)
    d = only(text)
    assert [e.to_dict() for e in d.entities] == [e.to_dict() for e in full(text).entities]
    assert d.dates == [] and d.numbers == [] and d.quotes == []
    assert set(d.to_dict()) >= {"entities"} and "dates" not in d.to_dict()
    with pytest.raises(khabar.InvalidOptionError, match="dates, numbers"):
        khabar.Pipeline(layers=["sentiment"])


def test_per_call_reference_date():
    nlp = khabar.Pipeline(reference_date="2016-05-13")
    assert nlp("x").reference_date == datetime.date(2016, 5, 13)
    assert nlp("x", reference_date="2020-01-02").reference_date == datetime.date(2020, 1, 2)
    with pytest.raises(khabar.InvalidDateError):
        nlp("x", reference_date="yesterday")


def test_pipe_equals_single_calls(seed_text):
    nlp = khabar.Pipeline()
    texts = [seed_text[i * 300:(i + 1) * 300] for i in range(12)] + ["", "قال."]
    singles = [nlp(t).to_dict() for t in texts]
    assert [d.to_dict() for d in nlp.pipe(texts)] == singles
    assert [d.to_dict() for d in nlp.pipe(iter(texts), threads=1)] == singles
    assert [d.to_dict() for d in nlp.pipe(texts, threads=2)] == singles
    with pytest.raises(khabar.InvalidOptionError):
        nlp.pipe(texts, threads=0)
    with pytest.raises(TypeError):
        nlp.pipe([1, 2])  # type: ignore[list-item]


def test_use_from_several_threads(seed_text):
    nlp = khabar.Pipeline()
    expected = nlp(seed_text).to_dict()
    results, errors = [], []

    def work():
        try:
            for _ in range(5):
                results.append(nlp(seed_text).to_dict() == expected)
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and len(results) == 20 and all(results)


def test_bad_and_big_input():
    nlp = khabar.Pipeline()
    long_line = "ب" * 5_000_000  # 10 MB of UTF-8, no spaces
    doc = nlp(long_line)
    assert len(doc) == 1 and doc[0].end == len(long_line)
    tatweels = "\u0640" * 1_000_000
    doc = nlp(tatweels)
    assert doc[0].text == tatweels and doc[0].norm == ""
    mixed = "قال Obama \u202bمرحبا\u202c 2011 «" * 1000
    doc = nlp(mixed)
    check_spans(mixed, doc.tokens)
    check_spans(mixed, doc.sentences)
    doc = nlp("\x00\x00 قال\x00")
    check_spans("\x00\x00 قال\x00", doc.tokens)


def test_every_layer_getter_is_a_list(seed_text):
    doc = khabar.Pipeline(reference_date="2016-05-13")(seed_text)
    d = doc.to_dict()
    for layer in ("entities", "dates", "numbers", "quotes", "keywords"):
        items = getattr(doc, layer)
        assert isinstance(items, list) and len(items) == len(d[layer]) > 0, layer
    off = khabar.Pipeline(keywords=0)("قال المسؤول.")
    assert off.keywords == [] and "keywords" not in off.to_dict()


def test_crafted_json_is_rejected_not_a_crash():
    doc = khabar.Pipeline()("قال المسؤول «نعم».")
    bad = doc.to_json().replace('"byte_end":6', '"byte_end":5', 1)
    with pytest.raises(khabar.InvalidTextError):
        khabar.Document.from_json(bad)
    with pytest.raises(khabar.InvalidTextError):
        khabar.Document.from_json("{}")
