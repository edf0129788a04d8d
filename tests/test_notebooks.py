"""Every notebook runs top to bottom (each asserts its own results) and is committed without outputs.

A notebook writes into output/ beside the examples/ it finds; the suite runs it in a temporary
folder holding a copy of examples/, so the user's output/ stays as it was."""
from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
TIMEOUT = 300  # seconds per cell; a whole notebook takes well under a minute here


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 1


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: clear outputs before committing"


@pytest.mark.model
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, tmp_path):
    shutil.copytree(REPO / "examples", tmp_path / "examples")
    before = _listing(REPO / "output")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=TIMEOUT, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    assert (tmp_path / "output" / f"notebook-{path.name[:2]}").is_dir()  # it wrote here...
    assert _listing(REPO / "output") == before  # ...and not into the checkout


def _listing(folder: Path) -> dict[str, int] | None:
    """Every file under `folder` with its modification time, or None when there is no folder."""
    if not folder.is_dir():
        return None
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")}
