"""doc.keywords: Keyphrase objects, offsets, options, pickling."""

import pickle

import khabar


def test_seed_keywords(seed_text):
    doc = khabar.Pipeline()(seed_text)
    kws = doc.keywords
    assert len(kws) == 10
    assert all(isinstance(k, khabar.Keyphrase) for k in kws)
    texts = [k.text for k in kws]
    for want in ("تنظيم الدولة الاسلامية", "حكومة الوفاق الوطني", "ليبيا"):
        assert want in texts
    for k in kws:
        assert seed_text[k.start:k.end] == k.text
        assert k.occurrences and all(isinstance(o, tuple) and len(o) == 2 for o in k.occurrences)
        assert (k.start, k.end) in k.occurrences
        assert str(k) == k.text and repr(k).startswith("Keyphrase(")
    assert [k.score for k in kws] == sorted((k.score for k in kws), reverse=True)
    dicts = doc.to_dict()["keywords"]
    assert [k.to_dict() for k in kws] == dicts
    for d, k in zip(dicts, kws):
        assert [(o["start"], o["end"]) for o in d["occurrences"]] == k.occurrences
        for o in d["occurrences"]:
            assert seed_text[o["start"]:o["end"]] == o["text"]


def test_keyphrase_pickles(seed_text):
    k = khabar.Pipeline()(seed_text).keywords[2]
    again = pickle.loads(pickle.dumps(k))
    assert again.to_dict() == k.to_dict() and again.text == k.text


def test_keywords_option():
    text = "اعلنت الحكومة الليبية خطة جديدة. وقالت الحكومة الليبية ان الخطة ستنفذ."
    assert len(khabar.Pipeline(keywords=2)(text).keywords) <= 2
    doc = khabar.Pipeline(keywords=0)(text)
    assert doc.keywords == [] and "keywords" not in doc.to_dict()
