"""Helpers for tests that start real servers."""

from __future__ import annotations


def stop_process(proc) -> None:
    """Stop a server a test started: terminate, then kill if it lingers; close its pipes."""
    import subprocess

    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
