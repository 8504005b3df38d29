"""Compare two dataset versions table by table, keyed on stable ids (pure: no Prefect).

The comparison runs inside DuckDB: each side's rows get a hash of their non-key columns, the two
sides are full-outer-joined on the key, and only differing rows are kept (in a DuckDB temp table,
never as Python objects); counts, samples for display and the `--output` Parquet all read that.
Text fields of changed records are shown as a character-level diff (`[-旧-]{+新+}`), which suits
Chinese: no word splitting on spaces.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from flows import storage
from flows.storage import Location
from flows.versions import table_path
from schemas import TABLES

CHANGES = ("added", "removed", "changed")
CONTEXT = 12        # characters of unchanged text kept around each change in a character diff
MIN_ANCHOR = 3      # unchanged runs shorter than this between two edits are folded into the edit


@dataclass
class TableDiff:
    table: str
    key: tuple[str, ...]
    counts: dict[str, int]
    columns: list[str] = field(default_factory=list)   # compared columns (present in both versions)
    text_columns: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- character diff

def _common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and (non-overlapping) common suffix."""
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return head, tail


def _opcodes(old: str, new: str) -> list[tuple[str, str, str]]:
    """(op, old part, new part) over the whole strings; short equal runs between edits are merged
    into the edits so Chinese text does not fragment on shared single characters (的, 和)."""
    head, tail = _common_ends(old, new)
    mid_old, mid_new = old[head:len(old) - tail], new[head:len(new) - tail]
    ops = [("equal", old[:head], new[:head])]
    matcher = SequenceMatcher(None, mid_old, mid_new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        part = ("equal" if op == "equal" else "edit", mid_old[i1:i2], mid_new[j1:j2])
        if part[0] == "equal" and len(part[1]) < MIN_ANCHOR and ops[-1][0] == "edit":
            part = ("edit", part[1], part[2])
        if part[0] == "edit" and ops[-1][0] == "edit":
            ops[-1] = ("edit", ops[-1][1] + part[1], ops[-1][2] + part[2])
        else:
            ops.append(part)
    ops.append(("equal", old[len(old) - tail:], new[len(new) - tail:]))
    ops = [o for o in ops if o[1] or o[2]]
    for n in range(1, len(ops) - 1):
        ops[n - 1:n + 2] = _slid(*ops[n - 1:n + 2])
    return [o for o in ops if o[1] or o[2]]


BREAKS = "，、。；：！？,;:.!?\n "   # an insertion or deletion reads best starting right after one of these
SLIDE = 40                           # how far (characters) an edit may slide to get there


def _slid(before: tuple, edit: tuple, after: tuple) -> list[tuple]:
    """A pure insertion or deletion between two equal runs can often sit at several places
    (发展[-效率、发展-]动力 = 发展质量、[-发展效率、-]发展动力); put it right after punctuation if it can."""
    if before[0] != "equal" or after[0] != "equal" or edit[0] != "edit" or (edit[1] and edit[2]):
        return [before, edit, after]
    text, left, right = edit[1] or edit[2], before[1][-SLIDE:], after[1][:SLIDE]
    local, rest = left + text + right, left + right
    starts = [i for i in range(len(left) + len(right) + 1)
              if local[:i] + local[i + len(text):] == rest
              and (local[i - 1] in BREAKS if i else len(before[1]) <= SLIDE)]
    if not starts or len(left) in starts:
        return [before, edit, after]
    i = min(starts, key=lambda s: abs(s - len(left)))
    head, tail = before[1][:-SLIDE] if len(before[1]) > SLIDE else "", after[1][SLIDE:]
    part = local[i:i + len(text)]
    return [("equal", head + local[:i], head + local[:i]), ("edit", part, "") if edit[1] else ("edit", "", part),
            ("equal", local[i + len(text):] + tail, local[i + len(text):] + tail)]


def _trimmed(text: str, first: bool, last: bool, context: int) -> str:
    if first and len(text) > context:
        return "…" + text[-context:]
    if last and len(text) > context:
        return text[:context] + "…"
    if len(text) > 2 * context:
        return text[:context] + "…" + text[-context:]
    return text


def char_diff(old: str | None, new: str | None, context: int = CONTEXT) -> str:
    """`…unchanged[-removed-]{+inserted+}unchanged…` with `context` characters around each edit."""
    old, new = old or "", new or ""
    ops = _opcodes(old, new)
    out = []
    for n, (op, a, b) in enumerate(ops):
        if op == "equal":
            out.append(_trimmed(a, n == 0, n == len(ops) - 1, context))
        else:
            out.append((f"[-{a}-]" if a else "") + (f"{{+{b}+}}" if b else ""))
    return "".join(out).replace("\n", "⏎")


# ---------------------------------------------------------------- table diffs in DuckDB

def _source(path: Path) -> str:
    if storage.is_remote(path):
        raise ValueError("an s3:// table is read through VersionDiff._remote_source")
    target = f"{path}/*.parquet" if path.is_dir() else str(path)
    return "read_parquet('" + target.replace("'", "''") + "')"


def _schema(path: Path | str):
    if storage.is_remote(path):
        return storage.dataset_of(path).schema
    return pq.read_schema(next(path.glob("*.parquet")) if path.is_dir() else path)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _diff_sql(key: tuple[str, ...], columns: list[str], src_from: str, src_to: str) -> str:
    """One row per added, removed or changed record: change, key, changed_columns, from_*/to_*."""
    packed = ", ".join(f"{_q(c)} := {_q(c)}" for c in columns) or "k := 1"
    side = "SELECT *, hash(struct_pack({p})) AS __h FROM {s}"
    on = " AND ".join(f"f.{_q(k)} IS NOT DISTINCT FROM t.{_q(k)}" for k in key)
    keys = ", ".join(f"CASE WHEN t.__h IS NULL THEN f.{_q(k)} ELSE t.{_q(k)} END AS {_q(k)}" for k in key)
    flags = ", ".join(f"CASE WHEN f.{_q(c)} IS DISTINCT FROM t.{_q(c)} THEN '{c}' END" for c in columns)
    pairs = ", ".join(f"f.{_q(c)} AS {_q('from_' + c)}, t.{_q(c)} AS {_q('to_' + c)}" for c in columns)
    return f"""
        WITH f AS ({side.format(p=packed, s=src_from)}), t AS ({side.format(p=packed, s=src_to)})
        SELECT CASE WHEN f.__h IS NULL THEN 'added' WHEN t.__h IS NULL THEN 'removed' ELSE 'changed' END
                 AS change,
               {keys},
               CASE WHEN f.__h IS NOT NULL AND t.__h IS NOT NULL
                    THEN list_filter([{flags or 'NULL'}], lambda x: x IS NOT NULL) ELSE []::VARCHAR[] END
                 AS changed_columns
               {', ' + pairs if pairs else ''}
        FROM f FULL OUTER JOIN t ON {on}
        WHERE f.__h IS DISTINCT FROM t.__h"""


class VersionDiff:
    """The differences between two versions, held in a DuckDB connection (one temp table per table)."""

    def __init__(self, warehouse: Location, from_id: str, to_id: str, tables: list[str] | None = None):
        self.warehouse, self.from_id, self.to_id = warehouse, from_id, to_id
        self.con = duckdb.connect()
        self.tables: dict[str, TableDiff] = {}
        for table in tables or list(TABLES):
            found = self._compare(table)
            if found:
                self.tables[table] = found

    def _compare(self, table: str) -> TableDiff | None:
        paths = [table_path(self.warehouse, v, table) for v in (self.from_id, self.to_id)]
        if not all(storage.exists(p) if storage.is_remote(p) else p.exists() for p in paths):
            return None
        schemas = [_schema(p) for p in paths]
        key = TABLES[table].key if table in TABLES else (schemas[1].names[0],)
        columns = [n for n in schemas[1].names if n in schemas[0].names and n not in key]
        texts = [c for c in columns if str(schemas[1].field(c).type) in ("string", "large_string")]
        sources = [self._remote_source(p, f"{side}_{table}") if storage.is_remote(p) else _source(p)
                   for p, side in zip(paths, ("from", "to"))]
        sql = _diff_sql(key, columns, *sources)
        self.con.execute(f"CREATE TEMP TABLE {_q('diff_' + table)} AS {sql}")
        counts = dict.fromkeys(CHANGES, 0)
        for change, n in self.con.execute(f"SELECT change, count(*) FROM {_q('diff_' + table)} GROUP BY change").fetchall():
            counts[change] = n
        return TableDiff(table, key, counts, columns, texts)

    def _remote_source(self, url: str, name: str) -> str:
        """An s3:// table as a pyarrow dataset registered in DuckDB (streamed through Arrow: no
        httpfs extension needed, and the table is never loaded whole into Python)."""
        self.con.register(name, storage.dataset_of(url))
        return _q(name)

    def stats(self) -> dict:
        """The contract's JSON shape (plus `renamed`)."""
        return {"from": self.from_id, "to": self.to_id,
                "tables": {t: dict(d.counts) for t, d in self.tables.items()},
                "renamed": self.renamed()}

    def renamed(self) -> list[dict]:
        """Documents removed under one path and added under another with identical bytes. Their
        records still count as removed + added: ids derive from the path."""
        d = self.tables.get("documents")
        if d is None or not {"source_path", "content_sha256"} <= set(d.columns):
            return []
        rows = self.con.execute("""
            SELECT r.from_source_path, a.to_source_path, a.to_content_sha256
            FROM diff_documents r JOIN diff_documents a ON r.from_content_sha256 = a.to_content_sha256
            WHERE r.change = 'removed' AND a.change = 'added'
            ORDER BY 1, 2""").fetchall()
        return [{"from_path": f, "to_path": t, "content_sha256": h} for f, t, h in rows]

    def records(self, table: str, limit: int | None = None) -> list[dict]:
        """Up to `limit` differing records of a table, in change then key order, for display:
        key, change, and for changed records the changed fields (text fields as a character diff)."""
        d = self.tables[table]
        order = ", ".join(_q(k) for k in d.key)
        sql = f"SELECT * FROM {_q('diff_' + table)} ORDER BY change, {order}"
        cursor = self.con.execute(sql + (f" LIMIT {int(limit)}" if limit else ""))
        names = [c[0] for c in cursor.description]
        return [_record(d, dict(zip(names, row))) for row in cursor.fetchall()]

    def write_parquet(self, out_dir: Path) -> list[Path]:
        """`<table>_diff.parquet` per table: change, key columns, changed_columns, from_*/to_* values."""
        out_dir.mkdir(parents=True, exist_ok=True)
        written = []
        for table, d in self.tables.items():
            path = out_dir / f"{table}_diff.parquet"
            order = ", ".join(_q(k) for k in d.key)
            self.con.execute(f"COPY (SELECT * FROM {_q('diff_' + table)} ORDER BY change, {order}) "
                             f"TO '{str(path).replace(chr(39), chr(39) * 2)}' (FORMAT parquet, COMPRESSION zstd)")
            written.append(path)
        return written

    def close(self) -> None:
        self.con.close()


def _preview(d: TableDiff, row: dict, side: str) -> str | None:
    for column in ("title", "heading", "text", "source_path", "error"):
        value = row.get(f"{side}_{column}")
        if column in d.columns and isinstance(value, str) and value:
            return value[:40] + ("…" if len(value) > 40 else "")
    return None


def _record(d: TableDiff, row: dict) -> dict:
    out = {"change": row["change"], "key": {k: row[k] for k in d.key}}
    if row["change"] != "changed":
        out["preview"] = _preview(d, row, "to" if row["change"] == "added" else "from")
        return out
    fields = {}
    for column in row["changed_columns"]:
        old, new = row[f"from_{column}"], row[f"to_{column}"]
        if column in d.text_columns and not (_ascii(old) and _ascii(new)):  # hashes, paths: old -> new
            fields[column] = {"diff": char_diff(old, new)}
        else:
            fields[column] = {"from": _plain(old), "to": _plain(new)}
    out["fields"] = fields
    return out


def _ascii(value: str | None) -> bool:
    return value is None or value.isascii()


def _plain(value):
    """JSON-ready value (dates as ISO strings)."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def diff_versions(warehouse: Location, from_id: str, to_id: str) -> VersionDiff:
    return VersionDiff(warehouse, from_id, to_id)


# ---------------------------------------------------------------- text rendering

def stat_lines(stats: dict) -> list[str]:
    lines = [f"diff {stats['from']} -> {stats['to']}", f"{'table':<12}{'added':>8}{'removed':>9}{'changed':>9}"]
    for table, c in stats["tables"].items():
        lines.append(f"{table:<12}{c['added']:>8}{c['removed']:>9}{c['changed']:>9}")
    for r in stats.get("renamed", []):
        lines.append(f"renamed {r['from_path']} -> {r['to_path']} (content identical; its records show as "
                     f"removed + added because ids derive from the path)")
    return lines


def record_lines(table: str, records: list[dict]) -> list[str]:
    lines = []
    for r in records:
        key = "/".join(str(v) for v in r["key"].values())
        head = f"{table} {r['change']} {key}"
        if r["change"] != "changed":
            lines.append(head + (f"  {r['preview']}" if r.get("preview") else ""))
            continue
        lines.append(head)
        for column, f in r["fields"].items():
            lines.append(f"    {column}: " + (f["diff"] if "diff" in f else f"{f['from']!r} -> {f['to']!r}"))
    return lines
