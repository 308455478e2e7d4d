export function numpyAvailable(): boolean;
export function oracle<T>(problem: Record<string, unknown>): T;
export function rng(seed: number): () => number;
