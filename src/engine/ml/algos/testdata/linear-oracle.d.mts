export function linearOracle<T>(problem: unknown): T;
