/**
 * The course's bundled notebooks, in syllabus order. The course engineer adds entries
 * here; a notebook that is not written yet stays listed (`load: null`) so learners see the
 * whole module. Opening an entry gives the learner their own saved copy (see workspace/),
 * so edits to an exercise survive reloads and never change the bundled original.
 */
import type { NotebookDoc } from './model/notebook';
import { welcomeNotebook } from './welcome';

export interface CourseNotebook {
  /** Stable across releases: a learner's saved copy is found again by this id. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** Builds a fresh document, possibly by fetching a bundled file; null while unwritten. */
  readonly load: (() => NotebookDoc | Promise<NotebookDoc>) | null;
}

/**
 * A notebook of course/ (Databricks source files, run headless by course/course.test.ts),
 * fetched as its own small chunk when first opened.
 */
function bundled(title: string, text: () => Promise<{ default: string }>): () => Promise<NotebookDoc> {
  return async () => {
    const [{ readDatabricksSource }, source] = await Promise.all([import('./formats/databricks/databricks-source'), text()]);
    return { ...readDatabricksSource(source.default).doc, title };
  };
}

export const courseNotebooks: readonly CourseNotebook[] = [
  { id: 'welcome', title: 'Welcome', summary: 'A driver and executors in your tab', load: welcomeNotebook },
  {
    id: 'module-overview',
    title: 'Module overview',
    summary: 'What the module covers, with a short exercise per topic',
    load: bundled('Module overview', () => import('../../course/00-module-overview.py?raw')),
  },
  {
    id: 'rdd-basics',
    title: 'Transformations and actions',
    summary: 'Lazy evaluation, lineage, partitions',
    load: bundled('Transformations and actions', () => import('../../course/01-transformations-and-actions.py?raw')),
  },
  {
    id: 'shared-variables',
    title: 'Broadcast variables and accumulators',
    summary: 'Shipping data to executors',
    load: bundled('Broadcast variables and accumulators', () => import('../../course/02-shared-variables.py?raw')),
  },
  {
    id: 'notebook-1',
    title: 'Notebook 1: DataFrames, Spark SQL, MLlib',
    summary: 'Diamonds, farmers markets and IRS income; a regression',
    load: bundled('Notebook 1: DataFrames, Spark SQL, MLlib', () => import('../../course/03-notebook-1-sql-and-mllib.py?raw')),
  },
  {
    id: 'streaming',
    title: 'Structured Streaming',
    summary: 'Exercise 2: windowed counts of events, static vs streaming',
    load: bundled('Structured Streaming', () => import('../../course/04-structured-streaming.py?raw')),
  },
];

export function courseNotebook(id: string): CourseNotebook | undefined {
  return courseNotebooks.find((c) => c.id === id);
}
