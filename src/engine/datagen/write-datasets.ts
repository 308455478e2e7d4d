/**
 * `flint gen --scale N --out DIR`: writes the generated datasets to disk, laid out as under
 * /databricks-datasets, so benchmarks can read copies of any size. The CLI passes `node:fs`.
 */
import { assertNever } from '../util/assert-never';
import { EVENTS_DIR, eventsFileCount, eventsFileName, eventsModificationTime, generateEvents } from './events';
import { IRS_FILE, irsChunks } from './irs';
import { generateWords } from './words';

export type GeneratedDataset = 'irs' | 'events' | 'words';

export const ALL_GENERATED: readonly GeneratedDataset[] = ['irs', 'events', 'words'];
export const WORDS_FILE = 'flint-synthetic/words/words.txt';
/** Word text at scale 1 (32 MiB): large enough that a word count is a real job. */
export const WORDS_BYTES_AT_SCALE_1 = 32 * 1024 * 1024;

export interface GenFs {
  mkdirSync(path: string, options: { recursive: true }): unknown;
  writeFileSync(path: string, data: Uint8Array): void;
  appendFileSync(path: string, data: Uint8Array): void;
  /** Sets times in seconds; events files get increasing ones so streams read them in order. */
  utimesSync(path: string, atime: number, mtime: number): void;
}

export interface GenOptions {
  readonly scale: number;
  readonly outDir: string;
  readonly fs: GenFs;
  /** The real IRS subset (public/datasets/data.gov/...SUBSET...csv), which the IRS table learns from. */
  readonly irsSubset: Uint8Array;
  readonly datasets?: readonly GeneratedDataset[];
  /** Called after each file is complete, e.g. to print progress. */
  readonly onFile?: (path: string, bytes: number) => void;
}

export interface GeneratedFile {
  readonly path: string;
  readonly bytes: number;
}

function dirOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

/** Writes every requested dataset at `scale` under `outDir` and lists what it wrote. */
export function writeGeneratedDatasets(options: GenOptions): GeneratedFile[] {
  if (!(options.scale > 0)) throw new Error(`scale must be a positive number, not ${options.scale}`);
  const out = options.outDir.replace(/\/+$/, '');
  const written: GeneratedFile[] = [];
  const done = (path: string, bytes: number) => {
    written.push({ path, bytes });
    options.onFile?.(path, bytes);
  };
  for (const which of options.datasets ?? ALL_GENERATED) {
    switch (which) {
      case 'irs': {
        const path = `${out}/${IRS_FILE}`;
        options.fs.mkdirSync(dirOf(path), { recursive: true });
        options.fs.writeFileSync(path, new Uint8Array(0));
        let bytes = 0;
        for (const chunk of irsChunks(options.irsSubset, { scale: options.scale })) {
          options.fs.appendFileSync(path, chunk);
          bytes += chunk.length;
        }
        done(path, bytes);
        break;
      }
      case 'events': {
        options.fs.mkdirSync(`${out}/${EVENTS_DIR}`, { recursive: true });
        generateEvents(eventsFileCount(options.scale)).forEach((bytes, i) => {
          const path = `${out}/${EVENTS_DIR}/${eventsFileName(i)}`;
          options.fs.writeFileSync(path, bytes);
          const t = eventsModificationTime(i) / 1000;
          options.fs.utimesSync(path, t, t);
          done(path, bytes.length);
        });
        break;
      }
      case 'words': {
        const path = `${out}/${WORDS_FILE}`;
        options.fs.mkdirSync(dirOf(path), { recursive: true });
        const bytes = generateWords(Math.max(1, Math.round(WORDS_BYTES_AT_SCALE_1 * options.scale)));
        options.fs.writeFileSync(path, bytes);
        done(path, bytes.length);
        break;
      }
      default:
        assertNever(which, 'dataset');
    }
  }
  return written;
}
