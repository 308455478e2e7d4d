/**
 * Steps through the optimizer for one query: each rule application that changed the plan,
 * with the plan before and after it as a line diff (removed lines struck through, added
 * lines underlined, each also marked in words). The trace is computed in the driver only
 * when asked for.
 */
import { useState } from 'react';
import { sqlOptimizerTrace } from '../../notebook/run';
import { lineDiff } from '../../notebook/spark-ui/sql-views';
import type { OptimizerTrace } from '../../workers/protocol';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'gone' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly trace: OptimizerTrace };

function Diff({ before, after }: { readonly before: string; readonly after: string }) {
  return (
    <pre className="plan-diff" tabIndex={0}>
      {lineDiff(before, after).map((l, i) => (
        <div key={i} className={`diff-line diff-${l.kind}`}>
          {l.kind === 'removed' ? (
            <>
              <span className="visually-hidden">removed: </span>
              <span aria-hidden="true">- </span>
              <del>{l.text}</del>
            </>
          ) : l.kind === 'added' ? (
            <>
              <span className="visually-hidden">added: </span>
              <span aria-hidden="true">+ </span>
              <ins>{l.text}</ins>
            </>
          ) : (
            <>
              <span aria-hidden="true">{'  '}</span>
              {l.text}
            </>
          )}
        </div>
      ))}
    </pre>
  );
}

export function OptimizerSteps({ executionId }: { readonly executionId: number }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [step, setStep] = useState(0);
  const load = async () => {
    setState({ kind: 'loading' });
    try {
      const trace = await sqlOptimizerTrace(executionId);
      setStep(0);
      setState(trace ? { kind: 'ready', trace } : { kind: 'gone' });
    } catch (e) {
      setState({ kind: 'failed', message: (e as Error).message });
    }
  };
  return (
    <section className="optimizer-steps" aria-labelledby={`optimizer-${executionId}`}>
      <h3 id={`optimizer-${executionId}`}>Optimizer</h3>
      {state.kind === 'idle' || state.kind === 'loading' ? (
        <button type="button" onClick={() => void load()} disabled={state.kind === 'loading'}>
          {state.kind === 'loading' ? 'Tracing the optimizer…' : 'Step through optimizer'}
        </button>
      ) : state.kind === 'gone' ? (
        <p className="spark-ui-note">The driver no longer keeps this query&apos;s plan (it keeps the latest 20): run it again to trace it.</p>
      ) : state.kind === 'failed' ? (
        <p className="sql-error">Could not trace the optimizer: {state.message}</p>
      ) : state.trace.steps.length === 0 ? (
        <>
          <p aria-live="polite">No optimizer rule changed the plan of query {executionId}: the analyzed plan is the optimized plan.</p>
          <pre className="plan-diff" tabIndex={0}>{state.trace.optimized}</pre>
        </>
      ) : (
        <StepView trace={state.trace} step={step} setStep={setStep} />
      )}
    </section>
  );
}

function StepView({ trace, step, setStep }: { readonly trace: OptimizerTrace; readonly step: number; readonly setStep: (n: number) => void }) {
  const n = trace.steps.length;
  const s = trace.steps[step]!;
  return (
    <div>
      <div className="optimizer-nav">
        <button type="button" onClick={() => setStep(step - 1)} disabled={step === 0}>
          Previous rule
        </button>
        <button type="button" onClick={() => setStep(step + 1)} disabled={step === n - 1}>
          Next rule
        </button>
        <span className="optimizer-step" aria-live="polite">
          Step {step + 1} of {n}: <strong>{s.rule}</strong> (batch {s.batch}, iteration {s.iteration})
        </span>
      </div>
      <Diff before={s.before} after={s.after} />
      <details>
        <summary>Analyzed and optimized plans</summary>
        <h4>Analyzed logical plan</h4>
        <pre className="plan-diff" tabIndex={0}>{trace.analyzed}</pre>
        <h4>Optimized logical plan</h4>
        <pre className="plan-diff" tabIndex={0}>{trace.optimized}</pre>
      </details>
    </div>
  );
}
