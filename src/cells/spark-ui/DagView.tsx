/**
 * A job's DAG as SVG: stage boxes, RDD nodes, narrow (solid) and shuffle (dashed) edges,
 * recomputed partitions in orange. Nodes take focus in turn (FocusGraph: arrow keys move
 * between them); a text version of the same graph follows the picture.
 */
import { useMemo } from 'react';
import { NODE_H, NODE_W, layoutDag } from '../../notebook/spark-ui/dag-layout';
import { FocusGraph } from './FocusGraph';
import type { GraphItem } from './FocusGraph';
import type { DagLayout, DagNode } from '../../notebook/spark-ui/dag-layout';
import type { JobView, RecomputedPartition } from '../../notebook/spark-ui/types';

function nodeLabel(n: DagNode): string {
  const parts = [`RDD ${n.rdd.id} ${n.rdd.name}`, n.rdd.callSite, `${n.rdd.numPartitions} partitions`];
  if (n.cached) parts.push(`cached (${n.rdd.storageLevel})`);
  if (n.rdd.checkpointed) parts.push('checkpointed');
  if (n.recomputed.length > 0) parts.push(`recomputed partitions ${n.recomputed.join(', ')}`);
  return parts.join(', ');
}

function DagText({ layout }: { readonly layout: DagLayout }) {
  return (
    <details className="dag-text">
      <summary>DAG as text</summary>
      <ul>
        {layout.boxes.map((b) => (
          <li key={b.stageId}>
            Stage {b.stageId} ({b.kind === 'result' ? 'result' : 'shuffle map'}{b.skipped ? ', skipped' : ''})
            {b.recomputed.length > 0 ? `: recomputed map partitions ${b.recomputed.join(', ')}` : ''}
            <ul>
              {layout.nodes
                .filter((n) => n.stageId === b.stageId)
                .map((n) => {
                  const from = layout.edges.filter((e) => e.to === n.key);
                  return (
                    <li key={n.key}>
                      {nodeLabel(n)}
                      {from.length > 0 ? ` ← ${from.map((e) => `${e.kind === 'shuffle' ? 'shuffle from ' : ''}RDD ${e.from.split(':')[1]}`).join(', ')}` : ''}
                    </li>
                  );
                })}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

export function DagView({ job, skipped, recomputed }: { readonly job: JobView; readonly skipped: ReadonlySet<number>; readonly recomputed: readonly RecomputedPartition[] }) {
  const layout = useMemo(() => layoutDag(job, skipped, recomputed), [job, skipped, recomputed]);
  if (layout.nodes.length === 0) return <p className="spark-ui-empty">No lineage was reported for job {job.jobId}.</p>;
  const pad = 8;
  const recomputedCount = layout.boxes.reduce((n, b) => n + b.recomputed.length, 0) + layout.nodes.reduce((n, x) => n + x.recomputed.length, 0);
  const items: GraphItem[] = layout.nodes.map((n) => ({
    key: n.key,
    className: `dag-node${n.cached ? ' dag-node-cached' : ''}${n.recomputed.length > 0 ? ' dag-recomputed' : ''}`,
    label: nodeLabel(n),
    data: { 'data-rdd': n.rdd.id },
    body: (
      <>
        <rect x={n.x} y={n.y} width={NODE_W} height={NODE_H} rx={4} />
        <text x={n.x + 6} y={n.y + 14}>
          {n.rdd.name.length > 20 ? `${n.rdd.name.slice(0, 19)}…` : n.rdd.name} [{n.rdd.id}]
        </text>
        <text x={n.x + 6} y={n.y + 28} className="dag-site">
          {n.recomputed.length > 0 ? `↻ partitions ${n.recomputed.join(', ')}` : n.rdd.callSite.length > 22 ? `${n.rdd.callSite.slice(0, 21)}…` : n.rdd.callSite}
        </text>
      </>
    ),
  }));
  return (
    <FocusGraph
      figureClass="dag"
      caption={
        <>
          DAG of job {job.jobId}: {layout.boxes.length} stages, {layout.nodes.length} RDDs, {layout.edges.filter((e) => e.kind === 'shuffle').length} shuffles
          {recomputedCount > 0 ? '; recomputed partitions are outlined in orange' : ''}. Arrow keys move between RDDs.
        </>
      }
      label={`DAG of job ${job.jobId}`}
      width={layout.width + 2 * pad}
      height={layout.height + 2 * pad}
      viewBox={`${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}`}
      markerId="dag-arrow"
      behind={
        <>
          {layout.boxes.map((b) => (
            <g key={b.stageId} className={`dag-stage${b.skipped ? ' dag-stage-skipped' : ''}${b.recomputed.length > 0 ? ' dag-recomputed' : ''}`} data-stage={b.stageId}>
              <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={6} />
              <text x={b.x + 8} y={b.y + 16}>
                Stage {b.stageId}
                {b.skipped ? ' (skipped)' : ''}
                {b.recomputed.length > 0 ? ` ↻ ${b.recomputed.join(', ')}` : ''}
              </text>
            </g>
          ))}
          {layout.edges.map((e) => (
            <line key={`${e.from}-${e.to}`} className={`dag-edge dag-edge-${e.kind}`} x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} markerEnd="url(#dag-arrow)" />
          ))}
        </>
      }
      items={items}
      pickedClass="dag-node-picked"
      after={<DagText layout={layout} />}
    />
  );
}
