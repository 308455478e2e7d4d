export function glmOracle<T>(problem: Record<string, unknown>): T;
