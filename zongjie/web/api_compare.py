"""Compare: one indicator across the organisations in the store (table and ranked chart), and the
audit's findings over the same figures. Corrections apply: the records come from the Library."""

from __future__ import annotations

import threading
import uuid
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

router = APIRouter()

# pyplot keeps global state: two charts drawn at once in the thread pool would mix.
_CHART_LOCK = threading.Lock()


@router.get("/indicators")
def indicators(request: Request) -> list[dict[str, Any]]:
    return request.app.state.library.indicators()


def _comparison(request: Request, indicator: str, targets: bool) -> Any:
    from compare.table import compare_records

    wording = indicator.strip()
    if not wording:
        raise HTTPException(422, "请填写要比较的指标")
    return compare_records(request.app.state.library.records(), wording, targets=targets)


@router.get("/compare")
def compare(request: Request, indicator: str, targets: bool = False) -> dict[str, Any]:
    from compare.audit import audit_records

    comparison = _comparison(request, indicator, targets)
    findings = audit_records(request.app.state.library.records())
    return {
        "wording": comparison.wording,
        "canonical": comparison.canonical,
        "unit": comparison.unit,
        "targets": comparison.targets,
        "rows": [r.record() for r in comparison.rows],
        "findings": [f.record() for f in findings],
    }


@router.get("/compare/chart.png")
def chart(request: Request, indicator: str, targets: bool = False) -> Response:
    from compare.chart import bar_chart
    from compare.errors import CompareError

    comparison = _comparison(request, indicator, targets)
    if not any(r.comparable_value is not None for r in comparison.rows):
        raise HTTPException(404, f"没有单位可比的“{comparison.wording}”数字可画")
    path = request.app.state.settings.outputs / f"{uuid.uuid4().hex}.png"
    try:
        with _CHART_LOCK:
            bar_chart(comparison, path)
        return Response(path.read_bytes(), media_type="image/png")
    except CompareError as exc:
        raise HTTPException(503, f"无法画图：{exc}") from exc
    finally:
        path.unlink(missing_ok=True)
