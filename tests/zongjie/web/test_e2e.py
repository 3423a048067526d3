"""The workbench in a real browser: Debian's Chromium driven by Playwright against a live server.

The flow of issue 8: upload two seed pages, see the figures highlighted, correct one, export Excel and
read the correction back from the file, compare two organisations, download a draft and open it with
python-docx.

``ZONGJIE_SCREENSHOTS=docs`` (``make screenshots``) runs one more test that saves a PNG of each page there for the
README. It works on a store of its own holding only the project's samples (``samples/reports``), never the seed
pages: those are third-party texts the repository must not carry, not even as pictures.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from zongjie.web.settings import Settings

CHROMIUM = os.environ.get("ZONGJIE_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SEEDS = ("000_d04feb335f6f5bcc.txt", "002_01cb83bc8ead8b46.txt")  # 建阳市总工会 … and XX区总工会
SHOTS = os.environ.get("ZONGJIE_SCREENSHOTS")
SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "reports"
DRAFT_DATA = SAMPLES.parent / "data" / "qingchuan-2025h1.yaml"
TIMEOUT = 60_000

pytestmark = pytest.mark.skipif(
    not (os.access(CHROMIUM, os.X_OK) or shutil.which(CHROMIUM)),
    reason=f"no Chromium at {CHROMIUM}: the browser tests need Debian's (apt-get install chromium; `make test` does it as root)",
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _serve(root: Path) -> Iterator[str]:
    """A live server on a fresh store under ``root``; its base URL."""
    import uvicorn

    from zongjie.web import create_app

    app = create_app(Settings(db=root / "w.duckdb", data_dir=root / "files"))
    port = _free_port()
    live = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not live.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        live.should_exit = True
        thread.join(10)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with _serve(tmp_path_factory.mktemp("serve")) as url:
        yield url


@pytest.fixture(scope="module")
def samples_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A store for the screenshots alone, so that no page they show lists a seed page uploaded by another test."""
    with _serve(tmp_path_factory.mktemp("samples")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT)  # a busy machine reads and extracts slower than Playwright's 5 s
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@contextmanager
def _open(browser, server: str):  # type: ignore[no-untyped-def]
    """A page on ``server``; any page error, dialog or request leaving the app fails the test."""
    context = browser.new_context(base_url=server, accept_downloads=True, viewport={"width": 1440, "height": 900},
                                  locale="zh-CN")
    context.set_default_timeout(TIMEOUT)
    errors: list[str] = []

    def offline(route) -> None:  # type: ignore[no-untyped-def]
        # As an office machine may be: any request leaving the app is refused and fails the test.
        errors.append(f"request off the app: {route.request.url}")
        route.abort()

    context.route(lambda url: not url.startswith(server), offline)
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("dialog", lambda d: errors.append(f"dialog: {d.message}"))
    yield page
    context.close()
    assert not errors, errors


@pytest.fixture
def page(browser, server: str):  # type: ignore[no-untyped-def]
    with _open(browser, server) as p:
        yield p


@pytest.fixture
def samples_page(browser, samples_server: str):  # type: ignore[no-untyped-def]
    with _open(browser, samples_server) as p:
        yield p


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    assert SHOTS
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(Path(SHOTS) / f"web-{name}.png"))


def _until(page, script: str) -> None:  # type: ignore[no-untyped-def]
    """Poll ``script`` (page.wait_for_function evaluates strings, which the pages' policy forbids)."""
    deadline = time.monotonic() + TIMEOUT / 1000
    while not page.evaluate(script):
        assert time.monotonic() < deadline, script
        time.sleep(0.1)


def test_upload_review_correct_export_compare_draft(page, seeds_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document
    from openpyxl import load_workbook
    from playwright.sync_api import expect

    # Upload: two seed pages, a progress bar, then one row per file.
    page.goto("/upload")
    page.set_input_files("#files", [str(seeds_dir / name) for name in SEEDS])
    page.wait_for_selector("#progress:not([hidden])")
    expect(page.locator("#results tbody tr[data-state=done]")).to_have_count(2)
    assert "完成：2 个文件" in page.inner_text("#message")
    expect(page.locator("#library tbody a")).to_have_count(2)

    # Review: the first page's figures highlighted in place, the table beside.
    page.click(f"#results tbody tr:has-text('{SEEDS[0]}') a")
    page.wait_for_url("**/review?doc=*")
    frame = page.frame_locator("#view")
    frame.locator("mark.fig").first.wait_for()
    page.wait_for_selector("#figures tbody tr")
    marks = frame.locator("mark.fig").count()
    rows = page.locator("#figures tbody tr").count()
    assert rows > 20 and marks >= rows

    # Which figure the comparison of 慰问金 uses for 建阳市总工会: correct that one. (XX区总工会's page no longer
    # gives 慰问金 a row since compare keys rows by figure period; main's own flow test still asked for it.)
    compared = page.request.get("/api/compare?indicator=慰问金").json()["rows"]
    before = next(r for r in compared if r["org"] == "建阳市总工会")
    page.fill("#f-indicator", "慰问金")
    page.select_option("#f-kind", "target")
    assert page.locator("#figures tbody tr").count() == page.locator("#figures tbody tr .badge.target").count()
    page.select_option("#f-kind", "")
    row = page.locator(f"#figures tbody tr[data-key$=':{before['start']}']")
    assert page.locator("#figures tbody tr").count() < rows and row.count() == 1
    row.click()  # scrolls the document to the figure and flashes it
    frame.locator("mark.fig.flash").wait_for()
    assert frame.locator("mark.fig.flash").inner_text() == page.evaluate(
        "(n) => document.querySelector('#view').contentDocument.getElementById('f' + n).textContent",
        int(row.get_attribute("data-n")),
    )
    row.locator("button.fix").click()
    page.fill("#e-value", "35")
    page.fill("#e-unit", "万元")
    page.click("#edit-save")
    page.wait_for_selector(f"#figures tbody tr[data-key$=':{before['start']}'] .badge.fixed")
    key = page.locator(f"#figures tbody tr[data-key$=':{before['start']}']").get_attribute("data-key")
    page.fill("#f-indicator", "")

    # Export Excel: the file carries the correction.
    with page.expect_download() as download:
        page.click("#export-xlsx")
    xlsx = tmp_path / "figures.xlsx"
    download.value.save_as(xlsx)
    sheet = load_workbook(xlsx)["数字"]
    header, *data = list(sheet.iter_rows(values_only=True))
    fixed = dict(zip(header, next(r for r in data if r[header.index("编号")] == key), strict=True))
    assert (fixed["数值"], fixed["计量单位"], fixed["已更正"]) == (35, "万元", "是")

    # Compare: both organisations, the corrected value, a chart, audit findings beside.
    page.goto("/compare")
    page.fill("#indicator", "慰问金")
    page.click("#ask button[type=submit]")
    page.wait_for_selector("#rows tbody tr")
    table = {r.locator("td").nth(1).inner_text(): r.locator("td").nth(3).inner_text()
             for r in page.locator("#rows tbody tr").all()}
    assert "建阳市总工会" in table and table["建阳市总工会"].lstrip("超近约") == "35"
    expect(page.locator("#chart-card")).to_be_visible()
    _until(page, "() => { const i = document.querySelector('#chart'); return i.complete && i.naturalWidth > 0; }")
    assert page.inner_text("#findings-title").startswith("审计发现")

    # Draft: XX区总工会's figures from the store, each linked to its data; the .docx opens.
    page.goto("/draft")
    expect(page.locator("#org option").nth(1)).to_be_attached()
    option = page.locator("#org option", has_text="XX区总工会").first
    page.select_option("#org", value=option.get_attribute("value"))
    page.click("#go")
    page.wait_for_selector("#paper mark")
    first = page.locator("#paper mark").first
    first.hover()
    assert "出处" in page.inner_text("#tip") and "数据" in page.inner_text("#tip")
    assert page.locator("#facts li").count() == page.locator("#paper mark").count()
    with page.expect_download() as download:
        page.click("#download")
    path = tmp_path / "draft.docx"
    download.value.save_as(path)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "XX区总工会" in text and first.inner_text() in text


@pytest.mark.skipif(not SHOTS, reason="takes the README's screenshots only when ZONGJIE_SCREENSHOTS names a folder "
                                      "(make screenshots)")
def test_screenshots_of_each_page_from_the_samples(samples_page) -> None:  # type: ignore[no-untyped-def]
    """The pictures in the README: every page over the project's own samples, so they show no third-party text."""
    from playwright.sync_api import expect

    page = samples_page
    reports = sorted(SAMPLES.iterdir())  # a county CSV, an HTML page with two articles, a GBK and a UTF-8 txt
    main = "青川县总工会2025年上半年工作总结.txt"
    assert main in {r.name for r in reports}

    page.goto("/upload")
    page.set_input_files("#files", [str(r) for r in reports])
    page.wait_for_selector("#progress:not([hidden])")
    expect(page.locator("#results tbody tr[data-state=done]")).to_have_count(len(reports))
    assert f"完成：{len(reports)} 个文件" in page.inner_text("#message")
    expect(page.locator("#library tbody a").first).to_be_attached()
    _shot(page, "upload")

    # Review: 青川县总工会's summary with its figures highlighted in place, the table beside.
    page.click(f"#results tbody tr:has-text('{main}') a")
    page.wait_for_url("**/review?doc=*")
    frame = page.frame_locator("#view")
    frame.locator("mark.fig").first.wait_for()
    page.wait_for_selector("#figures tbody tr")
    rows = page.locator("#figures tbody tr").count()
    assert rows > 20 and frame.locator("mark.fig").count() >= rows
    _shot(page, "review")

    # Compare: an indicator the county CSV, the county summary and the town's summary all report.
    page.goto("/compare")
    page.fill("#indicator", "新建工会组织")
    page.click("#ask button[type=submit]")
    page.wait_for_selector("#rows tbody tr")
    orgs = {r.locator("td").nth(1).inner_text() for r in page.locator("#rows tbody tr").all()}
    assert {"青川县总工会", "石门县总工会", "江口县总工会", "柳溪镇总工会"} <= orgs
    expect(page.locator("#chart-card")).to_be_visible()
    _until(page, "() => { const i = document.querySelector('#chart'); return i.complete && i.naturalWidth > 0; }")
    _shot(page, "compare")

    # Draft: from the sample data file (an invented 区总工会), each figure linked to its data.
    page.goto("/draft")
    page.set_input_files("#data", str(DRAFT_DATA))
    expect(page.locator("#data-name")).to_have_text(DRAFT_DATA.name)
    page.click("#go")
    page.wait_for_selector("#paper mark")
    assert "青川区总工会" in page.inner_text("#paper")
    assert page.locator("#facts li").count() == page.locator("#paper mark").count() > 10
    _shot(page, "draft")


def test_a_dropped_file_with_markup_shows_it_as_text_not_run(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = tmp_path / "带标记的总结.txt"
    report.write_text(
        "某县总工会2025年工作总结\n\n一、组织建设\n\n全年新建<script>document.title='pwned'//工会组织38家。\n\n"
        "全年开展送温暖活动，<img src=x onerror=\"document.title='pwned'\">走访职工1200人次。\n",
        encoding="utf-8",
    )
    page.goto("/upload")
    # Dropped on the drop zone, as a user drags a file in from the desktop.
    dropped = page.evaluate_handle(
        "([name, text]) => { const d = new DataTransfer(); d.items.add(new File([text], name)); return d; }",
        [report.name, report.read_text(encoding="utf-8")],
    )
    page.dispatch_event("#drop", "drop", {"dataTransfer": dropped})
    page.wait_for_selector("#results tbody tr[data-state=done] a")
    assert page.locator("#results tbody tr").inner_text().startswith(report.name)
    page.click("#results tbody tr[data-state=done] a")
    frame = page.frame_locator("#view")
    frame.locator("mark.fig").first.wait_for()
    shown = frame.locator(".text").first.inner_text()
    assert "<script>document.title='pwned'//" in shown and "<img src=x onerror=" in shown
    assert frame.locator("img, .text script").count() == 0
    view = page.evaluate("document.querySelector('#view').contentDocument.title")
    assert page.title() != "pwned" and view != "pwned"


# -- accessibility, keyboard and phone --------------------------------------------------------------------

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}


def _axe(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Serious and critical axe-core violations in every frame of the page (the review page's document too).

    axe-core comes from the axe-playwright-python test extra, injected from the installed package: nothing
    is fetched."""
    from axe_playwright_python.base import AXE_SCRIPT

    found = []
    for frame in page.frames:
        frame.evaluate(AXE_SCRIPT)
        result = frame.evaluate("axe.run(document, {resultTypes: ['violations'], iframes: false})")
        for v in result["violations"]:
            if v["impact"] in ("serious", "critical"):
                where = "; ".join(" ".join(n["target"]) for n in v["nodes"][:3])
                found.append(f"{frame.url} {v['id']} ({v['impact']}): {v['help']} — {where}")
    return found


def _uploaded(page, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page.goto("/upload")
    page.set_input_files("#files", [str(f) for f in files])
    expect(page.locator("#results tbody tr[data-state=done]")).to_have_count(len(files), timeout=TIMEOUT)


def _no_sideways_scroll(page) -> None:  # type: ignore[no-untyped-def]
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url}: {width} px wide on a {page.viewport_size['width']} px screen"


@pytest.mark.parametrize("size", [LAPTOP, PHONE], ids=["1280x800", "390x844"])
def test_every_page_passes_axe_and_fits_the_screen(browser, samples_server: str, size: dict) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    with _open(browser, samples_server) as page:
        page.set_viewport_size(size)
        _uploaded(page, sorted(SAMPLES.iterdir()))
        assert _axe(page) == []
        _no_sideways_scroll(page)
        # the menu on one line of whole words, not a character per line
        heights = page.evaluate("[...document.querySelectorAll('header.bar nav a')].map(a => a.getBoundingClientRect().height)")
        assert max(heights) < 60, heights

        page.goto("/review")
        page.frame_locator("#view").locator("mark.fig").first.wait_for()
        page.wait_for_selector("#figures tbody tr")
        assert _axe(page) == []
        _no_sideways_scroll(page)
        # the document's text is not cut off: its lines fit the frame
        overflow = page.evaluate(
            "(() => { const d = document.querySelector('#view').contentDocument;"
            " return d.documentElement.scrollWidth - d.documentElement.clientWidth; })()"
        )
        assert overflow <= 0
        # the 更正 button of a long report's rows stays inside the table's visible box
        fix = page.locator("#figures tbody tr").first.locator("button.fix").bounding_box()
        wrap = page.locator(".tablewrap").bounding_box()
        assert fix is not None and wrap is not None and fix["x"] + fix["width"] <= wrap["x"] + wrap["width"] + 1

        page.goto("/compare")
        page.fill("#indicator", "新建工会组织")
        page.click("#ask button[type=submit]")
        page.wait_for_selector("#rows tbody tr")
        assert _axe(page) == []
        _no_sideways_scroll(page)

        page.goto("/draft")
        # before anything is drafted: no empty panel, no download button that does nothing
        expect(page.locator("#result")).to_be_hidden()
        expect(page.locator("#download")).to_be_hidden()
        assert _axe(page) == []
        page.set_input_files("#data", str(DRAFT_DATA))
        page.click("#go")
        page.wait_for_selector("#paper mark")
        expect(page.locator("#download")).to_be_visible()
        assert _axe(page) == []
        _no_sideways_scroll(page)


def test_keyboard_only(browser, samples_server: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Upload, review, correct, undo and draft without a mouse: Tab, arrows, Enter, Space, Escape."""
    from playwright.sync_api import expect

    with _open(browser, samples_server) as page:
        page.set_viewport_size(LAPTOP)
        main = SAMPLES / "青川县总工会2025年上半年工作总结.txt"

        chosen: list = []  # file choosers opened, intercepted from the start (no race with a key press)
        page.on("filechooser", lambda chooser: chosen.append(chooser))

        def choose(path: Path) -> None:
            """Enter on the focused file input opens the chooser; the file is picked in it."""
            page.keyboard.press("Enter")
            deadline = time.monotonic() + 20
            while not chosen:
                assert time.monotonic() < deadline, "Enter did not open the file chooser"
                page.wait_for_timeout(100)
            chosen.pop().set_files(str(path))

        def tab_to(selector: str, limit: int = 40) -> None:
            for _ in range(limit):
                page.keyboard.press("Tab")
                if page.evaluate(f"document.activeElement && document.activeElement.matches({selector!r})"):
                    return
            raise AssertionError(f"Tab never reached {selector}")

        page.goto("/upload")
        tab_to("#files")
        choose(main)
        expect(page.locator("#results tbody tr[data-state=done]")).to_have_count(1, timeout=TIMEOUT)
        tab_to("#results tbody a")
        page.keyboard.press("Enter")
        page.wait_for_url("**/review?doc=*")
        page.wait_for_selector("#figures tbody tr")
        frame = page.frame_locator("#view")

        # The figure table is one tab stop, its 更正 buttons one more, not one per figure.
        rows = page.locator("#figures tbody tr").count()
        assert rows > 20
        tab_to("#figures tbody tr")
        stops = page.evaluate("[...document.querySelectorAll('#figures [tabindex=\"0\"], #figures button:not([tabindex=\"-1\"])')].length")
        assert stops == 2, stops
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        third = page.locator("#figures tbody tr").nth(2)
        assert page.evaluate("document.activeElement.getAttribute('data-key')") == third.get_attribute("data-key")
        page.keyboard.press("Enter")  # scrolls the document to that figure and flashes it
        frame.locator("mark.fig.flash").wait_for()
        n = int(third.get_attribute("data-n"))
        assert frame.locator("mark.fig.flash").inner_text() == frame.locator(f"#f{n}").inner_text()

        # 更正 by keyboard: Tab to the row's button, Enter, type, Enter saves; a no-op is refused.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('fix')")
        page.keyboard.press("Enter")
        expect(page.locator("#edit")).to_be_visible()
        page.keyboard.press("Enter")  # nothing changed
        expect(page.locator("#edit-error")).to_contain_text("没有改动")
        page.fill("#e-value", "999")
        page.press("#e-value", "Enter")
        expect(page.locator("#edit")).to_be_hidden()
        expect(third.locator(".badge.fixed")).to_be_visible()
        assert page.evaluate("document.activeElement.getAttribute('data-key')") == third.get_attribute("data-key")
        # undo, by keyboard too
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        tab_to("#edit-undo", 10)
        page.keyboard.press("Enter")
        expect(page.locator("#edit")).to_be_hidden()
        expect(third.locator(".badge.fixed")).to_have_count(0)

        # Draft: the file pickers take focus; Enter opens one.
        page.goto("/draft")
        tab_to("#data")
        choose(DRAFT_DATA)
        expect(page.locator("#data-name")).to_have_text(DRAFT_DATA.name)
        tab_to("#like")
        tab_to("#go")
        page.keyboard.press("Enter")
        page.wait_for_selector("#paper mark")
        tab_to("#facts li")
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        expect(page.locator("#paper mark.on")).to_have_count(1)
        tab_to("#download")


def test_on_a_phone(browser, samples_server: str) -> None:  # type: ignore[no-untyped-def]
    """390×844: the pages stack, the document reads, a figure is found and corrected by touch."""
    from playwright.sync_api import expect

    with _open(browser, samples_server) as page:
        page.set_viewport_size(PHONE)
        _uploaded(page, [SAMPLES / "柳溪镇总工会2024年工作总结-GBK.txt"])
        page.click("#results tbody a")
        page.wait_for_selector("#figures tbody tr")
        frame = page.frame_locator("#view")
        text = frame.locator(".text").first
        assert "全年新建企业工会8家，发展会员436人" in text.inner_text()  # as written, ，kept
        box = page.locator("#view").bounding_box()
        assert box is not None and box["width"] <= PHONE["width"]
        row = page.locator("#figures tbody tr").first
        row.click()
        frame.locator("mark.fig.flash").wait_for()
        row.locator("button.fix").click()
        dialog = page.locator("#edit").bounding_box()
        assert dialog is not None and dialog["width"] <= PHONE["width"]
        page.locator("#edit-cancel").click()
        expect(page.locator("#edit")).to_be_hidden()
        _no_sideways_scroll(page)
