/**
 * RDD.toDebugString as Spark prints it: `(N) ` partition counts where a stage starts,
 * ` |  ` for narrow parents, `+-` for a shuffle's map side, storage levels in brackets.
 */
import type { RDD } from './rdd';

function self(rdd: RDD): string[] {
  const level = rdd.storageLevel.isValid ? rdd.storageLevel.description : '';
  const lines = [`${rdd.toString()} [${level}]`];
  if (rdd.storageLevel.isValid) {
    const cached = rdd.context.scheduler.blocks.count(`rdd_${rdd.rddId}_`);
    if (cached > 0) lines.push(`    CachedPartitions: ${cached}; MemorySize: unknown; DiskSize: 0.0 B`);
  }
  return lines;
}

function children(rdd: RDD, prefix: string): string[] {
  const deps = rdd.dependencies();
  return deps.flatMap((d, i) => describe(d.rdd, prefix, d.kind === 'shuffle', i === deps.length - 1));
}

function describe(rdd: RDD, prefix: string, isShuffle: boolean, isLastChild: boolean): string[] {
  if (!isShuffle) return [...self(rdd).map((l) => prefix + l), ...children(rdd, prefix)];
  const count = `(${rdd.getNumPartitions()})`;
  const left = Math.floor((count.length - 1) / 2);
  const thisPrefix = prefix.replace(/\|\s+$/, '');
  const nextPrefix = `${thisPrefix}${isLastChild ? '  ' : '| '}${' '.repeat(left)}|${' '.repeat(count.length - left)}`;
  const lines = self(rdd).map((l, i) => (i === 0 ? `${thisPrefix}+-${count} ${l}` : `${nextPrefix}${l}`));
  return [...lines, ...children(rdd, nextPrefix)];
}

export function debugString(rdd: RDD): string {
  const count = `(${rdd.getNumPartitions()})`;
  const left = Math.floor((count.length - 1) / 2);
  const nextPrefix = `${' '.repeat(left)}|${' '.repeat(count.length - left)}`;
  const lines = self(rdd).map((l, i) => (i === 0 ? `${count} ${l}` : `${nextPrefix} ${l}`));
  return [...lines, ...children(rdd, nextPrefix)].join('\n');
}
