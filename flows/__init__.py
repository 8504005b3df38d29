"""zhpolicy: Chinese policy writing -> clean, versioned Parquet datasets.

Stage modules (pure, Prefect-free): extract -> normalize -> reflow -> segment -> validate -> load.
The Prefect wrappers live in flows.pipeline; the command line in flows.cli.
"""
__version__ = "0.1.0"
