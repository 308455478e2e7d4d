export function treeOracle<T>(problem: Record<string, unknown>): T;
