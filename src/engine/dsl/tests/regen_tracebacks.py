#!/usr/bin/env python3
"""Record CPython's full stderr for the traceback programs (programs/tb_*.py).

The differential suite compares only the last traceback line; this file keeps the whole text
(frames, source lines, CPython 3.11's ~~^~~ caret lines, chained exceptions) so
traceback.test.ts can compare it exactly. File paths are recorded relative to programs/, as
Flint names the file it runs. Also stores a hash of each program so stale entries are flagged.

Usage: python3 src/engine/dsl/tests/regen_tracebacks.py
"""
import json
import os
import subprocess
import sys

from regen_expected import source_hash

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")


def main():
    out = {}
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    for name in sorted(os.listdir(PROGRAMS)):
        if not (name.startswith("tb_") and name.endswith(".py")):
            continue
        path = os.path.join(PROGRAMS, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        r = subprocess.run([sys.executable, name], cwd=PROGRAMS, capture_output=True, text=True, env=env, timeout=60,
                           encoding="utf-8")
        # CPython 3.11 prints the absolute path of the script it was given.
        stderr = r.stderr.replace(f'File "{PROGRAMS}{os.sep}', 'File "')
        out[name] = {"hash": source_hash(text), "stderr": stderr}
    with open(os.path.join(HERE, "tracebacks.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print(f"recorded {len(out)} tracebacks")


if __name__ == "__main__":
    main()
