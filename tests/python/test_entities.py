"""Entities through the Python binding: Entity objects, to_dict, pickling, user entities from a list or a file."""
import pickle

import khabar


def test_entities_objects_and_dict():
    doc = khabar.Pipeline()("وقال الرئيس الاميركي باراك اوباما في واشنطن")
    ents = doc.entities
    assert all(isinstance(e, khabar.Entity) for e in ents)
    assert any(e.text == "واشنطن" and e.label == "LOC" for e in ents)
    for e in ents:
        assert doc.text[e.start:e.end] == e.text
    d = doc.to_dict()
    assert {"text", "start", "end", "label"} <= set(d["entities"][0])
    assert "<mark class=\"LOC\"" in doc._repr_html_()
    e = next(e for e in ents if e.text == "واشنطن")
    again = pickle.loads(pickle.dumps(e))
    assert (again.text, again.label, again.start, str(again)) == (e.text, e.label, e.start, "واشنطن")
    assert doc.text.encode()[again.byte_start:again.byte_end].decode() == "واشنطن"
    assert repr(again) == f'Entity("واشنطن", LOC, {e.start}:{e.end})'


def test_user_entities_list_and_file(tmp_path):
    text = "وقالت وبمنظمة الصحة العالمية ان الوضع خطير"
    nlp = khabar.Pipeline(entities=[("منظمة الصحة العالمية", "ORG")])
    assert [(e.text, e.label) for e in nlp(text).entities if e.label == "ORG"] == [("منظمة الصحة العالمية", "ORG")]
    f = tmp_path / "mine.tsv"
    f.write_text("# mine\nمنظمة الصحة العالمية\tORG\n", encoding="utf-8")
    for arg in (f, str(f)):
        ents = khabar.Pipeline(entities=arg)(text).entities
        assert ("منظمة الصحة العالمية", "ORG") in [(e.text, e.label) for e in ents]


def test_bad_entities_raise():
    import pytest
    with pytest.raises(khabar.InvalidLexiconError):
        khabar.Pipeline(entities="/nonexistent/khabar-entities.tsv")
    with pytest.raises(khabar.InvalidOptionError):
        khabar.Pipeline(entities=[("x", "FOO")])


def test_misc_entities_on_request():
    text = "وشارك المنتخب في بطولة كأس العالم لكرة القدم في المانيا."
    off = khabar.Pipeline()
    assert not off.misc_entities and "misc_entities" not in repr(off)
    assert all(e.label != "MISC" for e in off(text).entities)
    on = khabar.Pipeline(misc_entities=True)
    assert on.misc_entities and "misc_entities=True" in repr(on)
    assert any(e.label == "MISC" and "كأس العالم" in e.text for e in on(text).entities)
