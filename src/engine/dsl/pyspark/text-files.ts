/**
 * sc.textFile / wholeTextFiles and RDD.saveAsTextFile over the session's VFS, with Hadoop's
 * partitioning: FileInputFormat splits (goal size total/minPartitions, 32 MB local blocks,
 * 10% slop) and LineRecordReader's rule that a split owns the lines starting in (start, end]
 * (from 0 for the first split). Splits are read on the driver when a job first needs them.
 * A file whose suffix names a Hadoop codec (`.gz`, `.deflate`, `.zst`, ...) is decompressed
 * and never split, as Hadoop's TextInputFormat does for codecs that cannot split.
 */
import { RDD } from '../../rdd';
import type { Dependency, Recipe, SparkContext } from '../../rdd';
import { FlintError } from '../../errors';
import { hadoopInputMessageOf, isVfsError } from '../../io/vfs-error';
import type { Vfs } from '../../io';
import { tuple } from '../../values/py';
import { decodeInput, inputCodec, outputCodec } from '../../dataframe/compressed-files';

const vfsByContext = new WeakMap<SparkContext, Vfs>();
const LOCAL_BLOCK = 32 * 1024 * 1024;
const SPLIT_SLOP = 1.1;

export function setContextVfs(sc: SparkContext, vfs: Vfs): void {
  vfsByContext.set(sc, vfs);
}

export function contextVfs(sc: SparkContext): Vfs {
  const vfs = vfsByContext.get(sc);
  if (!vfs) throw new FlintError('java.lang.UnsupportedOperationException', 'this SparkContext has no file system (the session did not give one)');
  return vfs;
}

interface Split {
  readonly path: string;
  readonly start: number;
  readonly length: number;
}

export function inputFiles(vfs: Vfs, path: string): { path: string; size: number }[] {
  try {
    return vfs.inputFiles(path.split(',')).map((f) => ({ path: f.path, size: f.size }));
  } catch (e) {
    if (isVfsError(e) && e.kind === 'not-found') throw new FlintError('org.apache.hadoop.mapred.InvalidInputException', hadoopInputMessageOf(e.info));
    throw e;
  }
}

export function hadoopSplits(files: readonly { path: string; size: number }[], minPartitions: number): Split[] {
  const total = files.reduce((a, f) => a + f.size, 0);
  const goal = Math.floor(total / (minPartitions === 0 ? 1 : minPartitions));
  const splitSize = Math.max(1, Math.min(goal, LOCAL_BLOCK));
  const out: Split[] = [];
  for (const f of files) {
    if (f.size === 0 || inputCodec(f.path) !== null) {
      out.push({ path: f.path, start: 0, length: f.size });
      continue;
    }
    let left = f.size;
    while (left / splitSize > SPLIT_SLOP) {
      out.push({ path: f.path, start: f.size - left, length: splitSize });
      left -= splitSize;
    }
    if (left !== 0) out.push({ path: f.path, start: f.size - left, length: left });
  }
  return out;
}

/** Lines (terminators \n, \r, \r\n dropped) whose first byte lies in the split's range. */
export function splitLines(bytes: Uint8Array, split: Split): string[] {
  const decoder = new TextDecoder('utf-8');
  const end = split.start + split.length;
  const lines: string[] = [];
  let p = 0;
  while (p < bytes.length && p <= end) {
    let q = p;
    while (q < bytes.length && bytes[q] !== 0x0a && bytes[q] !== 0x0d) q++;
    if (split.start === 0 ? p >= 0 : p > split.start) lines.push(decoder.decode(bytes.subarray(p, q)));
    if (q < bytes.length && bytes[q] === 0x0d && bytes[q + 1] === 0x0a) q++;
    p = q + 1;
  }
  return lines;
}

/** A file source whose partitions are computed (and read) when a job first asks. */
export class FileSourceRDD extends RDD {
  private parts: unknown[][] | undefined;

  constructor(
    sc: SparkContext,
    className: string,
    operation: string,
    private readonly load: () => unknown[][],
  ) {
    super(sc, sc.newRddId(), className, operation);
  }

  private partitions(): unknown[][] {
    this.parts ??= this.load();
    return this.parts;
  }

  getNumPartitions(): number {
    return this.partitions().length;
  }

  protected computeDependencies(): Dependency[] {
    return [];
  }

  protected compute(partition: number): Recipe {
    return { partition, source: { kind: 'collection', items: this.partitions()[partition]! }, ops: [] };
  }
}

export function textFileRdd(sc: SparkContext, path: string, minPartitions: number): RDD {
  const vfs = contextVfs(sc);
  return new FileSourceRDD(sc, 'HadoopRDD', 'textFile', () => {
    const splits = hadoopSplits(inputFiles(vfs, path), minPartitions);
    const cache = new Map<string, Uint8Array>();
    return splits.map((s) => {
      let bytes = cache.get(s.path);
      if (!bytes) cache.set(s.path, (bytes = decodeInput(s.path, vfs.readFile(s.path))));
      return splitLines(bytes, inputCodec(s.path) === null ? s : { ...s, length: bytes.length });
    });
  }).setName(path);
}

/** One (qualified path, text) record per file, files packed in order up to total/minPartitions bytes. */
export function wholeTextFilesRdd(sc: SparkContext, path: string, minPartitions: number): RDD {
  const vfs = contextVfs(sc);
  return new FileSourceRDD(sc, 'WholeTextFileRDD', 'wholeTextFiles', () => {
    const files = inputFiles(vfs, path);
    const total = files.reduce((a, f) => a + f.size, 0);
    const max = Math.ceil(total / Math.max(minPartitions, 1));
    const parts: unknown[][] = [];
    let cur: unknown[] = [];
    let size = 0;
    for (const f of files) {
      cur.push(tuple([vfs.qualify(f.path), new TextDecoder().decode(decodeInput(f.path, vfs.readFile(f.path)))]));
      size += f.size;
      if (size >= max) {
        parts.push(cur);
        cur = [];
        size = 0;
      }
    }
    if (cur.length > 0 || parts.length === 0) parts.push(cur);
    return parts;
  });
}

/** The Hadoop codec classes saveAsTextFile writes, by the text writers' codec names. */
const CODEC_CLASSES: Readonly<Record<string, string>> = {
  'org.apache.hadoop.io.compress.GzipCodec': 'gzip',
  'org.apache.hadoop.io.compress.DefaultCodec': 'deflate',
  'org.apache.hadoop.io.compress.DeflateCodec': 'deflate',
};
const KNOWN_CODECS = ['BZip2Codec', 'Lz4Codec', 'SnappyCodec', 'ZStandardCodec'].map((c) => `org.apache.hadoop.io.compress.${c}`);

/** Writes part-NNNNN files (one per partition, compressed with `codecClass` if given) and _SUCCESS, refusing an existing directory. */
export function writeTextParts(sc: SparkContext, path: string, parts: readonly (readonly [number, string])[], codecClass: string | null = null): void {
  const vfs = contextVfs(sc);
  const codec = codecClass === null ? outputCodec('none')! : outputCodec(CODEC_CLASSES[codecClass] ?? '');
  if (!codec) {
    if (KNOWN_CODECS.includes(codecClass!)) throw new FlintError('java.lang.UnsupportedOperationException', `Flint writes text files uncompressed, gzip (GzipCodec) or deflate (DefaultCodec); ${codecClass} is not available.`);
    throw new FlintError('java.lang.ClassNotFoundException', String(codecClass));
  }
  if (vfs.exists(path)) {
    throw new FlintError('org.apache.hadoop.mapred.FileAlreadyExistsException', `Output directory ${vfs.qualify(path)} already exists`);
  }
  vfs.mkdirs(path);
  for (const [i, text] of [...parts].sort((a, b) => a[0] - b[0])) {
    vfs.writeFile(`${path.replace(/\/$/, '')}/part-${String(i).padStart(5, '0')}${codec.suffix}`, codec.encode(text));
  }
  vfs.writeFile(`${path.replace(/\/$/, '')}/_SUCCESS`, '');
}
