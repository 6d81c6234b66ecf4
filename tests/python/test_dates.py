"""The dates layer from Python: doc.dates, the contract's to_dict() shape, reference_date overrides."""
import datetime

import khabar


def test_seed_dates():
    nlp = khabar.Pipeline(reference_date="2016-05-13")
    doc = nlp("وقتل الخميس اربعة مقاتلين. وسيتم الاثنين المقبل البحث. قتل في تشرين الاول/اكتوبر 2011.")
    got = [(d.text, d.type, d.value) for d in doc.dates]
    assert got == [
        ("الخميس", "DATE", "2016-05-12"),
        ("الاثنين المقبل", "DATE", "2016-05-16"),
        ("تشرين الاول/اكتوبر 2011", "DATE", "2011-10"),
    ]
    d = doc.dates[0]
    assert doc.text[d.start:d.end] == d.text
    assert d.grain == "day" and d.calendar == "gregorian"
    items = doc.to_dict()["dates"]
    assert items[0]["type"] == "DATE" and items[0]["value"] == "2016-05-12"
    assert {"text", "start", "end", "type", "value", "grain", "calendar"} <= set(items[0])


def test_reference_override_and_none():
    nlp = khabar.Pipeline()
    assert nlp("قال امس").dates[0].value is None
    assert nlp("قال امس", reference_date=datetime.date(2015, 8, 1)).dates[0].value == "2015-07-31"
    assert nlp("قال امس", reference_date="2015-08-01").dates[0].value == "2015-07-31"


def test_hijri_and_html():
    doc = khabar.Pipeline(reference_date="2015-08-10")("نجران 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م")
    assert [(d.text, d.value, d.calendar) for d in doc.dates] == [
        ("25 شوال 1436 هـ", "2015-08-10", "hijri"),
        ("10 اغسطس 2015 م", "2015-08-10", "gregorian"),
    ]
    assert 'title="DATE 2015-08-10"' in doc._repr_html_()
