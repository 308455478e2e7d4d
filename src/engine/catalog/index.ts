export { createSqlSession, SqlResult } from './session';
export type { SqlSession } from './session';
export { Catalog } from './catalog';
