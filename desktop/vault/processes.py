"""Whether a process runs, and when it started: a lock names its holder by both.

A process id alone is not enough: ids are reused, so a lock left by a killed
program could name a live, unrelated process and lock the ledger forever. The
start time tells them apart. Linux reads ``/proc``; Windows asks the kernel
(``GetProcessTimes``); elsewhere the start time is unknown ("") and only
liveness is checked.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path


def alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def start_time(pid: int) -> str:
    """An opaque text that differs between two processes that had the same id ("" if unknown)."""
    if sys.platform == "win32":
        return _windows_start_time(pid)
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return ""
    # The command name (field 2) may hold spaces and parentheses: split after its last ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""  # field 22: start time in clock ticks


def _windows_alive(pid: int) -> bool:
    # os.kill(pid, 0) would terminate the process on Windows, so ask the kernel instead.
    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        access_denied = 5
        return bool(kernel32.GetLastError() == access_denied)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _windows_start_time(pid: int) -> str:
    process_query_limited_information = 0x1000
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return ""
    try:
        times = [ctypes.c_ulonglong() for _ in range(4)]  # creation, exit, kernel, user
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return ""
        return str(times[0].value)
    finally:
        kernel32.CloseHandle(handle)
