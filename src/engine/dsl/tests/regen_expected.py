#!/usr/bin/env python3
"""Record CPython's behaviour for the PyFlint differential suite.

For every programs/*.py, runs it with python3 (PYTHONHASHSEED=0) and stores into expected.json
its stdout, the last line of the traceback when it ends in an uncaught exception, and a hash of
the program's source so the runner can flag stale expectations.

Usage: python3 src/engine/dsl/tests/regen_expected.py
"""
import hashlib
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def source_hash(text):
    # FNV-1a 32-bit over UTF-16 code units, the same function the runner computes in JS.
    h = 0x811C9DC5
    data = text.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return format(h, "08x")


def main():
    out = {}
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(PROGRAMS, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        r = subprocess.run([sys.executable, name], cwd=PROGRAMS, capture_output=True, text=True, env=env, timeout=60,
                           encoding="utf-8")
        last = None
        if r.returncode != 0:
            lines = [l for l in r.stderr.splitlines() if l.strip()]
            last = lines[-1] if lines else f"exit {r.returncode}"
        out[name] = {"hash": source_hash(text), "stdout": r.stdout, "error": last}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(f"recorded {len(out)} programs")


if __name__ == "__main__":
    main()
