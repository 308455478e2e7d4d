/**
 * A query's physical plan as Spark's SQL tab draws it: operators as boxes (rows flow from
 * the scans at the top down to the result), WholeStageCodegen stages as dashed clusters,
 * and each operator's metrics in its box. Operators take focus in turn (arrow keys move
 * between them, Enter describes one); the same plan follows as a nested list.
 */
import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { PLAN_NODE_H, PLAN_NODE_W, layoutPlanGraph, metricLines, planNodeLabel } from '../../notebook/spark-ui/sql-views';
import type { PlanGraphNode } from '../../notebook/spark-ui/sql-views';
import type { SqlExecutionView, SqlPlanNode } from '../../notebook/spark-ui/types';

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function PlanText({ node, x }: { readonly node: SqlPlanNode; readonly x: SqlExecutionView }) {
  const lines = metricLines(x.metrics.get(node.id) ?? null);
  return (
    <li>
      {node.codegenStage !== null ? `*(${node.codegenStage}) ` : ''}
      {node.detail}
      {lines.length > 0 ? ` (${lines.join(', ')})` : ''}
      {node.children.length > 0 && (
        <ul>
          {node.children.map((c) => (
            <PlanText key={c.id} node={c} x={x} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function PlanGraphView({ x }: { readonly x: SqlExecutionView }) {
  // Metrics arrive at the end of the execution: the layout is cheap, so it is redone each render.
  const graph = layoutPlanGraph(x.plan, x.metrics);
  const [focus, setFocus] = useState(0);
  const [picked, setPicked] = useState<number | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const move = (to: number) => {
    const i = Math.max(0, Math.min(graph.nodes.length - 1, to));
    setFocus(i);
    refs.current[i]?.focus();
  };
  const onKey = (e: KeyboardEvent<SVGGElement>, i: number) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(graph.nodes.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') setPicked(graph.nodes[i]!.node.id);
    else return;
    e.preventDefault();
  };
  const pickedNode: PlanGraphNode | undefined = graph.nodes.find((n) => n.node.id === picked);
  const measured = graph.nodes.filter((n) => n.metrics?.rows !== null && n.metrics?.rows !== undefined).length;
  return (
    <figure className="plan-graph">
      <figcaption>
        Physical plan of query {x.executionId}: {graph.nodes.length} operators in {graph.clusters.length} WholeStageCodegen stages
        {x.status === 'running' ? '; metrics appear when it finishes' : `; ${measured} with row counts`}. Rows flow from the top down. Arrow keys move between operators.
      </figcaption>
      <div className="dag-scroll">
        <svg
          role="group"
          aria-label={`Plan graph of query ${x.executionId}`}
          width={graph.width}
          height={graph.height}
          viewBox={`0 0 ${graph.width} ${graph.height}`}
        >
          <defs>
            <marker id="plan-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#57606a" />
            </marker>
          </defs>
          {graph.clusters.map((c) => (
            <g key={c.stage} className="plan-cluster" data-codegen-stage={c.stage}>
              <rect x={c.x} y={c.y} width={c.width} height={c.height} rx={6} />
              <text x={c.x + 6} y={c.y + 12}>
                WholeStageCodegen ({c.stage})
              </text>
            </g>
          ))}
          {graph.edges.map((e) => (
            <line key={`${e.from}-${e.to}`} className="plan-edge" x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2 - 2} markerEnd="url(#plan-arrow)" />
          ))}
          {graph.nodes.map((n, i) => {
            const metrics = metricLines(n.metrics);
            // Operators without metrics show what they do (the rest of their EXPLAIN line).
            const detail = n.node.detail.slice(n.node.name.length).replace(/^[\s(]+/, '');
            const lines = metrics.length >= 2 || !detail ? metrics : [...metrics, detail];
            return (
              <g
                key={n.node.id}
                ref={(el) => {
                  refs.current[i] = el;
                }}
                className={`plan-node plan-node-${n.node.name.toLowerCase().replace(/\s+/g, '-')}${n.metrics?.distributed ? ' plan-node-distributed' : ''}${picked === n.node.id ? ' plan-node-picked' : ''}`}
                data-operator={n.node.name}
                tabIndex={i === focus ? 0 : -1}
                role="img"
                aria-label={planNodeLabel(n)}
                onKeyDown={(e) => onKey(e, i)}
                onFocus={() => setFocus(i)}
                onClick={() => setPicked(n.node.id)}
              >
                <title>{n.node.detail}</title>
                <rect x={n.x} y={n.y} width={PLAN_NODE_W} height={PLAN_NODE_H} rx={4} />
                <text x={n.x + 6} y={n.y + 15} className="plan-name">
                  {clip(n.node.name, 30)}
                </text>
                {lines.slice(0, 2).map((l, k) => (
                  <text key={l} x={n.x + 6} y={n.y + 30 + 13 * k} className={k < metrics.length ? 'plan-metric' : 'plan-detail'}>
                    {clip(l, 36)}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      {pickedNode && (
        <p className="dag-picked" aria-live="polite">
          {planNodeLabel(pickedNode)}
        </p>
      )}
      <details className="dag-text">
        <summary>Plan as text, with metrics</summary>
        <ul>
          <PlanText node={x.plan} x={x} />
        </ul>
      </details>
    </figure>
  );
}
