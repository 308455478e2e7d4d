export { serialize, deserialize, registerCodec, Writer, Reader } from './serialize';
export type { Codec } from './serialize';
