"""CPU time of a call, and a list of timings summed up as the benchmark tables show them."""

import statistics
import time


def cpu_ms(call):
    started = time.process_time()
    call()
    return (time.process_time() - started) * 1000


def summary(times):
    return {"median_ms": round(statistics.median(times), 3), "worst_ms": round(max(times), 3)}
