"""Benchmark runner: prints throughput, Prefect overhead, peak RSS and T->S speed.

    .venv/bin/python -m benchmarks.run [--quick] [--sizes 1000,10000] [--full-sizes 1000]
                                       [--profile] [--workdir DIR] [--seed 0] [--workers 2]
                                       [--stage-repeat 3]

Figures (MB = 10^6 bytes of input files):
- stages: extract + normalise + segment + validate called directly (no Prefect), one child process
  per corpus size so that its peak RSS is that size's alone; validation per batch of
  Settings().batch_bytes and the garbage collector paused, like the flow's batches. Run
  --stage-repeat times per size: the figure is the best round (the least disturbed by the shared
  machine's other work, as timeit reports its best), the median printed beside it.
- full run: `zhpolicy run` as a subprocess on the same corpus, into a fresh warehouse; its wall
  time includes Prefect's start-up (a temporary server unless PREFECT_API_URL points at one).
  Prefect overhead = (full run - stages) / full run, stages alone measured again just before and
  just after the full run (their mean: the machine's speed drifts); it also holds the Parquet load.
- T->S: flows.t2s.t2s vs opencc.OpenCC('t2s').convert on the corpus's Traditional documents,
  in Mchar/s, with a check that the outputs are identical.
- parallel: with --workers N (default 2), `zhpolicy run --workers N` after each full run (speedup
  of its batch phase and of the whole run), and the batch work of the first size without Prefect,
  as --workers 1 and N run it (flows.batch in a process pool), pool start-up included.
- --profile: cProfile of the stage functions on the first corpus size, top entries.

Corpora are generated with benchmarks.corpus into --workdir (a temporary folder by default).
"""
from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from operator import itemgetter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable


def _peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024      # Linux: KiB


# ---------------------------------------------------------------- stages (child process)

def stage_run(corpus: Path, profile: bool = False) -> dict:
    """Extract, normalise, segment and validate every document of corpus; seconds per stage."""
    from flows import batch, extract, normalize, segment, validate
    from flows.settings import Settings
    from schemas import TABLES

    settings = Settings(input_dir=corpus)
    files = extract.source_files(corpus, settings)
    seconds = dict.fromkeys(("extract", "normalize", "segment", "validate"), 0.0)
    counts = {"documents": 0, "rejects": 0, "rows": 0}
    size = 0
    rows: dict[str, list[dict]] = {t: [] for t in TABLES}
    batch_size = 0
    clock = time.perf_counter

    def flush() -> None:
        t0 = clock()
        for table, table_rows in rows.items():
            if table_rows:
                good, _, bad = validate.validated_rows(table, table_rows, ["x"] * len(table_rows))
                counts["rows"] += len(good)
                counts["rejects"] += len(bad)
                table_rows.clear()
        seconds["validate"] += clock() - t0

    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    with batch.collector_paused():        # as processed_batch runs the stages
        for path in files:
            t0 = clock()
            raw = extract.raw_document(path, corpus, settings)
            t1 = clock()
            doc = normalize.normalized_document(raw)
            t2 = clock()
            tables = segment.document_tables(doc)
            t3 = clock()
            seconds["extract"] += t1 - t0
            seconds["normalize"] += t2 - t1
            seconds["segment"] += t3 - t2
            size += raw.n_bytes
            batch_size += raw.n_bytes
            counts["documents"] += 1
            for table, table_rows in tables.items():
                rows.setdefault(table, []).extend(table_rows)
            if batch_size >= settings.batch_bytes:
                flush()
                batch_size = 0
        flush()
    if profiler:
        profiler.disable()
    result: dict[str, Any] = {"bytes": size, "seconds": seconds, "total": sum(seconds.values()), **counts,
              "peak_rss_mb": _peak_rss_mb()}
    if profiler:
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(r"flows/", 35)
        stats.sort_stats("tottime").print_stats(25)
        result["profile"] = out.getvalue()
    return result


def stage_line(n: int, best: dict, totals: list[float]) -> str:
    """The stages' figure: the best of the rounds (the least disturbed by the machine's other work,
    as timeit reports), with the median beside it, and the best round's seconds per stage."""
    mb = best["bytes"] / 1e6
    per = "  ".join(f"{k} {v:.1f}s" for k, v in best["seconds"].items())
    spread = (f"; median of {len(totals)} {mb / statistics.median(totals):.2f} MB/s" if len(totals) > 1 else "")
    return (f"stages  {n:>6} docs {mb:7.1f} MB  {best['total']:7.1f} s  {mb / best['total']:6.2f} MB/s "
            f"(best{spread})  peak RSS {best['peak_rss_mb']:6.0f} MB  ({per}; {best['rows']} rows, "
            f"{best['rejects']} rejects)")


def stages_in_child(corpus: Path, profile: bool = False) -> dict:
    cmd = [PYTHON, "-m", "benchmarks.run", "--_stages", str(corpus)] + (["--profile"] if profile else [])
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- full run

def timed_cli(args: list[str], env: dict | None = None) -> dict:
    """`zhpolicy ...` in a subprocess (this environment, or env): wall seconds, the flow's and the
    batches' seconds it prints, peak RSS of the CLI process and its waited-for children (worker
    processes; not a temporary Prefect server, which the CLI does not wait for), its output."""
    zhpolicy = Path(PYTHON).parent / "zhpolicy"
    cmd = ([str(zhpolicy)] if zhpolicy.exists() else [PYTHON, "-m", "flows.cli"]) + args
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)     # this child's own rusage (peak RSS)
        seconds = time.perf_counter() - started
        out.seek(0), err.seek(0)
        stdout, stderr = out.read(), err.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed: {stderr.strip()[-2000:]}")
    return {"seconds": seconds, "flow_seconds": _printed_seconds(r"\(flow ([\d.]+) s", stdout),
            "batch_seconds": _printed_seconds(r", batches ([\d.]+) s", stdout),
            "peak_rss_mb": usage.ru_maxrss / 1024, "stdout": stdout}


def _printed_seconds(pattern: str, stdout: str) -> float | None:
    m = re.search(pattern, stdout)
    return float(m.group(1)) if m else None


def full_run(corpus: Path, warehouse: Path, workers: int = 1) -> dict:
    """`zhpolicy run` on corpus into warehouse (timed_cli)."""
    return timed_cli(["run", "--input", str(corpus), "--warehouse", str(warehouse), "--workers", str(workers)])


def generated_corpora(workdir: Path, sizes: set[int], seed: int) -> dict[int, Path]:
    """workdir/corpus-N for each size N, generated by benchmarks.corpus unless already there."""
    from benchmarks.corpus import generate

    corpora = {}
    for n in sorted(sizes):
        corpora[n] = workdir / f"corpus-{n}"
        if not corpora[n].exists():
            generate(corpora[n], n, seed=seed)
    return corpora


# ---------------------------------------------------------------- parallel (--workers N)

def parallel_seconds(corpus: Path, workers: int) -> float:
    """Wall seconds of the batches' work done as `zhpolicy run --workers N` does it (flows.batch
    functions in a flows.batch.WorkerPool, batches cut by flows.batch.batch_plan), without
    Prefect; the pool's start-up is included (forked as the CLI forks it: batch.start_method)."""
    from concurrent.futures import ThreadPoolExecutor

    from flows import batch, extract
    from flows.settings import Settings

    settings = Settings(input_dir=corpus, workers=workers)
    files = extract.source_files(corpus, settings)
    settings, groups = batch.batch_plan(files, settings)
    with tempfile.TemporaryDirectory(prefix="zhpolicy-par-") as workdir:
        started = time.perf_counter()
        pool = batch.WorkerPool(workers, batch.start_method())
        pool.start_processes()          # before this process starts threads (a fork copies their locks)

        def one(group: list[Path]) -> str:
            return pool.run(batch.processed_batch, [str(p) for p in group], str(corpus), settings, workdir, False)

        with ThreadPoolExecutor(workers) as threads:
            list(threads.map(one, groups))
        pool.close()
        return time.perf_counter() - started


# ---------------------------------------------------------------- T -> S

def t2s_bench(corpus: Path) -> dict:
    import opencc

    from flows.normalize import script_of
    from flows.t2s import t2s

    texts = []
    for path in sorted(corpus.glob("*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        if script_of(text) in ("hant", "mixed"):
            texts.append(text)
    chars = sum(len(t) for t in texts)
    t2s("預熱")                       # dictionaries load once, outside the timing
    started = time.perf_counter()
    ours = [t2s(t) for t in texts]
    ours_s = time.perf_counter() - started
    cc = opencc.OpenCC("t2s")
    cc.convert("預熱")
    started = time.perf_counter()
    theirs = [cc.convert(t) for t in texts]
    theirs_s = time.perf_counter() - started
    return {"documents": len(texts), "mchars": chars / 1e6, "ours_mchar_s": chars / 1e6 / ours_s,
            "opencc_mchar_s": chars / 1e6 / theirs_s, "ratio": theirs_s / ours_s,
            "identical": sum(a == b for a, b in zip(ours, theirs)), "compared": len(texts)}


# ---------------------------------------------------------------- report

def full_parallel_line(corpus: Path, warehouse: Path, n: int, workers: int, single: dict) -> str:
    """`zhpolicy run --workers N` on the corpus, against the single-worker run `single`."""
    r = full_run(corpus, warehouse, workers)
    shutil.rmtree(warehouse, ignore_errors=True)
    batches = (f"batches {single['batch_seconds']} s -> {r['batch_seconds']} s: speedup "
               f"{single['batch_seconds'] / r['batch_seconds']:.2f}x; " if r["batch_seconds"] else "")
    return (f"full    {n:>6} docs --workers {workers}: {r['seconds']:.1f} s (flow {r['flow_seconds']} s)  "
            f"{batches}run speedup {single['seconds'] / r['seconds']:.2f}x  peak RSS {r['peak_rss_mb']:.0f} MB")


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def parsed_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="zhpolicy benchmarks")
    ap.add_argument("--quick", action="store_true", help="small corpora (200 documents), fast")
    ap.add_argument("--sizes", default=None, help="stage benchmark sizes, default 1000,10000")
    ap.add_argument("--full-sizes", default=None, help="full-run sizes, default 1000 (none: '')")
    ap.add_argument("--profile", action="store_true", help="cProfile the stages on the first size")
    ap.add_argument("--workdir", type=Path, default=None, help="where corpora go (default: temporary)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--stage-repeat", type=int, default=3,
                    help="rounds of the stages alone per size: the best is the figure, the median beside it")
    ap.add_argument("--workers", type=int, default=2, help="parallel speedup: 1 vs this many workers (1: skip)")
    ap.add_argument("--_stages", type=Path, default=None, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def sizes_of(option: str | None, quick: bool, default: str) -> list[int]:
    """Corpus sizes from a comma-separated option ('' for none); 200 with --quick."""
    text = option if option is not None else ("200" if quick else default)
    return [int(s) for s in text.split(",") if s]


def stage_results(corpora: dict[int, Path], sizes: list[int], repeat: int, profile: bool) -> dict[int, dict]:
    """The stages alone per size, `repeat` rounds each: the best round per size (printed)."""
    results = {}
    for i, n in enumerate(sizes):
        rounds = [stages_in_child(corpora[n], profile=profile and i == 0 and k == 0) for k in range(repeat)]
        results[n] = min(rounds, key=itemgetter("total"))
        print(stage_line(n, results[n], [x["total"] for x in rounds]))
        if rounds[0].get("profile"):
            print(rounds[0]["profile"])
    return results


def full_line(corpus: Path, warehouse: Path, n: int, with_overhead: bool) -> tuple[str, dict]:
    """`zhpolicy run` on corpus: its line, and the run. The overhead sets the run against the stages
    alone measured just before and just after it (their mean): the machine's speed drifts from
    minute to minute."""
    shutil.rmtree(warehouse, ignore_errors=True)
    before = stages_in_child(corpus)["total"] if with_overhead else None
    r = full_run(corpus, warehouse)
    after = stages_in_child(corpus)["total"] if with_overhead else None
    shutil.rmtree(warehouse, ignore_errors=True)
    mb = sum(p.stat().st_size for p in corpus.glob("*.txt")) / 1e6
    line = (f"full    {n:>6} docs {mb:7.1f} MB  {r['seconds']:7.1f} s  {mb / r['seconds']:6.2f} MB/s  "
            f"(flow {r['flow_seconds']} s)  peak RSS {r['peak_rss_mb']:6.0f} MB")
    if before is not None and after is not None and r["flow_seconds"]:
        stages_s = (before + after) / 2
        line += (f"  Prefect overhead {(r['seconds'] - stages_s) / r['seconds']:.0%} of the run"
                 f" ({(r['flow_seconds'] - stages_s) / r['flow_seconds']:.0%} of the flow;"
                 f" stages alone {before:.1f} s before, {after:.1f} s after)")
    return line, r


def parallel_line(corpus: Path, n: int, workers: int) -> str:
    one, many = parallel_seconds(corpus, 1), parallel_seconds(corpus, workers)
    return (f"parallel {n:>5} docs  batch work without Prefect: 1 worker {one:.1f} s, {workers} workers "
            f"{many:.1f} s: speedup {one / many:.2f}x (pool start-up included)")


def t2s_line(corpus: Path) -> str:
    r = t2s_bench(corpus)
    return (f"T->S    {r['documents']} Traditional docs, {r['mchars']:.1f} Mchar: ours {r['ours_mchar_s']:.2f} "
            f"Mchar/s, opencc {r['opencc_mchar_s']:.2f} Mchar/s, ratio {r['ratio']:.1f}x, "
            f"identical {r['identical']}/{r['compared']}")


def main(argv: list[str] | None = None) -> int:
    args = parsed_args(argv)
    if args._stages is not None:                 # child: one stage benchmark, JSON on stdout
        print(json.dumps(stage_run(args._stages, args.profile)))
        return 0
    sizes = sizes_of(args.sizes, args.quick, "1000,10000")
    full_sizes = sizes_of(args.full_sizes, args.quick, "1000")
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="zhpolicy-bench-"))
    print(f"machine: {machine()}")
    print(f"corpora in {workdir} (seed {args.seed})")
    corpora = generated_corpora(workdir, set(sizes) | set(full_sizes), args.seed)
    staged = stage_results(corpora, sizes, args.stage_repeat, args.profile)
    for n in full_sizes:
        warehouse = workdir / f"warehouse-{n}"
        line, single = full_line(corpora[n], warehouse, n, with_overhead=n in staged)
        print(line)
        if args.workers > 1:
            print(full_parallel_line(corpora[n], warehouse, n, args.workers, single))
    first = sizes[0] if sizes else full_sizes[0]
    if args.workers > 1:
        print(parallel_line(corpora[first], first, args.workers))
    print(t2s_line(corpora[first]))
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
