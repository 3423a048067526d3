"""Uploaded files read, extracted and stored in the background, one job at a time, with a status
the upload page polls (files done / total, and the reason for each file that failed)."""

from __future__ import annotations

import queue
import threading
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from corpus.records import Failure
from store.library import Added, Library
from zongjie.web.messages import reason, without_path


@dataclass
class FileStatus:
    name: str
    state: str = "waiting"  # waiting | reading | done | failed
    documents: int = 0
    articles: int = 0
    figures: int = 0
    errors: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    duplicate: bool = False  # every document of it was stored already (the same text, any name)


@dataclass
class Job:
    id: str
    files: list[FileStatus]
    paths: list[Path | None]

    def status(self) -> dict[str, Any]:
        done = sum(f.state in ("done", "failed") for f in self.files)
        return {
            "id": self.id,
            "total": len(self.files),
            "done": done,
            "finished": done == len(self.files),
            "files": [asdict(f) for f in self.files],
        }


class Jobs:
    """A queue of upload jobs and the one thread that works through it."""

    def __init__(self, library: Library) -> None:
        self._library = library
        self._jobs: dict[str, Job] = {}
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._start = threading.Lock()

    def submit(self, files: list[FileStatus], paths: list[Path | None]) -> Job:
        """Queue the saved files (``None`` for a file already refused; its status says why)."""
        job = Job(uuid.uuid4().hex, files, paths)
        self._jobs[job.id] = job
        self._queue.put(job)
        with self._start:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name="zongjie-uploads", daemon=True)
                self._thread.start()
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def stop(self) -> None:
        """Finish the queued jobs and end the thread (at shutdown, before the store is closed)."""
        with self._start:
            if self._thread is not None and self._thread.is_alive():
                self._queue.put(None)
                self._thread.join()
            self._thread = None

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                for status, path in zip(job.files, job.paths, strict=True):
                    if path is not None:
                        self._read(status, path)
            finally:
                self._queue.task_done()

    def _read(self, status: FileStatus, path: Path) -> None:
        import corpus

        status.state = "reading"
        dup = 0
        try:
            for item in corpus.read([path]):
                if isinstance(item, Failure):
                    failure = Failure(status.name, item.stage, without_path(item.reason, path, status.name))
                    status.errors.append(reason(self._library.fail(failure).reason))
                    continue
                added = self._library.add(item, status.name)
                if isinstance(added, Added):
                    status.documents += 1
                    status.articles += added.articles
                    status.figures += added.figures
                    if added.document not in status.keys:
                        status.keys.append(added.document)
                    if added.duplicate_of is not None:
                        dup += 1
                        status.notes.append(f"重复：与已保存的“{added.duplicate_of}”内容相同，未再次保存")
                else:
                    status.errors.append(reason(without_path(added.reason, path, status.name)))
        except Exception as exc:  # the reader thread must outlive one bad file; the user sees why
            status.errors.append(reason(without_path(f"{type(exc).__name__}: {exc}", path, status.name)))
        status.duplicate = bool(status.documents) and dup == status.documents
        status.state = "failed" if status.errors and not status.documents else "done"
