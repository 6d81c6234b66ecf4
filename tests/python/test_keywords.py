"""doc.keywords: shape, offsets, options."""

import khabar


def test_seed_keywords(seed_text):
    doc = khabar.Pipeline()(seed_text)
    kws = doc.keywords
    assert kws is not None and len(kws) == 10
    texts = [k["text"] for k in kws]
    for want in ("تنظيم الدولة الاسلامية", "حكومة الوفاق الوطني", "ليبيا"):
        assert want in texts
    for k in kws:
        assert seed_text[k["start"]:k["end"]] == k["text"]
        assert k["occurrences"]
        for o in k["occurrences"]:
            assert seed_text[o["start"]:o["end"]] == o["text"]
    assert [k["score"] for k in kws] == sorted((k["score"] for k in kws), reverse=True)
    assert doc.to_dict()["keywords"] == kws


def test_keywords_option():
    text = "اعلنت الحكومة الليبية خطة جديدة. وقالت الحكومة الليبية ان الخطة ستنفذ."
    assert len(khabar.Pipeline(keywords=2)(text).keywords) <= 2
    doc = khabar.Pipeline(keywords=0)(text)
    assert doc.keywords == [] and "keywords" not in doc.to_dict()
