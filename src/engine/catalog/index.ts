export { createSqlSession, SqlResult } from './session';
export type { SqlSession } from './session';
export type { OptimizerTrace } from './sql-ui';
export { estimateBatchBytes } from './sql-ui';
export { Catalog, INTERNAL_VIEW_PREFIX, isInternalView } from './catalog';
