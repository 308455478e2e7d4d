/**
 * The binary and Hadoop file formats of `pyspark._native` over the session's VFS: pickle and
 * sequence files (one record file per partition, in Flint's own value serialisation: only Flint
 * reads them back), TextInputFormat's `(byte offset, line)` records, binaryFiles and
 * binaryRecords. Directories are written as Spark does: `part-NNNNN` files and `_SUCCESS`,
 * refusing an existing output directory.
 */
import { FlintError } from '../../errors';
import type { RDD, SparkContext } from '../../rdd';
import { deserialize, serialize } from '../../values/serialize';
import { PyBytes, toArray, tuple } from '../../values/py';
import type { PyTuple } from '../../values/py';
import { FileSourceRDD, contextVfs, hadoopSplits, inputFiles } from './text-files';

const MAGIC = 'FLINTSEQ1\n';

function partName(path: string, i: number, suffix = ''): string {
  return `${path.replace(/\/+$/, '')}/part-${String(i).padStart(5, '0')}${suffix}`;
}

/** Writes one record file per partition: `parts` are (index, [records]) tuples from a job. */
function saveRecords(sc: SparkContext, path: string, parts: unknown): null {
  const vfs = contextVfs(sc);
  if (vfs.exists(path)) throw new FlintError('org.apache.hadoop.mapred.FileAlreadyExistsException', `Output directory ${vfs.qualify(path)} already exists`);
  vfs.mkdirs(path);
  for (const t of toArray(parts) as PyTuple[]) {
    const body = serialize(toArray(t.items[1]));
    const bytes = new Uint8Array(MAGIC.length + body.length);
    bytes.set(new TextEncoder().encode(MAGIC));
    bytes.set(body, MAGIC.length);
    vfs.writeFile(partName(path, t.items[0] as number), bytes);
  }
  vfs.writeFile(`${path.replace(/\/+$/, '')}/_SUCCESS`, '');
  return null;
}

/** Record files back, one partition per file (comma-separated paths and directories allowed). */
function loadRecords(sc: SparkContext, path: string): RDD {
  const vfs = contextVfs(sc);
  return new FileSourceRDD(sc, 'HadoopRDD', 'sequenceFile', () =>
    inputFiles(vfs, path).map((f) => {
      const bytes = vfs.readFile(f.path);
      if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) {
        throw new FlintError('java.io.IOException', `${vfs.qualify(f.path)} not a SequenceFile`);
      }
      return deserialize(bytes.subarray(MAGIC.length)) as unknown[];
    }),
  ).setName(path);
}

/** TextInputFormat: (offset of the line's first byte in its file, line) for the lines each split owns. */
function hadoopText(sc: SparkContext, path: string, minPartitions: number): RDD {
  const vfs = contextVfs(sc);
  return new FileSourceRDD(sc, 'HadoopRDD', 'hadoopFile', () =>
    hadoopSplits(inputFiles(vfs, path), minPartitions).map((s) => {
      const bytes = vfs.readFile(s.path);
      const decoder = new TextDecoder('utf-8');
      const end = s.start + s.length;
      const out: unknown[] = [];
      let p = 0;
      while (p < bytes.length && p <= end) {
        let q = p;
        while (q < bytes.length && bytes[q] !== 0x0a && bytes[q] !== 0x0d) q++;
        if (s.start === 0 || p > s.start) out.push(tuple([p, decoder.decode(bytes.subarray(p, q))]));
        if (q < bytes.length && bytes[q] === 0x0d && bytes[q + 1] === 0x0a) q++;
        p = q + 1;
      }
      return out;
    }),
  ).setName(path);
}

/** (qualified path, bytes) per file, files spread over at most minPartitions partitions. */
function binaryFiles(sc: SparkContext, path: string, minPartitions: number): RDD {
  const vfs = contextVfs(sc);
  return new FileSourceRDD(sc, 'BinaryFileRDD', 'binaryFiles', () => {
    const files = inputFiles(vfs, path);
    const n = Math.max(1, Math.min(minPartitions, files.length));
    const parts: unknown[][] = Array.from({ length: n }, () => []);
    files.forEach((f, i) => parts[Math.floor((i * n) / files.length)]!.push(tuple([vfs.qualify(f.path), new PyBytes(vfs.readFile(f.path))])));
    return parts;
  }).setName(path);
}

/** Fixed-length records of every file, one partition per file. */
function binaryRecords(sc: SparkContext, path: string, recordLength: number): RDD {
  const vfs = contextVfs(sc);
  if (!(recordLength > 0)) throw new FlintError('java.lang.IllegalArgumentException', `requirement failed: Record length must be positive (was ${recordLength})`);
  return new FileSourceRDD(sc, 'BinaryRecordsRDD', 'binaryRecords', () =>
    inputFiles(vfs, path).map((f) => {
      const bytes = vfs.readFile(f.path);
      const out: unknown[] = [];
      for (let p = 0; p + recordLength <= bytes.length; p += recordLength) out.push(new PyBytes(bytes.slice(p, p + recordLength)));
      return out;
    }),
  ).setName(path);
}

function dumpValue(value: unknown): PyBytes {
  return new PyBytes(serialize(value));
}

function loadValue(bytes: PyBytes): unknown {
  return deserialize(bytes.b);
}

/** The VFS functions `pyspark._native` adds for these formats (positional arguments only). */
export const fileFormatNatives: Record<string, (...a: never[]) => unknown> = {
  save_records: saveRecords,
  load_records: loadRecords,
  hadoop_text: hadoopText,
  binary_files: binaryFiles,
  binary_records: binaryRecords,
  dump_value: dumpValue,
  load_value: loadValue,
  qualify: (sc: SparkContext, path: string) => contextVfs(sc).qualify(path),
  copy_file: (sc: SparkContext, src: string, dst: string) => {
    const vfs = contextVfs(sc);
    vfs.mkdirs(dst.slice(0, dst.lastIndexOf('/')) || '/');
    vfs.writeFile(dst, vfs.readFile(src));
    return null;
  },
  file_exists: (sc: SparkContext, path: string) => contextVfs(sc).exists(path),
};
