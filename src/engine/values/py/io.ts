/** Host-provided output streams; print writes through these, never to the console. */
export interface TextSink {
  write(text: string): void;
}

export const io: { stdout: TextSink; stderr: TextSink; stdin: (() => string | null) | null } = {
  stdout: { write: () => undefined },
  stderr: { write: () => undefined },
  stdin: null,
};
