"""Analyze a file (default: the bundled AFP article) and print what khabar finds.

    python examples/analyze.py [FILE] [--reference-date 2016-05-13]
"""

import argparse
import pathlib

import khabar

HERE = pathlib.Path(__file__).parent

ap = argparse.ArgumentParser()
ap.add_argument("file", nargs="?", default=str(HERE / "afp_libya_arms_embargo.txt"))
ap.add_argument("--reference-date", default="2016-05-13")
args = ap.parse_args()

text = pathlib.Path(args.file).read_text(encoding="utf-8")
nlp = khabar.Pipeline(reference_date=args.reference_date)
doc = nlp(text)
print(doc)
for sent in doc.sentences[:3]:
    print(f"[{sent.start}:{sent.end}] {sent.text}")
    for tok in sent.tokens[:10]:
        assert text[tok.start:tok.end] == tok.text
        print(f"    {tok.text:<14} {tok.kind:<7} norm={tok.norm}")
d = doc.to_dict()
for layer in ("entities", "dates", "numbers", "quotes", "keywords"):
    if layer in d:
        print(f"{layer}: {len(d[layer])}", [item["text"] for item in d[layer][:8]])
