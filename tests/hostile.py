"""Hostile inputs (issue 4), generated in code: no checked-in binaries.

`hostile_files()` maps a relative path to the bytes of each adversarial document; `write_hostile()`
writes them (plus the symlink loop) under a folder. The test suite and benchmarks/adversarial.py
both use these, so the benchmark measures exactly the inputs the tests check.
"""
from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import BINARY, SEEDS

MB = 1024 * 1024

# Seeds re-encoded in another encoding: (new name, seed prefix, codec, BOM prepended).
REENCODED = {
    "enc/000_gb18030.txt": ("000", "gb18030", b""),
    "enc/004_big5.txt": ("004", "big5", b""),
    "enc/004_utf16_bom.txt": ("004", "utf-16-le", b"\xff\xfe"),
    "enc/001_utf8_bom.txt": ("001", "utf-8", b"\xef\xbb\xbf"),
}

PROSE = "推进城乡融合发展，必须把县域作为重要切入点，统筹新型工业化、新型城镇化和乡村全面振兴。"
NO_PUNCT = "推进城乡融合发展必须把县域作为重要切入点统筹新型工业化新型城镇化和乡村全面振兴"


def seed_path(prefix: str) -> Path:
    return next(p for p in sorted(SEEDS.iterdir()) if p.name.startswith(prefix))


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")


def _repeat_to(unit: str, n_bytes: int) -> str:
    """unit repeated to about n_bytes of UTF-8."""
    return unit * max(1, n_bytes // len(unit.encode("utf-8")))


def _numerals(n: int) -> str:
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")


def _with_controls(text: str) -> str:
    """text with NUL, BEL, ESC, VT and DEL bytes after some of its full stops (few: text, not binary)."""
    parts = text.split("。")
    for i, ch in zip(range(1, len(parts), max(1, len(parts) // 6)), "\x00\x07\x1b\x0b\x7f\x00"):
        parts[i] = ch + parts[i]
    return "。".join(parts)


def big_inputs(scale: float = 1.0) -> dict[str, bytes]:
    """The large adversarial inputs (sizes of the issue at scale 1.0)."""
    six_mb_line = _repeat_to(NO_PUNCT, int(6 * MB * scale)) + "\n"
    shi = "".join(f"{_numerals(i)}是" for i in range(1, 100))             # 一是二是…九十九是 (no text between)
    markers = "（一）【1】〔二〕（（（①〈《「1、（2）" + "（" * 8 + "一是" + "）" * 8 + "]]》」"
    numbered = "\n".join(f"{i}、{PROSE}" for i in range(1, 5001)) + "\n"
    return {
        "big/six_mb_line.txt": six_mb_line.encode("utf-8"),
        "big/yishi_ershi.txt": _repeat_to(shi, int(3 * MB * scale)).encode("utf-8"),
        "big/nested_brackets.txt": _repeat_to(markers, int(2 * MB * scale)).encode("utf-8"),
        "big/5000_numbered_lines.txt": numbered.encode("utf-8"),
    }


def hostile_files(scale: float = 1.0) -> dict[str, bytes]:
    """relative path -> raw bytes of every hostile input of issue 4 except links and vanishing files."""
    para = seed_text("001").split("\n\n")[0]
    files = {
        "empty.txt": b"",
        "whitespace.txt": " \n\t\r\n   \u3000\u200b\n\n".encode("utf-8"),
        "binary.txt": BINARY,
        "crlf.txt": (PROSE + "\r\n\r\n" + PROSE + "\r\n").encode("utf-8"),
        "cr_only.txt": (PROSE + "\r\r" + PROSE + "\r").encode("utf-8"),
        "controls.txt": _with_controls(seed_text("002")).encode("utf-8"),
        "truncated.txt": (PROSE + "\n" + PROSE).encode("utf-8")[:-1],            # cut inside 。
        "mixed_scripts.txt": ("国际合作🌏🚀：日本語のかな、한국어 문장, English words and 3.5% growth。\n"
                              + PROSE + "😀\n").encode("utf-8"),
        "html.md": ("# 标题\n\n<div class=\"x\"><p>" + PROSE + "<br/>" + PROSE + "</p></div>\n\n"
                    "<script>alert('x')</script>\n<table><tr><td>一是</td><td>二是</td></tr></table>\n"
                    + PROSE + "\n").encode("utf-8"),
        "名 字 with spaces/政策 文件 (副本).txt": (PROSE + "\n").encode("utf-8"),
        "a/b/c/d/nested.txt": (para + "\n").encode("utf-8"),
    }
    for name, (prefix, codec, bom) in REENCODED.items():
        files[name] = bom + seed_text(prefix).encode(codec)
    files.update(big_inputs(scale))
    return files


# Inputs that must be rejected at extract, with a word expected in the reason.
REJECTED = {"empty.txt": "empty", "whitespace.txt": "empty", "binary.txt": "binary"}


def write_hostile(root: Path, scale: float = 1.0) -> dict[str, bytes]:
    """Write the hostile files and a symlink loop under root; returns what was written."""
    files = hostile_files(scale)
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    loop = root / "loop"
    loop.mkdir(exist_ok=True)
    if not (loop / "again").is_symlink():
        os.symlink("..", loop / "again", target_is_directory=True)          # loop/again -> loop's parent
    if not (loop / "self.txt").is_symlink():
        os.symlink("self.txt", loop / "self.txt")                           # a file symlink to itself
    return files
