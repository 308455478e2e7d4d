/**
 * The graph figure the Spark UI draws twice (a job's DAG of RDDs, a query's physical plan):
 * an SVG whose nodes take focus in turn (arrow keys, Home and End move between them, Enter
 * or Space describes one below the picture), each node an image labelled in words, and a
 * text version of the same graph after it.
 */
import { useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export interface GraphItem {
  readonly key: string;
  /** The node's classes (the picked one also gets the figure's `pickedClass`). */
  readonly className: string;
  /** The node in words: its aria-label, and the description shown when it is picked. */
  readonly label: string;
  /** data-* attributes that name what the node stands for (`data-rdd`, `data-operator`). */
  readonly data: Readonly<Record<`data-${string}`, string | number>>;
  /** A tooltip (SVG title). */
  readonly title?: string;
  /** What is drawn: its box and lines of text. */
  readonly body: ReactNode;
}

export function FocusGraph(props: {
  readonly figureClass: string;
  readonly caption: ReactNode;
  /** The SVG's accessible name. */
  readonly label: string;
  readonly width: number;
  readonly height: number;
  readonly viewBox: string;
  readonly markerId: string;
  /** Drawn under the nodes: clusters or stage boxes, and the edges. */
  readonly behind: ReactNode;
  readonly items: readonly GraphItem[];
  readonly pickedClass: string;
  /** After the figure's picture: its text version. */
  readonly after: ReactNode;
}) {
  const { items } = props;
  const [focus, setFocus] = useState(0);
  const [picked, setPicked] = useState<string | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const move = (to: number) => {
    const i = Math.max(0, Math.min(items.length - 1, to));
    setFocus(i);
    refs.current[i]?.focus();
  };
  const onKey = (e: KeyboardEvent<SVGGElement>, i: number) => {
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') setPicked(items[i]!.key);
    else return;
    e.preventDefault();
  };
  const pickedItem = items.find((n) => n.key === picked);
  return (
    <figure className={props.figureClass}>
      <figcaption>{props.caption}</figcaption>
      <div className="dag-scroll">
        <svg role="group" aria-label={props.label} width={props.width} height={props.height} viewBox={props.viewBox}>
          <defs>
            <marker id={props.markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
              <path d="M 0 0 L 10 5 L 0 10 z" fill="#57606a" />
            </marker>
          </defs>
          {props.behind}
          {items.map((n, i) => (
            <g
              key={n.key}
              ref={(el) => {
                refs.current[i] = el;
              }}
              className={picked === n.key ? `${n.className} ${props.pickedClass}` : n.className}
              {...n.data}
              tabIndex={i === focus ? 0 : -1}
              role="img"
              aria-label={n.label}
              onKeyDown={(e) => onKey(e, i)}
              onFocus={() => setFocus(i)}
              onClick={() => setPicked(n.key)}
            >
              {n.title !== undefined && <title>{n.title}</title>}
              {n.body}
            </g>
          ))}
        </svg>
      </div>
      {pickedItem && (
        <p className="dag-picked" aria-live="polite">
          {pickedItem.label}
        </p>
      )}
      {props.after}
    </figure>
  );
}
