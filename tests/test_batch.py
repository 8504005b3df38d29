"""A batch's work outside Prefect: the garbage collector pause and what it relies on."""
from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from flows import batch
from tests.conftest import ROOT, SEEDS


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.parametrize("enabled_before", [True, False])
def test_collector_paused_restores_the_previous_state(collector_on, enabled_before):
    if not enabled_before:
        gc.disable()
    with batch.collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled_before


def test_collector_paused_restores_it_after_an_error(collector_on):
    with pytest.raises(ValueError), batch.collector_paused():
        raise ValueError("a failing batch")
    assert gc.isenabled()


# Run in a fresh interpreter: threads other tests leave behind (a Prefect server) make garbage of
# their own while the collector is paused.
NO_CYCLES = """
import gc, sys
from pathlib import Path
from flows import batch
from flows.extract import source_files
from flows.settings import Settings
root = Path(sys.argv[1])
settings = Settings(input_dir=root)
files = source_files(root, settings)
for path in files:                        # first use: caches and compiled patterns
    batch.document_outcome(path, root, settings)
gc.collect()
with batch.collector_paused():
    outcomes = [batch.document_outcome(path, root, settings) for path in files]
    del outcomes
    print(gc.collect())
"""


def test_the_stages_make_no_reference_cycles():
    """What makes pausing the collector free: every object a document's rows are made of is freed
    by reference counting, so nothing is left for the collector once the batch is done."""
    done = subprocess.run([sys.executable, "-c", NO_CYCLES, str(SEEDS)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.split() == ["0"]
