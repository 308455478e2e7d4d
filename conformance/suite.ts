/**
 * The shape every conformance suite has. `conformance/run.ts` loads the suites, runs them
 * against ../shared/conformance, prints pass counts per area and checks the committed
 * baseline (conformance/baseline/<suite>.txt: one passing case id a line).
 */
export interface CaseResult {
  readonly id: string;
  readonly area: string;
  readonly passed: boolean;
  /** Why it failed (first line of a diff or the error), for the report. */
  readonly detail?: string;
}

export interface ConformanceSuite {
  readonly name: string;
  /**
   * Runs every case of the suite found under `sharedConformanceDir` and returns one result per case.
   * Returns null when the suite's input files are absent.
   */
  run(sharedConformanceDir: string, options: { readonly filter?: RegExp }): Promise<CaseResult[] | null>;
}
