"""Run settings: one object, read from ZHPOLICY_* environment variables, overridden by CLI flags,
and passed explicitly into every stage that needs it (no constants buried in tasks)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import ClassVar

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

MB = 1024 * 1024


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHPOLICY_", frozen=True)

    # Settings that change what the pipeline outputs for the same input; the others (where to read and
    # write, how to batch) do not, so they stay out of the pipeline version hash.
    OUTPUT_AFFECTING: ClassVar[tuple[str, ...]] = ("max_file_size", "extensions")

    input_dir: Path = Field(default=Path("seeds"), description="Folder read recursively for documents.")
    warehouse_dir: Path = Field(default=Path("warehouse"), description="Folder holding versions/ and current.")
    max_file_size: int = Field(default=50 * MB, gt=0, description="Larger inputs are rejected unread (bytes).")
    batch_bytes: int = Field(default=8 * MB, gt=0, description="Documents are grouped into tasks of about this many bytes.")
    extensions: tuple[str, ...] = Field(default=(".txt", ".md"), description="File name endings read as documents.")
    lock_wait: float = Field(default=0.0, ge=0, description="Seconds to wait for another run's warehouse lock "
                                                            "before refusing (0 = refuse at once).")

    def output_hash(self) -> str:
        """Short hash of the settings that affect output (part of the pipeline version)."""
        relevant = self.model_dump(mode="json", include=set(self.OUTPUT_AFFECTING))
        return hashlib.sha256(json.dumps(relevant, sort_keys=True).encode()).hexdigest()[:12]
