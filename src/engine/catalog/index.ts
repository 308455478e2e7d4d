export { createSqlSession, SqlResult } from './session';
export type { SqlSession } from './session';
export { Catalog, INTERNAL_VIEW_PREFIX, isInternalView } from './catalog';
