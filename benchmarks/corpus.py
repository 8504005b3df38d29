"""Deterministic benchmark corpus: N documents stitched from the seeds' own blocks.

Every generated document takes one seed as its template and is made of contiguous runs of that
seed's blocks, joined the way the seed joins them, so the seed's layout survives: blank line
after every line (PDF extraction), hard-wrapped paragraphs, one paragraph per line, Markdown.
Each template exists in both scripts: Simplified seeds are also written in Traditional (OpenCC
s2t, converted once per seed) and Traditional seeds also in Simplified (t2s). Same arguments,
same bytes: the RNG is seeded and nothing else varies.

    python -m benchmarks.corpus DIR [-n 1000] [--seed 0] [--traditional-share 0.25]

The corpus is written into DIR (created; never commit it).
"""
from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class Template:
    name: str               # seed stem
    layout: str             # blank-lines | hard-wrapped | paragraph-lines | markdown
    separator: str          # how the seed joins its blocks
    blocks: dict[str, tuple[str, ...]]   # script ('hans'/'hant') -> blocks
    size: int               # the seed's size in characters


def _layout(text: str) -> tuple[str, str]:
    """(layout name, block separator) from the seed's own line statistics."""
    lines = text.split("\n")
    nonblank = [line for line in lines if line.strip()]
    blank_after = sum(1 for a, b in zip(lines, lines[1:]) if a.strip() and not b.strip())
    if re.search(r"(?m)^#{1,6} ", text):
        return "markdown", "\n\n"
    if nonblank and blank_after >= 0.6 * len(nonblank):
        return "blank-lines", "\n\n"
    widths = sorted(len(line) for line in nonblank)
    if widths and widths[len(widths) // 2] < 80 and "\n\n" in text:
        return "hard-wrapped", "\n\n"
    return "paragraph-lines", "\n"


@lru_cache(maxsize=1)
def templates() -> tuple[Template, ...]:
    import opencc

    from flows.normalize import script_of
    from flows.t2s import t2s

    s2t = opencc.OpenCC("s2t")
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        layout, separator = _layout(text)
        script = "hant" if script_of(text) in ("hant", "mixed") else "hans"
        other = t2s(text) if script == "hant" else s2t.convert(text)
        texts = {script: text, ("hans" if script == "hant" else "hant"): other}
        blocks = {}
        for name, body in texts.items():
            parts = [p for p in body.split(separator) if p.strip()]
            blocks[name] = tuple(parts)
        if len(blocks["hans"]) != len(blocks["hant"]):   # conversion never moves separators
            blocks["hant"] = blocks["hant"][:len(blocks["hans"])]
        out.append(Template(path.stem, layout, separator, blocks, len(text)))
    return tuple(out)


def document(rng: random.Random, template: Template, script: str) -> str:
    """One document: the template's head half of the time, then runs of 3-25 blocks until it is
    0.5-1.5 times the seed's size."""
    blocks = template.blocks[script]
    target = int(template.size * rng.uniform(0.5, 1.5))
    parts: list[str] = []
    size = 0
    start = 0 if rng.random() < 0.5 else rng.randrange(len(blocks))
    while size < target:
        run = blocks[start:start + rng.randint(3, 25)]
        parts.extend(run)
        size += sum(len(b) for b in run)
        start = rng.randrange(len(blocks))
    return template.separator.join(parts) + "\n"


def generate(out_dir: Path, n: int, seed: int = 0, traditional_share: float = 0.25) -> list[Path]:
    """Write n documents into out_dir; returns their paths (sorted)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    temps = templates()
    paths = []
    for i in range(n):
        template = temps[rng.randrange(len(temps))]
        script = "hant" if rng.random() < traditional_share else "hans"
        path = out_dir / f"{i:06d}_{template.name[:3]}_{template.layout}_{script}.txt"
        path.write_text(document(rng, template, script), encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--traditional-share", type=float, default=0.25)
    args = ap.parse_args(argv)
    paths = generate(args.out_dir, args.n, args.seed, args.traditional_share)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} documents, {size / 1e6:.1f} MB in {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
