"""The examples run: the notebook top to bottom under nbclient, the script, and the command line."""

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_notebook_runs_top_to_bottom():
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "examples" / "tour.ipynb", as_version=4)
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "examples")}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    assert any("text/html" in o.get("data", {}) for o in outputs)  # the Document renders as HTML


def test_example_script():
    out = subprocess.run([sys.executable, str(ROOT / "examples" / "analyze.py")], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("Document(")


def test_cli_jsonl_and_pretty(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("قال المسؤول ان الحكومة مستعدة.", encoding="utf-8")
    b.write_text("وأضاف «نعم».", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "khabar", str(a), str(b)], capture_output=True, text=True, check=True)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["text"] for d in lines] == [a.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")]
    assert out.stderr == ""  # no progress bar when stderr is not a terminal
    out = subprocess.run([sys.executable, "-m", "khabar", "--pretty"], input="قال المسؤول.", capture_output=True, text=True, check=True)
    assert "1 sentences" in out.stdout
    bad = subprocess.run([sys.executable, "-m", "khabar", "--reference-date", "nope"], input="x", capture_output=True, text=True)
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    out = subprocess.run([sys.executable, "-m", "khabar", "--layers", "entities", "--keywords", "0"], input="قال المسؤول في واشنطن.",
                         capture_output=True, text=True, check=True)
    d = json.loads(out.stdout)
    assert "entities" in d and "dates" not in d and "keywords" not in d
    bad = subprocess.run([sys.executable, "-m", "khabar", "--layers", "mood"], input="x", capture_output=True, text=True)
    assert bad.returncode == 2 and "layers" in bad.stderr
