/**
 * The stage graph: stages are cut at shuffle dependencies and created parents first (so
 * parents have lower ids); a shuffle's map stage is created once and reused by every job
 * that needs it. "Missing" parents are those whose map outputs are not all available,
 * looking through narrow dependencies but not below an RDD whose partitions are all cached.
 */
import type { RDD } from './rdd';
import { Stage } from './stage';
import { blockId } from './task';
import type { BlockTracker, MapOutputTracker } from './trackers';

export class StageGraph {
  private nextStageId = 0;
  readonly shuffleStages = new Map<number, Stage>();

  constructor(
    private readonly mapOutputs: MapOutputTracker,
    private readonly blocks: BlockTracker,
  ) {}

  resultStage(rdd: RDD, numTasks: number, callSite?: string): Stage {
    const parents = this.parentStages(rdd);
    return new Stage(this.nextStageId++, rdd, numTasks, parents, undefined, callSite);
  }

  /** Forgets a shuffle whose RDD is gone. */
  drop(shuffleId: number): void {
    this.shuffleStages.delete(shuffleId);
  }

  /** The shuffle dependencies reached from `rdd` through narrow ones, in lineage order. */
  private shuffleDeps(rdd: RDD): { rdd: RDD; shuffle: NonNullable<Stage['shuffle']> }[] {
    const out: { rdd: RDD; shuffle: NonNullable<Stage['shuffle']> }[] = [];
    const seen = new Set<RDD>();
    const visit = (r: RDD) => {
      if (seen.has(r)) return;
      seen.add(r);
      for (const d of r.dependencies()) {
        if (d.kind === 'shuffle') out.push({ rdd: d.rdd, shuffle: d.shuffle });
        else visit(d.rdd);
      }
    };
    visit(rdd);
    return out;
  }

  parentStages(rdd: RDD): Stage[] {
    return this.shuffleDeps(rdd).map((d) => this.mapStage(d.rdd, d.shuffle));
  }

  mapStage(rdd: RDD, shuffle: NonNullable<Stage['shuffle']>): Stage {
    const existing = this.shuffleStages.get(shuffle.shuffleId);
    if (existing) return existing;
    const parents = this.parentStages(rdd);
    const stage = new Stage(this.nextStageId++, rdd, rdd.getNumPartitions(), parents, shuffle);
    this.mapOutputs.register(shuffle.shuffleId, stage.numTasks, shuffle.numPartitions);
    this.shuffleStages.set(shuffle.shuffleId, stage);
    return stage;
  }

  private fullyCached(rdd: RDD): boolean {
    if (!rdd.storageLevel.isValid) return false;
    for (let p = 0; p < rdd.getNumPartitions(); p++) if (this.blocks.locationsOf(blockId(rdd.rddId, p)).length === 0) return false;
    return true;
  }

  /** Parent map stages whose outputs are needed and not all available. */
  missingParents(stage: Stage): Stage[] {
    const out = new Set<Stage>();
    const seen = new Set<RDD>();
    const visit = (r: RDD) => {
      if (seen.has(r) || this.fullyCached(r)) return;
      seen.add(r);
      for (const d of r.dependencies()) {
        if (d.kind === 'narrow') visit(d.rdd);
        else if (!this.mapOutputs.isAvailable(d.shuffle.shuffleId)) out.add(this.mapStage(d.rdd, d.shuffle));
      }
    };
    visit(stage.rdd);
    return [...out].sort((a, b) => a.id - b.id);
  }

  /** Map tasks a stage will wait for: its missing parents' missing partitions, recursively. */
  missingTaskCount(stage: Stage, seen: Set<number>): number {
    let n = 0;
    for (const p of this.missingParents(stage)) {
      if (seen.has(p.id)) continue;
      seen.add(p.id);
      n += this.mapOutputs.missing(p.shuffle!.shuffleId).length + this.missingTaskCount(p, seen);
    }
    return n;
  }

  ancestors(stage: Stage, into = new Map<number, Stage>()): Map<number, Stage> {
    into.set(stage.id, stage);
    for (const p of stage.parents) if (!into.has(p.id)) this.ancestors(p, into);
    return into;
  }
}
