// Types for the parser-corpus oracle runner (a plain .mjs script).
export function runOracle(sources: readonly string[]): unknown[];
