// Records CPython's OSError messages for the failures the VFS reports, into
// src/engine/io/testdata/python-oserrors.json, so tests run where python3 is missing.
// Run: node scripts/datasets-oracle.mjs   (the test re-runs it and flags a stale file)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PY = String.raw`
import json, os, tempfile
os.chdir(tempfile.mkdtemp())
os.mkdir('adir'); open('adir/f', 'w').close(); open('afile', 'w').close()
cases = []
def case(kind, path, fn):
    try:
        fn()
    except OSError as e:
        cases.append({'kind': kind, 'input': path, 'ename': type(e).__name__, 'errno': e.errno, 'message': str(e)})
for p in ['missing.csv', "it's.txt", 'say "hi".txt', 'both \'"\'.txt', 'naïve.txt', 'tab\there', 'nl\nx']:
    case('not-found', p, lambda p=p: open(p))
case('invalid-path', '', lambda: open(''))
case('is-a-directory', 'adir', lambda: open('adir'))
case('not-a-directory', 'afile/x', lambda: open('afile/x', 'w'))
case('already-exists', 'afile', lambda: open('afile', 'x'))
case('not-empty', 'adir', lambda: os.rmdir('adir'))
print(json.dumps(cases, ensure_ascii=False, indent=1))
`;

export function runOracle() {
  return execFileSync('python3', ['-c', PY], { encoding: 'utf8' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'engine', 'io', 'testdata', 'python-oserrors.json');
  writeFileSync(out, runOracle());
  console.log(`wrote ${out}`);
}
