"""Benchmarks of TZCLD Desktop at the data sizes of the reference datasets.

``python -m benchmarks.generate`` builds a dataset and ``python -m benchmarks.run``
measures every scenario on it; see ``docs/benchmarks.md``.
"""
