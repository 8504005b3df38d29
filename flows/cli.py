"""Command line: `zhpolicy run|versions|diff|gc|serve` (thin: the work is in flows.*)."""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import time
from pathlib import Path

# Arrow's allocator, chosen before pyarrow's first import (pyarrow's C++ core reads this variable then;
# pa.set_memory_pool would reach neither Parquet's writer nor the compute kernels): jemalloc returns the pages
# of freed buffers, while pyarrow's default, mimalloc, kept those of the buffers every batch frees resident:
# the same run peaks ~75-90 MB lower, with one worker or two, at 1k documents as at 10k. Linux only: pyarrow's
# wheels for other systems may lack jemalloc (Arrow would warn and keep its default). The user's own choice wins.
if sys.platform.startswith("linux"):
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")

from flows import incremental, storage  # noqa: E402  (imports pyarrow)
from flows.settings import Settings  # noqa: E402

# Prefect reads these when it is first imported: keep the console to warnings and errors (run logs
# still reach the Prefect API at INFO) and let the temporary server stop without log noise.
# Prefect settings the CLI sets unless the environment already does.
_PREFECT_DEFAULTS = {
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    # the temporary server's telemetry job races the flow for the SQLite lock and logs a traceback
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    # Without PREFECT_API_URL a run starts a temporary server, whose first start on a fresh PREFECT_HOME migrates
    # its database: ~20 s on a slow 2-core machine, Prefect's own limit (then "Timed out while attempting to
    # connect to ephemeral Prefect API server"). A run waits longer rather than fail.
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


def _settings(args: argparse.Namespace) -> Settings:
    """Settings from ZHPOLICY_* variables, with the flags given on the command line taking precedence."""
    flags = {"input_dir": args.input, "warehouse_dir": args.warehouse, "max_file_size": args.max_file_size,
             "lock_wait": getattr(args, "lock_wait", None), "workers": getattr(args, "workers", None),
             "runner": getattr(args, "runner", None) or ("dask" if getattr(args, "address", None) else None),
             "dask_address": getattr(args, "address", None)}
    return Settings(**{k: v for k, v in flags.items() if v is not None})


def summary_lines(summary: dict, total_seconds: float) -> list[str]:
    counts = "  ".join(f"{t} {summary[t]}" for t in ("documents", "articles", "sections", "paragraphs",
                                                       "measures", "residue", "rejects"))
    lines = [f"published version {summary['version_id']}"
             f"  (flow {summary['seconds']:.1f} s"
             + (f", batches {summary['batch_seconds']:.1f} s" if "batch_seconds" in summary else "")
             + f", total {total_seconds:.1f} s)", counts]
    lines += incremental_lines(summary)
    lines += [f"recovered: {line}" for line in summary.get("recovered", [])]
    shown = summary["rejected"][:20]
    lines += [f"  rejected {r['source_path']} [{r['stage']}"
              + (f" {r['record_id']}" if r.get("record_id") else "") + f"]: {r['error']}" for r in shown]
    if len(summary["rejected"]) > len(shown):
        lines.append(f"  … and {len(summary['rejected']) - len(shown)} more rejects (see rejects.parquet)")
    return lines


def incremental_lines(summary: dict) -> list[str]:
    """What an incremental run reused: processed vs carried documents, removed and renamed inputs."""
    if "processed" not in summary:
        return []
    lines = [f"processed {summary['processed']} documents, carried {summary['carried']} unchanged"
             + (f" from version {summary['previous']}" if summary["carried"] else "")
             + (f" ({summary['reason']})" if summary.get("reason") else "")]
    if summary["removed"]:
        lines.append(f"removed {len(summary['removed'])} inputs: " + ", ".join(summary["removed"][:10]))
    lines += [f"renamed {old} -> {new} (content identical; reported as removed + added, ids derive from the path)"
              for old, new in summary["renamed"]]
    return lines


def _prefect_defaults() -> None:
    for key, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)


def _frozen_heap(one_command: bool) -> None:
    """In the `zhpolicy` command (one_command), every object alive now out of the garbage collector's reach
    (gc.freeze): its full collections would otherwise walk the imported modules' objects each
    time (~0.5 M once Prefect is imported: 60-100 ms a collection, three a run, freeing a few dozen
    objects), and so would the workers forked from this process, copying the memory pages they
    share with it as they mark them. Not where cli.main is called in a longer-lived process (tests):
    there it would keep what becomes garbage later alive to the end."""
    if one_command:
        gc.freeze()


def _run_flow(settings: Settings, full: bool, plan: incremental.Plan, one_command: bool = False) -> dict:
    """The flow's summary, holding the warehouse lock. With worker processes, the batches start
    first (batch.early_pool) and run while Prefect is imported and the flow starts; the flow's
    tasks then take them.

    In the `zhpolicy` command, the objects alive once the stages and then Prefect are imported
    (modules, classes, compiled patterns: kept to the end) are frozen out of the garbage collector's
    reach (_frozen_heap). Prefect is imported with the collector paused: what its import leaves
    unreachable is a few dozen objects."""
    from flows.batch import collector_paused, early_pool
    from flows.lock import WarehouseLock

    _frozen_heap(one_command)
    # Taken before any batch starts, so that a refusal is one line and costs no work; the flow re-enters it.
    lock = WarehouseLock(storage.location(settings.warehouse_dir), wait=settings.lock_wait)
    with early_pool(settings, plan.process, holding=lock) as pool:
        _prefect_defaults()
        with collector_paused():
            from flows.pipeline import run_dataset  # imports Prefect: only after the logging setup above
        _frozen_heap(one_command)
        return run_dataset(settings, full=full, early_pool=pool)


def cmd_run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    settings = _settings(args)
    if not Path(settings.input_dir).is_dir():
        print(f"zhpolicy: input folder not found: {settings.input_dir}", file=sys.stderr)
        return 2
    plan = incremental.planned_run(settings, args.full)
    if plan.unchanged:  # checked before importing Prefect (2 s): an unchanged re-run costs well under a second
        print(f"no changes since version {plan.previous}  (--full re-processes everything)")
        return 0
    from flows.lock import WarehouseLocked

    try:
        summary = _run_flow(settings, args.full, plan, args.one_command)
    except WarehouseLocked as exc:
        print(f"zhpolicy: {exc}", file=sys.stderr)
        return 3
    except Exception as exc:  # the run did not complete: one line, not a traceback
        print(f"zhpolicy: run failed: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    if summary.get("unchanged"):
        print(f"no changes since version {summary['version_id']}"
              f"  (total {time.perf_counter() - started:.1f} s; --full re-processes everything)")
        return 0
    print("\n".join(summary_lines(summary, time.perf_counter() - started)))
    return 0


def _warehouse(args: argparse.Namespace) -> Path | str:
    return storage.location(args.warehouse or Settings().warehouse_dir)


def cmd_diff(args: argparse.Namespace) -> int:
    from flows import diff
    from flows.versions import VersionError, default_pair

    warehouse = _warehouse(args)
    try:
        old, new = default_pair(warehouse, args.from_version, args.to_version)
    except VersionError as exc:
        print(f"zhpolicy: {exc}", file=sys.stderr)
        return 2
    result = diff.diff_versions(warehouse, old, new)
    try:
        stats = result.stats()
        limit = args.limit or None
        records = {} if args.stat else {t: result.records(t, limit) for t in result.tables}
        if args.output:
            written = result.write_parquet(args.output)
            print(f"wrote {len(written)} diff files to {args.output}", file=sys.stderr)
    finally:
        result.close()
    if args.format == "json":
        print(json.dumps({**stats, **({} if args.stat else {"records": records})}, ensure_ascii=False, indent=2))
        return 0
    lines = diff.stat_lines(stats)
    for table, rows in records.items():
        lines += diff.record_lines(table, rows)
        shown, total = len(rows), sum(stats["tables"][table].values())
        if shown < total:
            lines.append(f"  … {total - shown} more {table} differences (--limit 0 shows all, --output writes all)")
    print("\n".join(lines))
    return 0


def cmd_gc(args: argparse.Namespace) -> int:
    from flows.versions import gc
    if args.keep < 1:
        print("zhpolicy: --keep must be at least 1 (the current version is never deleted)", file=sys.stderr)
        return 2
    from flows.lock import WarehouseLocked

    try:
        done = gc(_warehouse(args), args.keep, wait=args.lock_wait)
    except WarehouseLocked as exc:
        print(f"zhpolicy: {exc}", file=sys.stderr)
        return 1
    print(f"deleted {len(done['deleted'])} versions, kept {len(done['kept'])}"
          + (f", removed {len(done['stale'])} stale temporaries" if done["stale"] else ""))
    for vid in done["deleted"]:
        print(f"  deleted {vid}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    settings = settings.model_copy(update={"input_dir": Path(settings.input_dir).resolve(),
                                           "warehouse_dir": settings.warehouse_dir if storage.is_remote(settings.warehouse_dir)
                                           else Path(settings.warehouse_dir).resolve()})
    if not Path(settings.input_dir).is_dir():
        print(f"zhpolicy: input folder not found: {settings.input_dir}", file=sys.stderr)
        return 2
    _prefect_defaults()
    from prefect.settings import get_current_settings

    if not get_current_settings().api.url:  # an ephemeral server has no scheduler: nothing would run
        print("zhpolicy: serve needs a Prefect server: start one with `prefect server start` and set "
              "PREFECT_API_URL=http://127.0.0.1:4200/api (see the README)", file=sys.stderr)
        return 2
    from flows.pipeline import serve_dataset

    serve_dataset(settings, cron=args.cron, interval=args.interval, name=args.name)
    return 0


def versions_table(rows: list[dict]) -> str:
    tables = list(rows[0]["rows"]) if rows else []
    header = ["", "version", "created", "inputs", *tables]
    body = [["*" if r["current"] else "", r["version_id"], r["created"][:19], str(r["inputs"]),
             *(str(r["rows"].get(t, "")) for t in tables)] for r in rows]
    widths = [max(len(x) for x in col) for col in zip(header, *body)]
    return "\n".join("  ".join(x.ljust(w) for x, w in zip(line, widths)).rstrip() for line in [header, *body])


def cmd_versions(args: argparse.Namespace) -> int:
    from flows.load import versions

    rows = versions(_warehouse(args))
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(versions_table(rows) if rows else "no versions")
    return 0


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number >= 1, not {text!r}")
    return int(text)


def parallel_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--workers", type=_positive, metavar="N",
                   help="process batches in N processes at once (default: one per CPU core, fewer for a small "
                        "input; with --runner dask: local cluster size)")
    p.add_argument("--runner", choices=("local", "dask"),
                   help="local (default) or dask: run the batches on a Dask cluster through prefect-dask")
    p.add_argument("--address", metavar="tcp://HOST:PORT",
                   help="with --runner dask: scheduler of an existing cluster (default: start a local one)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhpolicy", description="Chinese policy documents -> versioned Parquet tables")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="build a new dataset version from the input folder and publish it")
    run.add_argument("--input", type=Path, help="folder of .txt/.md documents (default: seeds)")
    run.add_argument("--warehouse", type=storage.location, help="output folder or s3://bucket/prefix (default: warehouse)")
    run.add_argument("--max-file-size", type=int, help="reject larger files (bytes)")
    run.add_argument("--lock-wait", type=float, metavar="SECONDS",
                     help="wait this long for another run on the warehouse to finish (default: refuse at once)")
    parallel_flags(run)
    run.set_defaults(func=cmd_run)
    ver = sub.add_parser("versions", help="list dataset versions, oldest first")
    ver.add_argument("--warehouse", type=storage.location, help="output folder or s3://bucket/prefix (default: warehouse)")
    ver.add_argument("--format", choices=("table", "json"), default="table")
    ver.set_defaults(func=cmd_versions)
    run.add_argument("--full", action="store_true", help="re-process every document (no carrying of unchanged ones)")
    dif = sub.add_parser("diff", help="compare two versions table by table on stable ids")
    dif.add_argument("from_version", nargs="?", metavar="FROM",
                     help="version id, unique prefix, 'previous' or 'current' (default: the one before TO)")
    dif.add_argument("to_version", nargs="?", metavar="TO", help="as FROM (default: current)")
    dif.add_argument("--warehouse", type=storage.location, help="output folder or s3://bucket/prefix (default: warehouse)")
    dif.add_argument("--stat", action="store_true", help="counts only")
    dif.add_argument("--format", choices=("table", "json"), default="table")
    dif.add_argument("--limit", type=int, default=50, help="records shown per table (0: all; default 50)")
    dif.add_argument("--output", type=Path, help="also write <table>_diff.parquet files into this folder")
    dif.set_defaults(func=cmd_diff)
    gcp = sub.add_parser("gc", help="delete old versions (never current) and leftovers of dead runs")
    gcp.add_argument("--warehouse", type=storage.location, help="output folder or s3://bucket/prefix (default: warehouse)")
    gcp.add_argument("--keep", type=int, required=True, help="how many of the newest versions to keep (>= 1)")
    gcp.add_argument("--lock-wait", type=float, default=0.0, help="seconds to wait for a running run (default 0)")
    gcp.set_defaults(func=cmd_gc)
    srv = sub.add_parser("serve", help="run the pipeline on a schedule as a Prefect deployment")
    srv.add_argument("--input", type=Path, help="folder of .txt/.md documents (default: seeds)")
    srv.add_argument("--warehouse", type=storage.location, help="output folder or s3://bucket/prefix (default: warehouse)")
    srv.add_argument("--max-file-size", type=int, help="reject larger files (bytes)")
    srv.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    when = srv.add_mutually_exclusive_group(required=True)
    when.add_argument("--cron", help="cron expression, e.g. '0 3 * * *'")
    when.add_argument("--interval", type=float, help="seconds between runs")
    parallel_flags(srv)
    srv.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None, one_command: bool = False) -> int:
    """Run the command argv names; one_command: this process runs it and exits (entry())."""
    args = parser().parse_args(argv)
    args.one_command = one_command
    return args.func(args)


def entry() -> None:
    """The `zhpolicy` command: main(), then exit without the interpreter's last garbage collection,
    which walks every object still alive (Prefect's and pydantic's, mostly: about a second after a
    run) only to free memory that the operating system takes back anyway. gc.freeze() puts them out
    of its reach; files are closed by then, and atexit handlers (Prefect's log flush) still run."""
    code = main(one_command=True)
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    entry()
