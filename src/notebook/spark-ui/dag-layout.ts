/**
 * Lays out a job's DAG as Spark's UI draws it: one box per stage (parents to the left),
 * the stage's RDDs inside from sources (top) to its last RDD (bottom), narrow edges inside
 * a box and shuffle (wide) edges between boxes. Pure geometry for an SVG.
 */
import type { JobView, RddInfo, RecomputedPartition, StageInfo } from './types';

export interface DagNode {
  readonly key: string;
  readonly stageId: number;
  readonly rdd: RddInfo;
  readonly x: number;
  readonly y: number;
  readonly cached: boolean;
  /** Partitions of this RDD rebuilt in this job because the cached copy was lost. */
  readonly recomputed: readonly number[];
}

export interface DagBox {
  readonly stageId: number;
  readonly kind: StageInfo['stageKind'];
  readonly skipped: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Map partitions this stage ran again in this job because their shuffle output was lost. */
  readonly recomputed: readonly number[];
}

export interface DagEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: 'narrow' | 'shuffle';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface DagLayout {
  readonly width: number;
  readonly height: number;
  readonly boxes: readonly DagBox[];
  readonly nodes: readonly DagNode[];
  readonly edges: readonly DagEdge[];
}

export const NODE_W = 150;
export const NODE_H = 34;
const GAP_X = 16;
const GAP_Y = 22;
const BOX_PAD = 14;
const BOX_HEAD = 22;
const BOX_GAP = 60;

const unique = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);

export function layoutDag(job: JobView, skipped: ReadonlySet<number>, recomputed: readonly RecomputedPartition[]): DagLayout {
  const stages = [...job.stageInfos].sort((a, b) => a.stageId - b.stageId);
  const byId = new Map(stages.map((s) => [s.stageId, s]));
  // Column of a stage: one past its deepest parent stage.
  const column = new Map<number, number>();
  for (const s of stages) column.set(s.stageId, Math.max(-1, ...s.parentIds.map((p) => column.get(p) ?? -1)) + 1);
  const mine = recomputed.filter((r) => r.jobId === job.jobId);

  const boxes: DagBox[] = [];
  const nodes: DagNode[] = [];
  const nodeAt = new Map<string, DagNode>();
  const colX: number[] = [];
  const colY: number[] = [];
  let height = 0;
  for (const s of stages) {
    const inStage = new Map(s.rdds.map((r) => [r.id, r]));
    const depth = new Map<number, number>();
    const depthOf = (id: number): number => {
      const known = depth.get(id);
      if (known !== undefined) return known;
      depth.set(id, 0);
      const r = inStage.get(id)!;
      const d = Math.max(-1, ...r.narrowParentIds.filter((p) => inStage.has(p)).map(depthOf)) + 1;
      depth.set(id, d);
      return d;
    };
    const rows: RddInfo[][] = [];
    for (const r of [...s.rdds].sort((a, b) => a.id - b.id)) (rows[depthOf(r.id)] ??= []).push(r);
    const across = Math.max(1, ...rows.map((row) => row.length));
    const width = across * NODE_W + (across - 1) * GAP_X + 2 * BOX_PAD;
    const boxHeight = BOX_HEAD + rows.length * NODE_H + Math.max(0, rows.length - 1) * GAP_Y + 2 * BOX_PAD;
    const col = column.get(s.stageId)!;
    const x = colX[col] ?? (col === 0 ? 0 : Math.max(...boxes.filter((b) => column.get(b.stageId) === col - 1).map((b) => b.x + b.width)) + BOX_GAP);
    colX[col] = x;
    const y = colY[col] ?? 0;
    colY[col] = y + boxHeight + BOX_GAP / 2;
    height = Math.max(height, y + boxHeight);
    boxes.push({
      stageId: s.stageId, kind: s.stageKind, skipped: skipped.has(s.stageId), x, y, width, height: boxHeight,
      recomputed: unique(mine.filter((r) => r.stageId === s.stageId && r.rddId === null).map((r) => r.partition)),
    });
    rows.forEach((row, i) =>
      row.forEach((r, j) => {
        const node: DagNode = {
          key: `${s.stageId}:${r.id}`, stageId: s.stageId, rdd: r,
          x: x + BOX_PAD + j * (NODE_W + GAP_X), y: y + BOX_HEAD + BOX_PAD + i * (NODE_H + GAP_Y),
          cached: r.storageLevel !== null,
          recomputed: unique(mine.filter((m) => m.rddId === r.id).map((m) => m.partition)),
        };
        nodes.push(node);
        nodeAt.set(node.key, node);
      }),
    );
  }

  const edges: DagEdge[] = [];
  const edge = (from: DagNode, to: DagNode, kind: DagEdge['kind']) =>
    edges.push({
      from: from.key, to: to.key, kind,
      ...(kind === 'narrow'
        ? { x1: from.x + NODE_W / 2, y1: from.y + NODE_H, x2: to.x + NODE_W / 2, y2: to.y }
        : { x1: from.x + NODE_W, y1: from.y + NODE_H / 2, x2: to.x, y2: to.y + NODE_H / 2 }),
    });
  for (const n of nodes) {
    for (const p of n.rdd.narrowParentIds) {
      const from = nodeAt.get(`${n.stageId}:${p}`);
      if (from) edge(from, n, 'narrow');
    }
    for (const p of n.rdd.shuffleParentIds) {
      // The parent RDD is the last RDD of one of this stage's parent map stages.
      const parentStage = byId.get(n.stageId)!.parentIds.find((sid) => nodeAt.has(`${sid}:${p}`));
      const from = parentStage === undefined ? undefined : nodeAt.get(`${parentStage}:${p}`);
      if (from) edge(from, n, 'shuffle');
    }
  }
  const width = Math.max(0, ...boxes.map((b) => b.x + b.width));
  return { width, height, boxes, nodes, edges };
}
