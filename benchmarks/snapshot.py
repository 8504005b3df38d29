"""Snapshot of what the stages output, to check that a refactor (a speed-up) changes nothing.

    .venv/bin/python -m benchmarks.snapshot OUT.json DIR [DIR ...]     # write
    .venv/bin/python -m benchmarks.snapshot --compare A.json B.json    # exit 1 when they differ

For every input file under the folders: a digest of the normalised lines, the script, and the
rows segment.document_tables makes (or the error). Take one before the change and one after, on
the same folders (e.g. a benchmarks.corpus corpus, seeds/ and your own fixtures), and compare.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path


def snapshot(folders: list[Path]) -> dict[str, dict]:
    from flows import extract, normalize, segment
    from flows.settings import Settings

    result: dict[str, dict] = {}
    for folder in folders:
        settings = Settings(input_dir=folder)
        for path in extract.source_files(folder, settings):
            key = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            try:
                doc = normalize.normalized_document(extract.raw_document(path, folder, settings))
                result[key] = {"lines": hashlib.sha256("\n".join(doc.lines).encode()).hexdigest(),
                               "script": doc.script, "tables": segment.document_tables(doc)}
            except Exception as exc:  # an error is an output too: it must not change either
                result[key] = {"error": f"{type(exc).__name__}: {exc}"}
    return result


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """One line per document that differs: its first differing table and row."""
    lines = []
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        if a == b:
            continue
        if not (a and b and "tables" in a and "tables" in b):
            lines.append(f"{key}: {str(a)[:200]} -> {str(b)[:200]}")
            continue
        for table in sorted(set(a["tables"]) | set(b["tables"])):
            rows_a, rows_b = a["tables"].get(table, []), b["tables"].get(table, [])
            if rows_a != rows_b:
                first = next((i for i, (x, y) in enumerate(zip(rows_a, rows_b)) if x != y), min(len(rows_a), len(rows_b)))
                lines.append(f"{key}: {table} row {first} ({len(rows_a)} -> {len(rows_b)} rows): "
                             f"{str(rows_a[first:first + 1])[:300]} -> {str(rows_b[first:first + 1])[:300]}")
                break
        else:
            lines.append(f"{key}: normalised lines or script differ")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    ap.add_argument("out", nargs="?", type=Path)
    ap.add_argument("folders", nargs="*", type=Path)
    args = ap.parse_args(argv)
    if args.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.compare)
        diff = differences(before, after)
        for line in diff[:20]:
            print(line)
        print(f"{len(before)} vs {len(after)} documents, {len(diff)} differ")
        return 1 if diff else 0
    if not args.out or not args.folders:
        ap.error("give OUT.json and at least one folder, or --compare A B")
    found = snapshot(args.folders)
    args.out.write_text(json.dumps(found, ensure_ascii=False, default=str, sort_keys=True), encoding="utf-8")
    print(f"{len(found)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
