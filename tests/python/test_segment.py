import khabar
import pytest


def test_segment_atb():
    assert khabar.segment("للسلطة") == ["ل", "السلطة"]
    assert khabar.segment("وسيتم") == ["و", "س", "يتم"]
    assert khabar.segment("واشنطن") == ["واشنطن"]


def test_segment_farasa_and_text():
    assert khabar.segment("للحكومة", scheme="farasa") == ["ل", "ال", "حكوم", "ة"]
    assert khabar.segment_text("للحكومة و 12") == "ل+ال+حكوم+ة و 12"


def test_bad_scheme():
    with pytest.raises(khabar.InvalidOptionError):
        khabar.segment("كتاب", scheme="nope")


def test_stem():
    assert khabar.stem("والحكومات") == "حكوم"
    assert khabar.stem("البانيا") == "البانيا"
    assert khabar.stem("abc") == "abc"


def test_token_segments_tile():
    text = "وقال وزير الخارجية للصحافيين إن الحكومة ستدرس ذلك."
    doc = khabar.Pipeline()(text)
    for t in doc.tokens:
        if t.kind != "arabic":
            continue
        segs = t.segments
        assert segs[0].start == t.start and segs[-1].end == t.end
        assert all(a.end == b.start for a, b in zip(segs, segs[1:]))
        assert all(text[s.start:s.end] == s.text for s in segs)
        assert t.stem
    t = [t for t in doc.tokens if t.text == "للصحافيين"][0]
    assert [s.form for s in t.segments] == ["ل", "الصحافيين"]
    assert [s.role for s in t.segments] == ["proclitic", "stem"]
    assert khabar.Pipeline(segmentation=None)(text).tokens[0].segments == []
