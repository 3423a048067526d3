"""What the workbench is told at start: where the store and the uploads live, and its limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MB = 1 << 20
LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True, slots=True)
class Settings:
    """``data_dir`` holds uploads, drafts and exports under names the app makes up (never a client's)."""

    db: Path
    data_dir: Path
    host: str = "127.0.0.1"
    # One request (all the files of one upload together) may not be larger than this.
    max_upload_bytes: int = 50 * MB
    # A .docx/.xlsx from the web may not unpack to more than this, nor at a higher ratio (zip bombs).
    max_unzipped_bytes: int = 200 * MB
    max_zip_ratio: float = 100.0

    @staticmethod
    def beside(db: Path, **options: object) -> Settings:
        """The default data folder sits next to the store: ``zongjie.duckdb`` → ``zongjie-files/``."""
        return Settings(db=db, data_dir=db.with_name(f"{db.stem}-files"), **options)  # type: ignore[arg-type]

    @property
    def uploads(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def outputs(self) -> Path:
        return self.data_dir / "outputs"

    @property
    def limit_label(self) -> str:
        return f"{self.max_upload_bytes / MB:g} MB"
