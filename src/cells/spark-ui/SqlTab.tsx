/** Spark's SQL page. Flint's SQL engine does not report its queries or plans to the UI yet. */
export function SqlTab() {
  return (
    <div>
      <p className="spark-ui-empty">
        No SQL queries are listed: Flint&apos;s SQL engine does not report its executions, physical plans or per-operator metrics to the Spark UI yet.
      </p>
      <p className="spark-ui-note">
        Meanwhile, <code>df.explain()</code> or <code>EXPLAIN</code> in a <code>%sql</code> cell prints a query&apos;s plan.
      </p>
    </div>
  );
}
