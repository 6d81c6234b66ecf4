#!/usr/bin/env python3
"""khabar's keyphrases next to YAKE's (pip install yake; YAKE is AGPL: used here only to compare, never shipped).

  python3 scripts/keywords_vs_yake.py [examples/afp_libya_arms_embargo.txt] [--k 10]
      the README's side-by-side table of the top k for one article
  python3 scripts/keywords_vs_yake.py --coverage ../shared/data/news/saudinewsnet_sample.jsonl --every 16 --offset 6
      headline coverage of both on lines O, O+N, ... of a JSON Lines file of {title, content} articles, with the
      coverage() of ../shared/eval/score_keywords.py (found next to this checkout, or with --eval DIR)
"""
import argparse
import json
import os
import sys

import khabar


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path", nargs="?", default="examples/afp_libya_arms_embargo.txt")
    ap.add_argument("--k", type=int, default=10)
    ap.add_argument("--coverage", metavar="JSONL")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--offset", type=int, default=0)
    here = os.path.dirname(os.path.abspath(__file__))
    near = [os.path.join(here, *[".."] * up, "shared", "eval") for up in (2, 3)]
    ap.add_argument("--eval", default=next((d for d in near if os.path.isdir(d)), near[0]))
    a = ap.parse_args()
    import yake

    extractor = yake.KeywordExtractor(lan="ar", n=3, top=a.k)
    nlp = khabar.Pipeline(keywords=a.k)
    if a.coverage:
        sys.path.insert(0, a.eval)
        from score_keywords import coverage  # type: ignore[import-not-found]

        ours, theirs = [], []
        with open(a.coverage, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i < a.offset or (i - a.offset) % a.every:
                    continue
                v = json.loads(line)
                title, body = v.get("title") or "", v.get("content") or v.get("text") or ""
                if not title.strip() or not body.strip():
                    continue
                c = coverage(title, [k.text for k in nlp(body).keywords])
                if c is None:
                    continue
                ours.append(c)
                theirs.append(coverage(title, [k for k, _ in extractor.extract_keywords(body)]))
        n = len(ours)
        print(f"articles: {n}\nkhabar: {sum(ours) / max(n, 1):.4f}\nyake: {sum(theirs) / max(n, 1):.4f}")
        return
    text = open(a.path, encoding="utf-8").read()
    ours_t = [k.text for k in nlp(text).keywords]
    theirs_t = [k for k, _ in extractor.extract_keywords(text)]
    print("| # | khabar | YAKE |\n|---|---|---|")
    for i in range(max(len(ours_t), len(theirs_t))):
        o = ours_t[i] if i < len(ours_t) else ""
        t = theirs_t[i] if i < len(theirs_t) else ""
        print(f"| {i + 1} | {o} | {t} |")


if __name__ == "__main__":
    main()
