"""The peak memory of this process, for the benchmarks that report it.

On Linux it is the process's own high-water mark, ``VmHWM`` of ``/proc/self/status``. Not
``ru_maxrss``: a process started with :mod:`subprocess` (vfork, then exec) carries over its
parent's peak in ``ru_maxrss``, so a benchmark's child process reported the benchmark's own
peak whenever that was the larger (a cold start measured beside a loaded corpus read 113 MiB;
the process itself peaked at 61). Elsewhere, ``ru_maxrss``.
"""

from __future__ import annotations

import resource
import sys


def peak_rss_mib() -> float:
    """The most memory this process has held at once, in MiB."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes there, KiB here
