"""Plain text: encodings detected (on short texts too), newlines normalised, junk refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import ReadError
from corpus.readers import ReadOptions, read_file
from corpus.readers.encoding import common_share, detect
from tests.corpus.fixtures import HEADING1, S1, S1_TRAD, S2, S2_TRAD, write_text


def _read(path: Path, **options: object):
    return list(read_file(path, path.name, ReadOptions(**options)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "encoding", "recorded"),
    [
        (f"{HEADING1}\n{S1}\n{S2}", "utf-8", "utf-8"),
        (f"{HEADING1}\n{S1}", "utf-8-sig", "utf-8-sig"),
        (f"{HEADING1}\n{S1}\n{S2}", "gb18030", "gb18030"),
        (f"{HEADING1}\n{S1}", "gbk", "gb18030"),  # GBK is a subset: decoded and recorded as GB18030
        (f"{S1_TRAD}\n{S2_TRAD}", "big5", "big5"),
        (S1_TRAD, "gbk", "gb18030"),  # traditional characters saved in GBK are still GBK
        ("工会", "gbk", "gb18030"),  # four bytes: where statistical detectors guess
        ("職工之家", "big5", "big5"),
        ("發放慰問金", "big5", "big5"),
        ("一、", "gbk", "gb18030"),
        ("慰问金41万元", "gb18030", "gb18030"),
    ],
)
def test_encodings_are_detected(tmp_path: Path, text: str, encoding: str, recorded: str) -> None:
    path = write_text(tmp_path / "a.txt", text, encoding)
    [doc] = _read(path)
    assert doc.text == text
    assert doc.encoding == recorded
    assert doc.format == "txt"
    assert doc.source == "a.txt"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_newlines_are_normalised(tmp_path: Path, newline: str) -> None:
    path = write_text(tmp_path / "a.txt", f"{HEADING1}\n{S1}\n", "gb18030", newline=newline)
    [doc] = _read(path)
    assert doc.text == f"{HEADING1}\n{S1}\n"


def test_the_wrong_decoding_has_few_common_characters() -> None:
    raw = S1.encode("gbk")
    assert common_share(raw.decode("gb18030")) == 1.0
    wrong = raw.decode("big5", errors="replace")
    assert common_share(wrong) < 0.5
    assert detect(raw) == "gb18030"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\t\n", "no text"),
        (bytes(range(256)) * 40, "cannot decode"),  # binary junk: no encoding decodes it cleanly
        (b"\x00\x01\x02\x03abc\x00\x00\x05\x06" * 50, "binary data"),  # valid UTF-8, but not text
    ],
)
def test_junk_is_refused_with_the_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=reason) as info:
        _read(path)
    assert info.value.path == "junk.txt"


def test_random_bytes_that_decode_as_gb18030_are_not_returned_garbled(tmp_path: Path) -> None:
    import random

    rng = random.Random(7)
    # Pairs of bytes in GB18030's two-byte range decode without error into rare characters.
    data = bytes(b for _ in range(400) for b in (rng.randrange(0x81, 0xFE), rng.randrange(0xA1, 0xFE)))
    path = tmp_path / "rare.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=r"rare characters|cannot decode"):
        _read(path)


def test_a_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = write_text(tmp_path / "big.txt", S1 * 2000)  # about 100 KB
    with pytest.raises(ReadError, match="too large"):
        _read(path, max_text_bytes=50_000)
    [doc] = _read(path, max_text_bytes=200_000)
    assert len(doc.text) == len(S1) * 2000
