"""`python -m khabar [FILE ...]`: analyze files (or stdin) and write one JSON document per input (JSON Lines).

  python -m khabar article.txt other.txt > out.jsonl
  cat article.txt | python -m khabar --reference-date 2016-05-13
  python -m khabar --pretty examples/afp_libya_arms_embargo.txt      # a readable report instead of JSON
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import khabar

LAYERS = ("entities", "dates", "numbers", "quotes", "keywords")


def _inputs(paths: list[str]) -> Iterator[tuple[str, str]]:
    if not paths or paths == ["-"]:
        yield "<stdin>", sys.stdin.read()
        return
    for p in paths:
        with open(p, encoding="utf-8") as f:
            yield p, f.read()


def _item_line(layer: str, it: dict[str, Any]) -> str:
    extra = {
        "entities": lambda: it.get("label"),
        "dates": lambda: f"{it.get('type')} {it.get('value')}",
        "numbers": lambda: f"{it.get('kind')} {it.get('value')}" + (f" [{it['unit']}]" if it.get("unit") else ""),
        "quotes": lambda: f"{it.get('kind')}, speaker: {(it.get('speaker') or {}).get('text')}",
        "keywords": lambda: f"{it.get('score', 0):.3f}",
    }[layer]()
    text = it["text"] if len(it["text"]) <= 80 else it["text"][:80] + "…"
    return f"  {text}  ({extra})"


def report(name: str, doc: khabar.Document, out: TextIO) -> None:
    """A human-readable analysis of one document."""
    d = doc.to_dict()
    words = sum(1 for t in d["tokens"] if t["kind"] in ("arabic", "latin", "word"))
    out.write(f"== {name}: {len(d['text'])} characters, {words} words, {len(d['sentences'])} sentences\n")
    for s in d["sentences"][:3]:
        out.write(f"  [{s['start']}:{s['end']}] {s['text'][:100]}\n")
    if len(d["sentences"]) > 3:
        out.write(f"  … {len(d['sentences']) - 3} more sentences\n")
    segmented = [t for t in d["tokens"] if len(t.get("segments", [])) > 1][:8]
    if segmented:
        out.write("clitics: " + "  ".join("+".join(s["form"] for s in t["segments"]) for t in segmented) + "\n")
    for layer in LAYERS:
        if layer in d:
            items = d[layer]
            out.write(f"{layer} ({len(items)}):\n")
            for it in items[:25]:
                out.write(_item_line(layer, it) + "\n")
            if len(items) > 25:
                out.write(f"  … {len(items) - 25} more\n")
    out.write("\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m khabar", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", help="UTF-8 text files; none or '-' reads stdin")
    ap.add_argument("--pretty", action="store_true", help="a readable report instead of JSON Lines")
    ap.add_argument("--reference-date", help="document date YYYY-MM-DD for relative dates")
    ap.add_argument("--segmentation", default="atb", choices=["atb", "farasa", "none"])
    ap.add_argument("--layers", help="comma-separated extraction layers to run (default: all of "
                    "dates,numbers,entities,quotes)")
    ap.add_argument("--keywords", type=int, default=10, help="keyphrases per document (0: none)")
    ap.add_argument("--misc-entities", action="store_true",
                    help="keep the names the model labels MISC (events, products, works)")
    ap.add_argument("--version", action="version", version=f"khabar {khabar.__version__}")
    a = ap.parse_args(argv)
    try:
        nlp = khabar.Pipeline(reference_date=a.reference_date,
                              segmentation=None if a.segmentation == "none" else a.segmentation,
                              keywords=a.keywords,
                              misc_entities=a.misc_entities,
                              layers=None if a.layers is None else [x for x in a.layers.split(",") if x])
    except khabar.KhabarError as e:
        ap.error(str(e))
    inputs = list(_inputs(a.files))
    progress = len(inputs) > 1 and sys.stderr.isatty()
    for n, (name, text) in enumerate(inputs, 1):
        try:
            doc = nlp(text)
        except khabar.KhabarError as e:
            print(f"khabar: {name}: {e}", file=sys.stderr)
            return 1
        if a.pretty:
            report(name, doc, sys.stdout)
        else:
            d = doc.to_dict()
            d["source"] = name
            sys.stdout.write(json.dumps(d, ensure_ascii=False) + "\n")
        if progress:
            width = 30
            done = width * n // len(inputs)
            sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {n}/{len(inputs)}")
            sys.stderr.flush()
    if progress:
        sys.stderr.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
