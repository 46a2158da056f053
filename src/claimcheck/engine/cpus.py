"""How many CPUs this process may use: the ones it is allowed to run on (`os.sched_getaffinity`), fewer
when a container's cgroup gives it a CPU quota (cgroup v2 `cpu.max`, v1 `cpu.cfs_quota_us`)."""

from __future__ import annotations

import math
import os
from pathlib import Path

CGROUP = Path("/sys/fs/cgroup")


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None


def _own_cgroup(proc: Path) -> str:
    """This process' cgroup v2 path (`0::/a/b` in /proc/self/cgroup), or "" at the root."""
    for line in (_read(proc) or "").splitlines():
        if line.startswith("0::"):
            return line[3:].strip().strip("/")
    return ""


def _v2_quota(folder: Path) -> float | None:
    limit = _read(folder / "cpu.max")
    if limit is None:
        return None
    quota, _, period = limit.partition(" ")
    if quota.isdigit() and period.isdigit() and int(period) > 0:
        return int(quota) / int(period)
    return None  # "max": no quota here


def cgroup_quota(root: Path = CGROUP, proc: Path = Path("/proc/self/cgroup")) -> float | None:
    """CPUs the cgroup quotas allow (2.5 for `250000 100000`), the smallest along this process' cgroup and
    those above it (cgroup v2), or of its cpu controller (v1); None when there is no quota."""
    own = _own_cgroup(proc)
    folders = [root / own, *(root / own).parents] if own else [root]
    quotas = [q for folder in folders if folder.is_relative_to(root) and (q := _v2_quota(folder)) is not None]
    if quotas:
        return min(quotas)
    quota_v1, period_v1 = _read(root / "cpu" / "cpu.cfs_quota_us"), _read(root / "cpu" / "cpu.cfs_period_us")
    if quota_v1 and period_v1 and quota_v1.isdigit() and period_v1.isdigit() and int(period_v1) > 0:
        return int(quota_v1) / int(period_v1)
    return None


def available_cpus(root: Path = CGROUP, proc: Path = Path("/proc/self/cgroup")) -> int:
    """At least 1: the CPUs of this process' affinity, capped by the cgroup quota (rounded up)."""
    try:
        allowed = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        allowed = os.cpu_count() or 1
    quota = cgroup_quota(root, proc)
    if quota is not None:
        allowed = min(allowed, math.ceil(quota))
    return max(1, allowed)
