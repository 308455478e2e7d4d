/**
 * A query's physical plan as Spark's SQL tab draws it: operators as boxes (rows flow from
 * the scans at the top down to the result), WholeStageCodegen stages as dashed clusters,
 * and each operator's metrics in its box. Operators take focus in turn (FocusGraph: arrow
 * keys move between them, Enter describes one); the same plan follows as a nested list.
 */
import { PLAN_NODE_H, PLAN_NODE_W, layoutPlanGraph, metricLines, planNodeLabel } from '../../notebook/spark-ui/sql-views';
import type { SqlExecutionView, SqlPlanNode } from '../../notebook/spark-ui/types';
import { FocusGraph } from './FocusGraph';
import type { GraphItem } from './FocusGraph';

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
  const measured = graph.nodes.filter((n) => n.metrics?.rows !== null && n.metrics?.rows !== undefined).length;
  const items: GraphItem[] = graph.nodes.map((n) => {
    const metrics = metricLines(n.metrics);
    // Operators without metrics show what they do (the rest of their EXPLAIN line).
    const detail = n.node.detail.slice(n.node.name.length).replace(/^[\s(]+/, '');
    const lines = metrics.length >= 2 || !detail ? metrics : [...metrics, detail];
    return {
      key: String(n.node.id),
      className: `plan-node plan-node-${n.node.name.toLowerCase().replace(/\s+/g, '-')}${n.metrics?.distributed ? ' plan-node-distributed' : ''}`,
      label: planNodeLabel(n),
      data: { 'data-operator': n.node.name },
      title: n.node.detail,
      body: (
        <>
          <rect x={n.x} y={n.y} width={PLAN_NODE_W} height={PLAN_NODE_H} rx={4} />
          <text x={n.x + 6} y={n.y + 15} className="plan-name">
            {clip(n.node.name, 30)}
          </text>
          {lines.slice(0, 2).map((l, k) => (
            <text key={l} x={n.x + 6} y={n.y + 30 + 13 * k} className={k < metrics.length ? 'plan-metric' : 'plan-detail'}>
              {clip(l, 36)}
            </text>
          ))}
        </>
      ),
    };
  });
  return (
    <FocusGraph
      figureClass="plan-graph"
      caption={
        <>
          Physical plan of query {x.executionId}: {graph.nodes.length} operators in {graph.clusters.length} WholeStageCodegen stages
          {x.status === 'running' ? '; metrics appear when it finishes' : `; ${measured} with row counts`}. Rows flow from the top down. Arrow keys move between operators.
        </>
      }
      label={`Plan graph of query ${x.executionId}`}
      width={graph.width}
      height={graph.height}
      viewBox={`0 0 ${graph.width} ${graph.height}`}
      markerId="plan-arrow"
      behind={
        <>
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
        </>
      }
      items={items}
      pickedClass="plan-node-picked"
      after={
        <details className="dag-text">
          <summary>Plan as text, with metrics</summary>
          <ul>
            <PlanText node={x.plan} x={x} />
          </ul>
        </details>
      }
    />
  );
}
