// The one module that imports comlink: comlink keeps its transfer list in module state,
// so a second copy of it would silently copy buffers meant to be transferred.
export { expose, wrap, proxy, transfer, releaseProxy } from 'comlink';
export type { Remote, Endpoint } from 'comlink';
// Extensionless so TypeScript finds node-adapter.d.ts; bundlers resolve the .mjs.
export { default as nodeEndpoint } from 'comlink/dist/esm/node-adapter';
