"""Command line: `zhpolicy run` and `zhpolicy versions`."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from flows.settings import Settings

# Prefect reads these when it is first imported: keep the console to warnings and errors (run logs
# still reach the Prefect API at INFO) and let the temporary server stop without log noise.
_QUIET_PREFECT = {
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    "PREFECT_SERVER_LOGGING_LEVEL": "ERROR",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    # the temporary server's telemetry job races the flow for the SQLite lock and logs a traceback
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
}


def _settings(args: argparse.Namespace) -> Settings:
    """Settings from ZHPOLICY_* variables, with the flags given on the command line taking precedence."""
    flags = {"input_dir": args.input, "warehouse_dir": args.warehouse, "max_file_size": args.max_file_size}
    return Settings(**{k: v for k, v in flags.items() if v is not None})


def summary_lines(summary: dict, total_seconds: float) -> list[str]:
    counts = "  ".join(f"{t} {summary[t]}" for t in ("documents", "articles", "sections", "paragraphs",
                                                       "measures", "residue", "rejects"))
    lines = [f"published version {summary['version_id']}"
             f"  (flow {summary['seconds']:.1f} s, total {total_seconds:.1f} s)", counts]
    shown = summary["rejected"][:20]
    lines += [f"  rejected {r['source_path']} [{r['stage']}"
              + (f" {r['record_id']}" if r.get("record_id") else "") + f"]: {r['error']}" for r in shown]
    if len(summary["rejected"]) > len(shown):
        lines.append(f"  … and {len(summary['rejected']) - len(shown)} more rejects (see rejects.parquet)")
    return lines


def cmd_run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    settings = _settings(args)
    if not Path(settings.input_dir).is_dir():
        print(f"zhpolicy: input folder not found: {settings.input_dir}", file=sys.stderr)
        return 2
    for key, value in _QUIET_PREFECT.items():
        os.environ.setdefault(key, value)
    from flows.pipeline import build_dataset  # imports Prefect: only after the logging setup above

    try:
        summary = build_dataset(settings)
    except Exception as exc:  # the run did not complete: one line, not a traceback
        print(f"zhpolicy: run failed: {type(exc).__name__}: {exc}".splitlines()[0], file=sys.stderr)
        return 1
    print("\n".join(summary_lines(summary, time.perf_counter() - started)))
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

    rows = versions(Path(args.warehouse or Settings().warehouse_dir))
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print(versions_table(rows) if rows else "no versions")
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="zhpolicy", description="Chinese policy documents -> versioned Parquet tables")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="build a new dataset version from the input folder and publish it")
    run.add_argument("--input", type=Path, help="folder of .txt/.md documents (default: seeds)")
    run.add_argument("--warehouse", type=Path, help="output folder (default: warehouse)")
    run.add_argument("--max-file-size", type=int, help="reject larger files (bytes)")
    run.set_defaults(func=cmd_run)
    ver = sub.add_parser("versions", help="list dataset versions, oldest first")
    ver.add_argument("--warehouse", type=Path, help="output folder (default: warehouse)")
    ver.add_argument("--format", choices=("table", "json"), default="table")
    ver.set_defaults(func=cmd_versions)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
