"""`zongjie serve [--port 8000] [--db FILE]` — the web workbench on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from zongjie.console import err, usage_error


def serve(
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="The port to listen on.")] = 8000,
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store (created when missing).")] = Path(
        "zongjie.duckdb"
    ),
    data: Annotated[
        Path | None,
        typer.Option("--data", help="Where uploads and drafts are kept (default: DB's name + -files, beside it)."),
    ] = None,
    host: Annotated[
        str, typer.Option("--host", help="The address to listen on; anything but 127.0.0.1 opens it to the network.")
    ] = "127.0.0.1",
    max_upload_mb: Annotated[
        float, typer.Option("--max-upload-mb", min=0.001, help="The largest upload (one request) in MB.")
    ] = 50,
) -> None:
    """A web workbench in the browser: upload reports, review figures in place, compare, draft."""
    import uvicorn

    from corpus.errors import StoreError
    from zongjie.web import create_app
    from zongjie.web.settings import MB, Settings

    if db.exists() and db.is_dir():
        raise usage_error(f"--db {db}: is a folder; give a file such as {db / 'zongjie.duckdb'}")
    settings = Settings.beside(db, host=host, max_upload_bytes=int(max_upload_mb * MB))
    if data is not None:
        from dataclasses import replace

        settings = replace(settings, data_dir=data)
    try:
        app = create_app(settings)
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc
    err.print(f"zongjie 工作台: http://{host}:{port}/  (store {db}, files in {settings.data_dir}; Ctrl+C stops)")
    uvicorn.run(app, host=host, port=port, log_level="warning")
