"""benchmarks.snapshot: the refactoring check finds a changed row and passes identical outputs."""
import json

from benchmarks import snapshot
from tests.conftest import SEEDS


def test_snapshot_of_the_seeds_is_reproducible_and_a_changed_row_is_reported(tmp_path):
    before = snapshot.snapshot([SEEDS])
    assert len(before) == len(list(SEEDS.iterdir()))
    assert snapshot.differences(before, snapshot.snapshot([SEEDS])) == []

    after = json.loads(json.dumps(before, default=str))
    key = sorted(after)[0]
    after[key]["tables"]["paragraphs"][1]["text"] += "！"
    found = snapshot.differences(json.loads(json.dumps(before, default=str)), after)
    assert len(found) == 1 and found[0].startswith(f"{key}: paragraphs row 1 ")


def test_compare_exits_1_on_a_difference(tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(json.dumps({"x.txt": {"error": "E"}}))
    b.write_text(json.dumps({"x.txt": {"error": "F"}}))
    assert snapshot.main(["--compare", str(a), str(a)]) == 0
    assert snapshot.main(["--compare", str(a), str(b)]) == 1
    assert "1 differ" in capsys.readouterr().out
