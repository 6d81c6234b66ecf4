"""Words per second of `Pipeline` from Python: one call on a whole text, and `pipe` over its paragraphs.

  python benchmarks/pipeline_speed.py ../shared/data/news/spa_newswire.txt [--repeat 5]

Three configurations: entities only (`layers=["entities"]`, no segmentation, no keyphrases), every extraction
layer without segmentation and keyphrases, and the defaults. Best of `--repeat` runs after one warm-up.
"""
import argparse
import time

import khabar


def best(f, repeat):
    f()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    text = open(a.file, encoding="utf-8").read()
    paras = [p for p in text.split("\n\n") if p.strip()]
    words = len(text.split())
    configs = [
        ("entities only", khabar.Pipeline(layers=["entities"], keywords=0, segmentation=None)),
        ("all extraction layers", khabar.Pipeline(keywords=0, segmentation=None)),
        ("defaults", khabar.Pipeline()),
    ]
    print(f"| pipeline | nlp(text) | nlp.pipe(paragraphs, threads=1) | threads=2 |\n|---|---|---|---|")
    for name, nlp in configs:
        cells = [best(f, a.repeat) for f in (lambda: nlp(text), lambda: nlp.pipe(paras, threads=1),
                                             lambda: nlp.pipe(paras, threads=2))]
        print(f"| {name} | " + " | ".join(f"{words / t / 1000:.0f}K words/s" for t in cells) + " |")


if __name__ == "__main__":
    main()
