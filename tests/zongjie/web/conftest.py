"""A workbench app over a fresh store per test, driven through FastAPI's TestClient."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from zongjie.web import create_app
from zongjie.web.settings import MB, Settings

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "samples" / "reports"


def make_client(tmp_path: Path, **options: object) -> TestClient:
    settings = Settings(db=tmp_path / "z.duckdb", data_dir=tmp_path / "files", **options)  # type: ignore[arg-type]
    return TestClient(create_app(settings), base_url="http://127.0.0.1")


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with make_client(tmp_path, max_upload_bytes=2 * MB) as c:
        yield c


def upload(client: TestClient, files: list[tuple[str, bytes]]) -> dict:
    """Upload and wait for the background reader; the job's final status."""
    res = client.post("/api/uploads", files=[("files", (name, data)) for name, data in files])
    assert res.status_code == 200, res.text
    job = res.json()
    deadline = time.monotonic() + 60
    while not job["finished"]:
        assert time.monotonic() < deadline, job
        time.sleep(0.05)
        job = client.get(f"/api/jobs/{job['id']}").json()
    return job
