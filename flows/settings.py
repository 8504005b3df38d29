"""Run settings: one object, read from ZHPOLICY_* environment variables, overridden by CLI flags,
and passed explicitly into every stage that needs it (no constants buried in tasks)."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import ClassVar, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

MB = 1024 * 1024


def cpu_cores() -> int:
    """CPU cores this process may run on (its affinity mask where the OS has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHPOLICY_", frozen=True)

    # Settings that change what the pipeline outputs for the same input; the others (where to read and
    # write, how to batch) do not, so they stay out of the pipeline version hash.
    OUTPUT_AFFECTING: ClassVar[tuple[str, ...]] = ("max_file_size", "extensions")

    input_dir: Path = Field(default=Path("seeds"), description="Folder read recursively for documents.")
    warehouse_dir: Path | str = Field(default=Path("warehouse"), description="Folder holding versions/ and current, "
                                      "or an s3://bucket/prefix URL (kept as a string).")
    max_file_size: int = Field(default=50 * MB, gt=0, description="Larger inputs are rejected unread (bytes).")
    batch_bytes: int = Field(default=8 * MB, gt=0, description="Documents are grouped into tasks of about this many bytes.")
    extensions: tuple[str, ...] = Field(default=(".txt", ".md"), description="File name endings read as documents.")
    lock_wait: float = Field(default=0.0, ge=0, description="Seconds to wait for another run's warehouse lock "
                                                            "before refusing (0 = refuse at once).")
    workers: int | None = Field(default=None, ge=1, description="Processes working on batches at once (1 = in the "
                                "flow's own process; with runner dask: workers of a local cluster). None: one per "
                                "CPU core, but only as many as the input has batches (a small input runs in one).")
    runner: Literal["local", "dask"] = Field(default="local", description="Where batches run: local processes "
                                                                          "or a Dask cluster (prefect-dask).")
    dask_address: str | None = Field(default=None, description="Scheduler of an existing Dask cluster "
                                                               "(tcp://host:8786); none = a local cluster.")

    @field_validator("warehouse_dir", mode="after")
    @classmethod
    def _warehouse_location(cls, value: Path | str) -> Path | str:
        """A local folder is a Path, as always; an s3:// URL stays a string (a Path folds its //)."""
        return value.rstrip("/") if isinstance(value, str) and value.startswith("s3://") else Path(value)

    def with_workers_for(self, total_bytes: int) -> Settings:
        """These settings with `workers` decided: as set, or else one per CPU core this process may
        use, but no more than there are batches of batch_bytes (a pool of processes costs about a
        second to start, more than a small input takes to process)."""
        if self.workers is not None:
            return self
        return self.model_copy(update={"workers": max(1, min(cpu_cores(), total_bytes // self.batch_bytes))})

    def output_hash(self) -> str:
        """Short hash of the settings that affect output (part of the pipeline version)."""
        relevant = self.model_dump(mode="json", include=set(self.OUTPUT_AFFECTING))
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:12]
