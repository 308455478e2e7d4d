/** Spark's Structured Streaming page. The streaming engine does not report query progress to the UI yet. */
export function StreamingTab() {
  return (
    <p className="spark-ui-empty">
      No streaming queries are listed: Flint&apos;s streaming engine does not report query progress to the Spark UI yet. A query&apos;s <code>lastProgress</code> and{' '}
      <code>recentProgress</code> show its batches.
    </p>
  );
}
