"""Benchmark harness for cleaner: datasets, metrics, extractors and report scripts.

Evaluation only: nothing here is imported by the `cleaner` package.
"""
