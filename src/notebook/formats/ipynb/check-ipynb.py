#!/usr/bin/env python3
"""Validates .ipynb files against Jupyter's own nbformat schema (the oracle for our exporter).

Usage: python3 src/notebook/formats/ipynb/check-ipynb.py [files...]
Without arguments it checks the golden exports in ../fixtures/*.expected.ipynb, which
ipynb.test.ts keeps in step with the exporter (regenerate with `npx vitest run -u`).
Needs `pip install nbformat`.
"""
import glob
import json
import os
import sys

import nbformat


def main(paths):
    if not paths:
        here = os.path.dirname(os.path.abspath(__file__))
        paths = sorted(glob.glob(os.path.join(here, '..', 'fixtures', '*.expected.ipynb')))
    if not paths:
        print('no files to check')
        return 1
    failed = 0
    for path in paths:
        with open(path, encoding='utf-8') as f:
            nb = json.load(f)
        try:
            nbformat.validate(nb, version=4, relax_add_props=False)
            # A strict read: cell ids must already be unique and valid, not repaired on load.
            ids = [c.get('id') for c in nb['cells']]
            if len(set(ids)) != len(ids):
                raise ValueError('duplicate cell ids')
            print(f'ok      {os.path.basename(path)}')
        except Exception as e:  # noqa: BLE001 - report every failure, keep going
            failed += 1
            print(f'INVALID {os.path.basename(path)}: {str(e).splitlines()[0]}')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
