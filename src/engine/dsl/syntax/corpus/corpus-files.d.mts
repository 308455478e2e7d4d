// Types for the corpus helpers, which stay plain .mjs so the regeneration script can run them in Node.
export const SEPARATOR: string;
export function snippetHash(src: string): string;
export function loadCorpus(dir: string): { topic: string; snippets: string[] }[];
export function expectedPath(dir: string, topic: string): string;
