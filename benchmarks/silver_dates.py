#!/usr/bin/env python3
"""Smoke-test the dates layer on a TimeML corpus (e.g. the Arabic news TimeML test set of "Enhancing HeidelTime
for Time-expression Annotation in Arabic News", which is HeidelTime output partly corrected by hand: silver).

The files carry no document creation time, so values are compared only for expressions whose gold value does not
depend on one: those whose text contains a 4-digit year. Spans and types are compared everywhere.

    python3 benchmarks/silver_dates.py DIR_WITH_TML_FILES [--errors N]
"""
import argparse
import glob
import os
import re
import sys

import khabar

TAG = re.compile(r'<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>', re.S)
ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tml(path):
    raw = open(path, encoding='utf-8-sig').read().replace('\ufeff', '')
    body = raw.split('<TimeML>', 1)[-1].split('</TimeML>', 1)[0]
    text, items, pos = [], [], 0
    n = 0
    for m in TAG.finditer(body):
        text.append(body[pos:m.start()])
        n += len(body[pos:m.start()])
        if m.group(1) is not None:
            attrs = dict(ATTR.findall(m.group(1)))
            inner = re.sub(r'<[^>]+>', '', m.group(2))
            items.append({'start': n, 'end': n + len(inner), 'text': inner, 'type': attrs.get('type'), 'value': attrs.get('value')})
            text.append(inner)
            n += len(inner)
        pos = m.end()
    text.append(body[pos:])
    return ''.join(text), items


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('dir')
    ap.add_argument('--errors', type=int, default=0)
    a = ap.parse_args()
    nlp = khabar.Pipeline()
    C = dict(gold=0, pred=0, exact=0, overlap=0, type_ok=0, abs=0, abs_ok=0)
    errors = []
    for f in sorted(glob.glob(os.path.join(a.dir, '*.tml'))):
        text, gold = read_tml(f)
        pred = [d.to_dict() for d in nlp(text).dates]
        C['gold'] += len(gold)
        C['pred'] += len(pred)
        used = set()
        for g in gold:
            hit = None
            for j, p in enumerate(pred):
                if j not in used and g['start'] < p['end'] and p['start'] < g['end']:
                    hit = j
                    break
            if hit is None:
                if len(errors) < a.errors:
                    errors.append(f'{os.path.basename(f)} missed {g["type"]} {g["text"]!r} {g["value"]}')
                continue
            used.add(hit)
            p = pred[hit]
            C['overlap'] += 1
            C['exact'] += (p['start'], p['end']) == (g['start'], g['end'])
            C['type_ok'] += p['type'] == g['type']
            if re.search(r'[0-9\u0660-\u0669]{4}', g['text']):
                C['abs'] += 1
                ok = p['value'] == g['value']
                C['abs_ok'] += ok
                if not ok and len(errors) < a.errors:
                    errors.append(f'{os.path.basename(f)} value {g["text"]!r}: gold {g["value"]} pred {p["value"]}')
        for j, p in enumerate(pred):
            if j not in used and len(errors) < a.errors:
                errors.append(f'{os.path.basename(f)} spurious {p["type"]} {p["text"]!r} {p["value"]}')
    for e in errors:
        print(e, file=sys.stderr)
    p, r, f1 = prf(C['overlap'], C['pred'], C['gold'])
    print(f'gold {C["gold"]} pred {C["pred"]}')
    print(f'overlap P {p:.3f} R {r:.3f} F1 {f1:.3f}; exact F1 {prf(C["exact"], C["pred"], C["gold"])[2]:.3f}')
    print(f'type accuracy {C["type_ok"] / max(1, C["overlap"]):.3f}; value accuracy on expressions with a year '
          f'{C["abs_ok"] / max(1, C["abs"]):.3f} ({C["abs"]})')


if __name__ == '__main__':
    main()
