"""Adversarial inputs benchmark (issue 4, linear time): seconds per MB of each stage on hostile input.

    .venv/bin/python -m benchmarks.adversarial [--scales 0.25,0.5,1] [--repeat 1] [--json]

Runs every hostile input of tests/hostile.py (the 6 MB line without punctuation, 3 MB of
一是二是三是…, 2 MB of nested brackets and markers, 5000 numbered lines, re-encoded seeds, ...)
through the stage functions directly (no Prefect): extract.raw_document (read + decode),
normalize.normalized_document, segment.document_tables. Each input is generated at several
scales; `growth` is (s/MB at the largest scale) / (s/MB at the smallest): about 1 when a stage is
linear, about the size ratio (4 for 0.25 -> 1) when it is quadratic. Not a test: it only prints.
MB = 2^20 bytes of raw input.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from flows import extract, normalize, segment  # noqa: E402
from flows.settings import Settings  # noqa: E402
from tests.hostile import MB, PROSE, REJECTED, _numerals, hostile_files  # noqa: E402

STAGES = ("extract", "normalize", "segment")
MIN_BYTES = 10_000          # smaller inputs time noise, not the algorithm


def extra_inputs(scale: float) -> dict[str, bytes]:
    """Shapes beyond the issue's list that found quadratic steps in the segmenter (see tests/test_linear.py)."""
    n = int(10000 * scale)
    headings = "\n".join(f"{_numerals(i % 99 + 1)}、标题{i}\n{PROSE}" for i in range(n))
    circled = "".join(f"{'①②③④⑤⑥⑦⑧⑨⑩'[i % 10]}做好第{i}项工作" for i in range(2 * n))
    return {"extra/headings.txt": headings.encode("utf-8"), "extra/one_paragraph_markers.txt": circled.encode("utf-8")}


def timed(path: Path, root: Path, settings: Settings, repeat: int) -> dict[str, float]:
    best = {s: float("inf") for s in STAGES}
    for _ in range(repeat):
        t0 = time.perf_counter()
        raw = extract.raw_document(path, root, settings)
        t1 = time.perf_counter()
        doc = normalize.normalized_document(raw)
        t2 = time.perf_counter()
        segment.document_tables(doc)
        t3 = time.perf_counter()
        for stage, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2)):
            best[stage] = min(best[stage], seconds)
    return best


def measure(scales: list[float], repeat: int) -> list[dict]:
    settings = Settings()
    normalize.normalized_document(extract.RawDocument("warm", "", "utf-8", 1, "繁體", {}))  # load OpenCC once
    results = []
    with tempfile.TemporaryDirectory(prefix="zhpolicy-adversarial-") as tmp:
        for scale in scales:
            root = Path(tmp) / f"scale-{scale}"
            for rel, data in {**hostile_files(scale), **extra_inputs(scale)}.items():
                if rel in REJECTED or len(data) < MIN_BYTES:
                    continue
                path = root / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
                seconds = timed(path, root, settings, repeat)
                mb = len(data) / MB
                results.append({"input": rel, "scale": scale, "mb": round(mb, 3),
                                **{f"{s}_s": round(v, 4) for s, v in seconds.items()},
                                "total_s": round(sum(seconds.values()), 4),
                                "s_per_mb": round(sum(seconds.values()) / mb, 4),
                                **{f"{s}_s_per_mb": round(v / mb, 4) for s, v in seconds.items()}})
                print(f"  {rel} x{scale}: {mb:.2f} MB, {sum(seconds.values()):.2f} s", file=sys.stderr, flush=True)
    return results


def table(results: list[dict], scales: list[float]) -> str:
    largest, smallest = max(scales), min(scales)
    header = ["input", "MB", *(f"{s} s/MB" for s in STAGES), "total s/MB", "growth"]
    rows = []
    for name in dict.fromkeys(r["input"] for r in results):
        mine = {r["scale"]: r for r in results if r["input"] == name}
        top = mine[largest]
        growth = top["s_per_mb"] / mine[smallest]["s_per_mb"] if mine[smallest]["s_per_mb"] else float("nan")
        rows.append([name, f"{top['mb']:.2f}", *(f"{top[f'{s}_s_per_mb']:.3f}" for s in STAGES),
                     f"{top['s_per_mb']:.3f}", f"{growth:.2f}" if len(scales) > 1 else "-"])
    widths = [max(len(x) for x in col) for col in zip(header, *rows)]
    return "\n".join("  ".join(x.ljust(w) for x, w in zip(line, widths)) for line in [header, *rows])


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--scales", default="0.25,0.5,1", help="sizes relative to the issue's (1 = 6 MB line, ...)")
    p.add_argument("--repeat", type=int, default=1, help="best of N runs per input")
    p.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = p.parse_args(argv)
    scales = sorted(float(s) for s in args.scales.split(","))
    results = measure(scales, args.repeat)
    print(json.dumps(results, indent=2) if args.json else table(results, scales))
    return 0


if __name__ == "__main__":
    sys.exit(main())
