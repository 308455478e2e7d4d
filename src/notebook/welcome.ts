/** The notebook a first visit opens with. */
import { newCellId, newNotebookId } from './model/ids';
import { NOTEBOOK_FORMAT_VERSION } from './model/notebook';
import type { NotebookDoc } from './model/notebook';

const cells = [
  `%md
# Welcome to Flint
Spark in your browser: a driver and a pool of executors run as Web Workers in this tab.
Run a cell with **Shift+Enter**.`,
  `%ts
// Transformations are lazy; collect() runs a job on the executors.
const squares = sc.parallelize([1, 2, 3, 4, 5, 6, 7, 8], 4).map(x => x * x)
squares.collect()`,
  `%ts
// Each inner list is one partition, computed on an executor.
sc.range(0, 10, 1, 3).glom().collect()`,
];

export function welcomeNotebook(): NotebookDoc {
  return {
    formatVersion: NOTEBOOK_FORMAT_VERSION,
    id: newNotebookId(),
    title: 'Welcome',
    // Marks the learner's copy as the course's welcome notebook (see courses.ts).
    metadata: { flintCourse: 'welcome' },
    cells: cells.map((source) => ({ id: newCellId(), source, metadata: {} })),
  };
}
