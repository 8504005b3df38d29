"""benchmarks.run: the stages' figure is the best round, with the median of the rounds beside it."""
from benchmarks import run


def test_stage_line_reports_the_best_round_and_the_median():
    best = {"bytes": 10_000_000, "total": 1.0, "peak_rss_mb": 100.0, "rows": 7, "rejects": 0,
            "seconds": {"extract": 0.25, "segment": 0.75}}
    line = run.stage_line(1000, best, [2.0, 1.0, 4.0])
    assert "10.00 MB/s (best; median of 3 5.00 MB/s)" in line
    assert "extract 0.2s  segment 0.8s" in line


def test_one_round_has_no_median():
    best = {"bytes": 5_000_000, "total": 2.0, "peak_rss_mb": 1.0, "rows": 0, "rejects": 0, "seconds": {}}
    assert "2.50 MB/s (best)" in run.stage_line(10, best, [2.0])
