/**
 * Compressed text inputs decoded by suffix as Hadoop's codec factory picks them, against
 * Node's zlib (gzip, deflate) and independent encoders, and read through the PySpark API.
 */
import { gzipSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createMemoryVfs } from '../io/create-vfs';
import { sparkHarness } from '../dsl/pyspark/sql/harness';
import { decodeInput, inputCodec } from './compressed-files';
import { lz4Block, zstd } from './parquet-compressors';

const text = (n: number) => Array.from({ length: n }, (_, i) => `line ${i},${(i * 7919) % 1000}`).join('\n') + '\n';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];

describe('compressed input files', () => {
  it('picks the codec by Hadoop\'s default suffixes only', () => {
    expect(['a.csv.gz', 'a.DEFLATE', 'a.bz2', 'a.lz4', 'a.snappy', 'a.zst', 'a.xz', 'a.zstd', 'a.csv'].map(inputCodec))
      .toEqual(['gzip', 'deflate', 'bzip2', 'lz4', 'snappy', 'zstd', null, null, null]);
  });

  it('decodes gzip (several members too), zlib deflate and zstd', () => {
    const t = text(5000);
    expect(dec(decodeInput('x.gz', gzipSync(t)))).toBe(t);
    const twoMembers = new Uint8Array([...gzipSync('first\n'), ...gzipSync('second\n')]);
    expect(dec(decodeInput('x.gz', twoMembers))).toBe('first\nsecond\n');
    expect(dec(decodeInput('x.deflate', deflateSync(t)))).toBe(t);
    expect(dec(decodeInput('x.zst', zstd(enc(t))))).toBe(t);
    expect(dec(decodeInput('x.csv', enc(t)))).toBe(t);
  });

  it('decodes Hadoop block framing of lz4 and snappy', () => {
    const a = enc(text(3000));
    const b = enc(text(10));
    const lz = (x: Uint8Array) => { const c = lz4Block(x); return [...u32(x.length), ...u32(c.length), ...c]; };
    expect(dec(decodeInput('x.lz4', new Uint8Array([...lz(a), ...lz(b)])))).toBe(dec(a) + dec(b));
    // A snappy block of one literal: varint length, literal tag ((len-1) << 2), the bytes.
    const lit = enc('abc\n');
    const snappy = [4, 3 << 2, ...lit];
    expect(dec(decodeInput('x.snappy', new Uint8Array([...u32(4), ...u32(snappy.length), ...snappy])))).toBe('abc\n');
  });

  it('fails clearly on bzip2 and on corrupt data', () => {
    expect(() => decodeInput('x.bz2', enc('BZh9'))).toThrow('the bzip2 codec is not available');
    expect(() => decodeInput('x.gz', enc('not gzip at all'))).toThrow('is corrupt or truncated');
  });
});

describe('through the PySpark API', () => {
  const vfs = createMemoryVfs();
  vfs.mkdirs('/z');
  const h = sparkHarness(vfs);
  const run = (code: string) => {
    const r = h.run(code);
    if (r.error) throw new Error(`${r.error}\n${r.output}`);
    return r.output;
  };

  it('reads .csv.gz, .json.gz and sc.textFile over .gz as the plain files', () => {
    vfs.writeFile('/z/a.csv.gz', gzipSync('k,v\n1,x\n2,y\n'));
    vfs.writeFile('/z/a.json.deflate', deflateSync('{"k":1}\n{"k":2}\n'));
    vfs.writeFile('/z/t.txt.gz', gzipSync('l1\nl2\nl3\n'));
    expect(run('print(spark.read.csv("/z/a.csv.gz", header=True, inferSchema=True).collect())')).toBe("[Row(k=1, v='x'), Row(k=2, v='y')]\n");
    expect(run('print(spark.read.json("/z/a.json.deflate").collect())')).toBe('[Row(k=1), Row(k=2)]\n');
    expect(run('r = sc.textFile("/z/t.txt.gz", 4)\nprint(r.collect(), r.getNumPartitions())')).toBe("['l1', 'l2', 'l3'] 1\n");
    expect(run('print(spark.read.text("/z/t.txt.gz").count())')).toBe('3\n');
  });

  it('writes gzip and deflate part files that read back', () => {
    run('spark.range(3).write.option("compression", "gzip").csv("/z/out", header=True)');
    const parts = vfs.listDir('/z/out').map((e: { name: string }) => e.name).filter((n: string) => n.startsWith('part-'));
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) expect(p.endsWith('.csv.gz')).toBe(true);
    expect(run('print(sorted(r.id for r in spark.read.csv("/z/out", header=True, inferSchema=True).collect()))')).toBe('[0, 1, 2]\n');
    run('spark.range(2).write.json("/z/outj", compression="deflate")');
    expect(run('print(sorted(r.id for r in spark.read.json("/z/outj").collect()))')).toBe('[0, 1]\n');
  });
});
