#!/usr/bin/env python3
"""Compare khabar's dates layer with dateparser's `search_dates` on annotated articles.

Each article JSON has `text`, `reference_date` and gold `dates` with code-point `start`/`end`, `type` and `value`
(the format of the shared gold set; see its GUIDELINES.md). Both systems get the article's reference date.
dateparser returns (substring, datetime) pairs without offsets or grain: each substring is located in reading
order, and its grain is recovered by re-parsing it with `DateDataParser` (period day/month/year/time), so a value
like «تشرين الاول/اكتوبر 2011» can be written `2011-10` and compared fairly.

Matching is the shared scorer's (score_articles.py): one-to-one, `exact` = same end and start differing only by
attached proclitics, `overlap` = any shared character; values are compared on overlap matches with a gold value.

    pip install dateparser
    python3 benchmarks/compare_dates.py GOLD_DIR [--scorer-dir DIR] [--markdown]
"""
import argparse
import datetime as dt
import glob
import json
import os
import re
import sys
import time

CLITIC = set('وفبلكس')


def exact(g, p, text):
    if g['end'] != p['end']:
        return False
    a, b = sorted((g['start'], p['start']))
    return all(c in CLITIC for c in text[a:b]) and b - a <= 2


def overlap(g, p, _text):
    return g['start'] < p['end'] and p['start'] < g['end']


def match(gold, pred, text, how):
    pairs, used = [], set()
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and how(g, p, text):
                pairs.append((g, p))
                used.add(j)
                break
    return pairs


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def khabar_system():
    import khabar

    def run(text, ref):
        doc = khabar.Pipeline(reference_date=ref)(text)
        return [{'start': d.start, 'end': d.end, 'type': d.type, 'value': d.value} for d in doc.dates]
    return run


def dateparser_system():
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    ddp = DateDataParser(languages=['ar'])

    def value_of(sub, d, base):
        period = None
        try:
            data = ddp.get_date_data(sub)
            period = data.period if data and data.date_obj else None
        except Exception:  # dateparser raises on some inputs
            period = None
        if period == 'year' or re.fullmatch(r'\s*[0-9\u0660-\u0669]{4}\s*', sub):
            return f'{d.year:04d}'
        if period == 'month':
            return f'{d.year:04d}-{d.month:02d}'
        if period == 'time' and (d.hour or d.minute):
            return f'{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}'
        return f'{d.year:04d}-{d.month:02d}-{d.day:02d}'

    def run(text, ref):
        base = dt.datetime.combine(dt.date.fromisoformat(ref), dt.time(12)) if ref else None
        settings = {'RELATIVE_BASE': base} if base else {}
        try:
            found = search_dates(text, languages=['ar'], settings=settings) or []
        except Exception:
            found = []
        out, pos = [], 0
        for sub, d in found:
            i = text.find(sub, pos)
            if i < 0:
                i = text.find(sub)
            if i < 0:
                continue
            pos = i + len(sub)
            # dateparser keeps surrounding spaces and punctuation in its substrings
            s, e = i, i + len(sub)
            while s < e and not text[s].isalnum():
                s += 1
            while e > s and not text[e - 1].isalnum():
                e -= 1
            if s < e:
                out.append({'start': s, 'end': e, 'type': 'DATE', 'value': value_of(sub, d, base)})
        return out
    return run


def evaluate(run, files):
    c = dict(gold=0, pred=0, exact=0, overlap=0, valued=0, value_ok=0, type_ok=0)
    t0 = time.perf_counter()
    for f in files:
        g = json.load(open(f, encoding='utf-8'))
        text, gold = g['text'], g.get('dates', [])
        pred = run(text, g.get('reference_date'))
        ov = match(gold, pred, text, overlap)
        c['gold'] += len(gold)
        c['pred'] += len(pred)
        c['exact'] += len(match(gold, pred, text, exact))
        c['overlap'] += len(ov)
        vs = [(x, y) for x, y in ov if x.get('value') is not None]
        c['valued'] += len(vs)
        c['value_ok'] += sum(x['value'] == y.get('value') for x, y in vs)
        c['type_ok'] += sum(x['type'] == y.get('type') for x, y in ov)
    secs = time.perf_counter() - t0
    return {
        'exact_f1': prf(c['exact'], c['pred'], c['gold']),
        'overlap_f1': prf(c['overlap'], c['pred'], c['gold']),
        'value_accuracy': c['value_ok'] / max(1, c['valued']),
        'type_accuracy': c['type_ok'] / max(1, c['overlap']),
        'gold': c['gold'],
        'pred': c['pred'],
        'seconds': secs,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('gold_dir')
    ap.add_argument('--markdown', action='store_true', help='print a Markdown table (for the README)')
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.gold_dir, '*.json')))
    if not files:
        sys.exit(f'no *.json articles in {a.gold_dir}')
    rows = []
    for name, make in (('khabar', khabar_system), ('dateparser search_dates', dateparser_system)):
        try:
            run = make()
        except ImportError as e:
            print(f'skipping {name}: {e}', file=sys.stderr)
            continue
        rows.append((name, evaluate(run, files)))
    if a.markdown:
        print(f'| system ({len(files)} articles) | exact F1 | overlap F1 | value accuracy | type accuracy | predicted / gold | seconds |')
        print('| --- | --- | --- | --- | --- | --- | --- |')
        for name, r in rows:
            print(f"| {name} | {r['exact_f1']:.3f} | {r['overlap_f1']:.3f} | {r['value_accuracy']:.3f} | "
                  f"{r['type_accuracy']:.3f} | {r['pred']} / {r['gold']} | {r['seconds']:.2f} |")
    else:
        for name, r in rows:
            print(json.dumps({'system': name, **r}, ensure_ascii=False))


if __name__ == '__main__':
    main()
