"""CPU time of a call, a list of timings summed up, and the row the benchmark tables show."""

import statistics
import time


def cpu_ms(call):
    started = time.process_time()
    call()
    return (time.process_time() - started) * 1000


def summary(times):
    return {"median_ms": round(statistics.median(times), 3), "worst_ms": round(max(times), 3)}


def row(measure, figures, worst_ms=None):
    """(measure, result, target) for a `summary`, its target the worst's budget if it has one."""
    return (f"{measure}, median (worst)", f"{figures['median_ms']} ms ({figures['worst_ms']} ms)",
            f"worst ≤ {worst_ms} ms" if worst_ms is not None else "")
