"""The number layer through the binding: doc.numbers, to_dict, parse_number, errors, highlights, pickling."""

import pickle

import pytest

import khabar


def test_numbers_layer_shape_and_offsets():
    text = "قتل اربعة مقاتلين ووصل 6000 مقاتل، وارتفع 15 في المئة بكلفة 1.5 مليار دولار."
    doc = khabar.Pipeline()(text)
    got = [(n.text, n.value, n.unit, n.kind) for n in doc.numbers]
    assert got == [
        ("اربعة", 4.0, "مقاتلين", "cardinal"),
        ("6000", 6000.0, "مقاتل", "cardinal"),
        ("15 في المئة", 15.0, None, "percent"),
        ("1.5 مليار دولار", 1.5e9, "دولار", "money"),
    ]
    for n in doc.numbers:
        assert text[n.start:n.end] == n.text
    d = doc.to_dict()
    assert [x["text"] for x in d["numbers"]] == [n.text for n in doc.numbers]
    assert set(d["numbers"][0]) >= {"text", "start", "end", "value", "unit", "kind"}
    assert doc.numbers[0].to_dict()["value"] == 4
    assert "<mark class=\"number\"" in doc._repr_html_()
    n = pickle.loads(pickle.dumps(doc.numbers[1]))
    assert (n.text, n.value) == ("6000", 6000.0)


def test_parse_number():
    assert khabar.parse_number("ستة آلاف") == 6000
    assert khabar.parse_number("ثلاث مئة") == 300
    assert khabar.parse_number("اربعة") == 4
    assert khabar.parse_number("2,5 مليار") == 2.5e9
    for bad in ["", "قال", "خمسة رجال"]:
        with pytest.raises(khabar.NotANumberError):
            khabar.parse_number(bad)
    with pytest.raises(ValueError):
        khabar.parse_number("ليس رقما")
