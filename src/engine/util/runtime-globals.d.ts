// The few host globals the engine may use: present in Web Workers and in Node alike.
// Declared here because the engine compiles against lib ES2022 only, so DOM globals
// (window, document) stay out of reach.
declare global {
  interface Performance {
    now(): number;
  }
  const performance: Performance;

  interface TextEncoderEncodeIntoResult {
    read: number;
    written: number;
  }
  class TextEncoder {
    encode(input?: string): Uint8Array;
    encodeInto(source: string, destination: Uint8Array): TextEncoderEncodeIntoResult;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer): string;
  }

  interface Console {
    log(...data: unknown[]): void;
    error(...data: unknown[]): void;
    warn(...data: unknown[]): void;
  }
  const console: Console;
}

export {};
