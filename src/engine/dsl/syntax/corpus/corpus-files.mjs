// Reads the parser corpus: shared by the regeneration script and the differential test.
//  - `<topic>.py`: snippets separated by lines that are exactly `#=====`; each snippet keeps its
//    final newline.
//  - `<topic>.jsonl`: one JSON string per line, for sources a .py file cannot hold exactly
//    (no final newline, tabs that matter, carriage returns).
// Expectations live in `expected/<topic>.jsonl`, line k for snippet k: {"hash", "result"}.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEPARATOR = '#=====';

export function snippetHash(src) {
  return createHash('sha1').update(src, 'utf8').digest('hex').slice(0, 16);
}

/** @returns {{topic: string, snippets: string[]}[]} */
export function loadCorpus(dir) {
  const out = [];
  for (const file of readdirSync(dir).sort()) {
    const path = join(dir, file);
    if (file.endsWith('.py')) {
      const text = readFileSync(path, 'utf8');
      const snippets = [];
      let cur = [];
      for (const line of text.split('\n')) {
        if (line === SEPARATOR) {
          snippets.push(cur.join('\n') + '\n');
          cur = [];
        } else cur.push(line);
      }
      const tail = cur.join('\n');
      if (tail.trim() !== '') snippets.push(tail.endsWith('\n') ? tail : tail + '\n');
      out.push({ topic: file, snippets: snippets.filter((s) => s.trim() !== '' || s.length > 1) });
    } else if (file.endsWith('.jsonl')) {
      const snippets = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
      out.push({ topic: file, snippets });
    }
  }
  return out;
}

export function expectedPath(dir, topic) {
  return join(dir, 'expected', topic.replace(/\.(py|jsonl)$/, '.jsonl'));
}
