/**
 * What the Spark UI needs to draw a job's DAG: each stage's RDDs with their narrow and
 * wide (shuffle) parents, taken from the lineage when the job starts.
 */
import type { RDD } from './rdd';
import type { Stage } from './stage';
import type { RddInfo, StageInfo } from './events';

function rddInfo(rdd: RDD): RddInfo {
  const deps = rdd.dependencies();
  return {
    id: rdd.rddId,
    name: rdd.name() ?? rdd.className,
    className: rdd.className,
    callSite: rdd.creationSite,
    numPartitions: rdd.getNumPartitions(),
    storageLevel: rdd.storageLevel.isValid ? rdd.storageLevel.description : null,
    checkpointed: rdd.checkpointData !== undefined,
    narrowParentIds: deps.filter((d) => d.kind === 'narrow').map((d) => d.rdd.rddId),
    shuffleParentIds: deps.filter((d) => d.kind === 'shuffle').map((d) => d.rdd.rddId),
  };
}

/** The stage's RDDs: its last RDD and everything reached through narrow dependencies. */
export function stageInfo(stage: Stage): StageInfo {
  const rdds: RddInfo[] = [];
  const seen = new Set<RDD>();
  const visit = (r: RDD) => {
    if (seen.has(r)) return;
    seen.add(r);
    rdds.push(rddInfo(r));
    for (const d of r.dependencies()) if (d.kind === 'narrow') visit(d.rdd);
  };
  visit(stage.rdd);
  return {
    stageId: stage.id,
    name: stage.name,
    stageKind: stage.shuffle ? 'shuffleMap' : 'result',
    numTasks: stage.numTasks,
    parentIds: stage.parents.map((p) => p.id),
    rdds,
    ...(stage.shuffle ? { shuffleId: stage.shuffle.shuffleId, numReducers: stage.shuffle.numPartitions } : {}),
  };
}

/**
 * Accumulator values as text for the UI. Language layers install their own (Python's repr);
 * this default covers JS values and never throws.
 */
export function describeJsValue(v: unknown): string {
  try {
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'bigint') return v.toString();
    if (Array.isArray(v)) return `[${v.map(describeJsValue).join(', ')}]`;
    return String(v);
  } catch {
    return '<value>';
  }
}
