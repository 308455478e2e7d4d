// Worker-pool tests start real worker_threads from dist-node/, so build it first.
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain .mjs build script without type declarations
  const { buildNode } = (await import('./build-node.mjs')) as { buildNode(o: { quiet: boolean }): Promise<void> };
  await buildNode({ quiet: true });
}
