"""Shared fixtures: the spaCy model (loaded once), paths to the shared corpus when present."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
MODEL_VERSION = "3.8.0"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract.parse import load_model

    model = load_model()
    assert model.meta["version"] == MODEL_VERSION, "rules are tested against en_core_web_sm 3.8.0"
    return model


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"the shared corpus is not beside the checkout ({SHARED})")
    return SHARED
