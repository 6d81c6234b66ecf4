"""Tokenizer speed, side by side in one run on the same text: khabar vs CAMeL Tools, pyarabic and re.finditer.

    pip install camel-lite pyarabic        # camel-lite carries CAMeL Tools' simple_word_tokenize without torch
    python benchmarks/compare.py [FILE ...] [--repeat 5]

Default input: ../shared/data/news (SPA wire text) when present, else the bundled article repeated. Every tool
returns Python objects: khabar Token objects (text, offsets, kind, norm), re's (text, start, end) tuples, and
the peers' lists of strings (they give no offsets). Also times `Pipeline.pipe` on 1 and 2 threads.
"""

from __future__ import annotations

import argparse
import pathlib
import re
import time
from collections.abc import Callable

import khabar

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "news" / "spa_newswire.txt"
WORD = re.compile(r"\w+|[^\w\s]")


def best_of(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    paths = [pathlib.Path(f) for f in a.files] or ([DEFAULT] if DEFAULT.exists() else [])
    text = "\n".join(p.read_text(encoding="utf-8") for p in paths) if paths else \
        (ROOT / "examples" / "afp_libya_arms_embargo.txt").read_text(encoding="utf-8") * 100
    mb = len(text.encode()) / 1e6
    tools: list[tuple[str, Callable[[], object]]] = [
        ("khabar.tokenize", lambda: khabar.tokenize(text)),
        ("re.finditer (text, start, end)", lambda: [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]),
    ]
    try:
        from camel_lite.tokenizers.word import simple_word_tokenize
        tools.append(("CAMeL Tools simple_word_tokenize", lambda: simple_word_tokenize(text)))
    except ImportError:
        print("(camel-lite not installed: pip install camel-lite)")
    try:
        import pyarabic.araby as araby
        tools.append(("pyarabic.araby.tokenize", lambda: araby.tokenize(text)))
    except ImportError:
        print("(pyarabic not installed: pip install pyarabic)")

    print(f"input: {mb:.2f} MB, {len(khabar.tokenize(text))} khabar tokens; best of {a.repeat} runs\n")
    base = None
    rows = []
    for name, fn in tools:
        s = best_of(fn, a.repeat)
        base = base or s
        rows.append((name, mb / s, s / base))
    print(f"| {'tool':<34} | {'MB/s':>8} | {'time vs khabar':>14} |")
    print(f"|{'-' * 36}|{'-' * 10}|{'-' * 16}|")
    for name, speed, ratio in rows:
        print(f"| {name:<34} | {speed:8.1f} | {ratio:13.1f}x |")

    paras = [p for p in text.split("\n\n") if p.strip()]
    nlp = khabar.Pipeline()
    one = best_of(lambda: nlp.pipe(paras, threads=1), max(2, a.repeat // 2))
    two = best_of(lambda: nlp.pipe(paras, threads=2), max(2, a.repeat // 2))
    print(f"\nPipeline.pipe on {len(paras)} texts: 1 thread {mb / one:.2f} MB/s, 2 threads {mb / two:.2f} MB/s "
          f"({one / two:.2f}x)")


if __name__ == "__main__":
    main()
