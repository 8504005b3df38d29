"""The published tables scored against hand-annotated gold with the shared scorer.

The scorer (../shared/eval/score.py) and the seeds' gold live beside the project in CI, not in a
user's clone: without them these tests skip. Every score must be perfect: a rule that starts to
miss a title, an author, a section or a measure of an annotated document fails here by name.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

SCORER = SHARED / "eval" / "score.py"
SEEDS_GOLD = SHARED / "eval" / "gold" / "seeds.json"

needs_scorer = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not here")


def scored(warehouse: Path, gold: Path) -> tuple[dict, str]:
    """(the scorer's summary, its report of what is missed or extra per document)."""
    done = subprocess.run([sys.executable, str(SCORER), "--warehouse", str(warehouse), "--gold", str(gold),
                           "--json"], capture_output=True, text=True, check=True)
    *report, last = done.stdout.strip().splitlines()
    return json.loads(last), "\n".join(report)


def assert_perfect(summary: dict, report: str) -> None:
    ratios = {k: v for k, v in summary.items() if k.endswith(("_p", "_r", "_f1"))}
    assert ratios and all(v == 1.0 for v in ratios.values()), report
    for counted in ("titles", "authors", "checks"):
        hits, total = summary[counted].split("/")
        assert hits == total, report


@needs_scorer
def test_seeds_match_their_gold(built):
    assert_perfect(*scored(built["warehouse"], SEEDS_GOLD))
