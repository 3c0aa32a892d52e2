"""Speed and size measurements: `make bench` (python -m benchmarks)."""
