"""Fixtures every test may use.

Third-party texts are never copied into the repository: tests read them from ``../shared`` (CI has it
at that path) and skip, saying why, where it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
PROVINCES = SHARED / "corpora" / "provinces-2026"
HEBEI = SHARED / "corpora" / "hebei-2000-2026"
GENRES = SHARED / "corpora" / "genres"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed pages are not at {SEEDS} (they live in ../shared, beside the checkout)")
    return SEEDS


@pytest.fixture(scope="session")
def provinces_dir() -> Path:
    if not PROVINCES.is_dir():
        pytest.skip(f"the provinces corpus is not at {PROVINCES} (it lives in ../shared, beside the checkout)")
    return PROVINCES


@pytest.fixture(scope="session")
def hebei_dir() -> Path:
    if not HEBEI.is_dir():
        pytest.skip(f"the Hebei series is not at {HEBEI} (it lives in ../shared, beside the checkout)")
    return HEBEI


@pytest.fixture(scope="session")
def genres_dir() -> Path:
    if not GENRES.is_dir():
        pytest.skip(f"the genres corpus is not at {GENRES} (it lives in ../shared, beside the checkout)")
    return GENRES
