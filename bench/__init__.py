"""Benchmarks of PASOSS Activator: ``python -m bench [--quick]`` (see bench/README.md)."""
