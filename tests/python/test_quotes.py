"""The quote layer through the Python binding (fixtures written for khabar, no shared data)."""
import pickle

import khabar

TEXT = (
    'وقال مسؤول كبير في الادارة الاميركية لفرانس برس "اذا أعدت الحكومة قائمة مفصلة فسننظر فيها بجدية".\n\n'
    'ويقول الخبير في الشؤون الليبية فريدريك فيري "ليست هناك سلسلة قيادة موحدة في البلاد".\n\n'
    'ويضيف "الخطر الحقيقي يكمن في استخدام تلك الاسلحة".\n\n'
    'كما ارسلت الولايات المتحدة فريقا صغيرا الى ليبيا، بحسب صحيفة "واشنطن بوست".'
)


def test_quotes_with_speakers_and_cues():
    doc = khabar.Pipeline()(TEXT)
    qs = doc.quotes
    assert [q.kind for q in qs] == ["direct", "direct", "direct", "indirect"]
    for q in qs:
        assert TEXT[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
        for part in (q.speaker, q.cue):
            assert part is None or TEXT[part.start:part.end] == part.text
    assert qs[0].speaker.text == "مسؤول كبير في الادارة الاميركية"
    assert qs[0].cue.text == "وقال"
    assert qs[1].speaker.text == "فريدريك فيري"
    assert qs[2].speaker.text == "فريدريك فيري" and qs[2].cue.text == "ويضيف"
    assert qs[3].speaker.text == "واشنطن بوست" and qs[3].cue.text == "بحسب"
    d = doc.to_dict()["quotes"][0]
    assert d["kind"] == "direct" and d["speaker"]["text"] == qs[0].speaker.text
    assert set(d) >= {"text", "start", "end", "kind", "speaker", "cue", "confidence"}
    assert qs[0].to_dict()["text"] == qs[0].text
    assert "Quote(" in repr(qs[0])
    assert pickle.loads(pickle.dumps(qs[1])).text == qs[1].text


def test_repr_html_shows_quotes_and_speakers():
    html = khabar.Pipeline()(TEXT)._repr_html_()
    assert 'class="quote"' in html and 'class="speaker"' in html
    assert "فريدريك فيري" in html
