"""The README works as written: every ```python block runs as a script, in a folder holding the
paths the blocks use (examples/, articles/monday/talks.txt, corpus.jsonl), and the documented way
to get kg onto a cluster's machines (a wheel built from the checkout) holds the whole package."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```python\n(.*?)^```$", README, re.M | re.S)
SNIPPET_SECONDS = 600


def block_id(block: str) -> str:
    first = next(line for line in block.splitlines() if line.strip() and not line.startswith(("import", "from")))
    return re.sub(r"\W+", "-", first.strip())[:40].strip("-")


def marks(block: str) -> list:
    return [pytest.mark.model] + ([pytest.mark.dask] if "dask" in block else [])


def test_the_readme_has_its_python_blocks():
    assert len(BLOCKS) >= 3  # the API tour, Dask, the store: a changed fence would drop them silently


@pytest.fixture()
def folder(tmp_path) -> Path:
    """The paths the README's blocks name, from the sample articles."""
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    for day, name, sample in (("monday", "talks.txt", "ceasefire-talks.txt"), ("tuesday", "aid.txt", "aid-reaches-kastel.txt")):
        (tmp_path / "articles" / day).mkdir(parents=True)
        shutil.copy(REPO / "examples" / sample, tmp_path / "articles" / day / name)
    records = [{"id": path.stem, "text": path.read_text(encoding="utf-8")} for path in sorted((REPO / "examples").glob("*.txt"))]
    (tmp_path / "corpus.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("block", [pytest.param(b, marks=marks(b), id=block_id(b)) for b in BLOCKS])
def test_a_python_block_runs_as_written(block, folder):
    script = folder / "snippet.py"
    script.write_text(block, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=folder, capture_output=True, text=True, timeout=SNIPPET_SECONDS)
    assert proc.returncode == 0, f"{block}\n{proc.stderr[-3000:]}"
    assert proc.stdout.strip(), "every block prints what it made"


def test_a_wheel_built_from_the_checkout_holds_the_package(tmp_path):
    """README: pip wheel . --no-deps -w dist/, the wheel copied to each machine."""
    source = tmp_path / "kg"  # a copy: building writes build/ and *.egg-info beside the sources
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(".venv", ".git", "output", "build", "dist", "*.egg-info",
                                                                "__pycache__", ".pytest_cache"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-q", "-w",
                           str(tmp_path / "dist")], cwd=source, capture_output=True, text=True, timeout=SNIPPET_SECONDS)
    assert proc.returncode == 0, proc.stderr[-3000:]
    [wheel] = (tmp_path / "dist").glob("kg_news-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "kg").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    queries = {f"kg/store/queries/{p.name}" for p in (REPO / "kg" / "store" / "queries").glob("*.rq")}
    ontology = {f"kg/ontology/{p.name}" for p in (REPO / "ontology").iterdir() if p.suffix in (".ttl", ".jsonld")}
    assert len(queries) >= 6 and queries <= names, sorted(queries - names)
    assert {"kg/ontology/kg.ttl", "kg/ontology/shapes.ttl", "kg/ontology/context.jsonld"} <= ontology <= names
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "Provides-Extra: dask" in zipfile.ZipFile(wheel).read(metadata).decode("utf-8")
