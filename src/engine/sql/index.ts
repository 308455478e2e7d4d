/** Spark SQL front end and execution: parse → analyze → optimize → plan → execute. */
export type { Expr, Plan, Statement, SortOrder, WindowSpec } from './ast';
export { parseStatement, tokenize } from './parser';
export type { ParseOptions } from './parser';
export { Analyzer, freshRelation } from './analyzer/analyzer';
export type { RelationResolver } from './analyzer/analyzer';
export { newAttribute, isSortedPlan } from './logical';
export type { Attribute, LPlan, SortKey, WindowExpr } from './logical';
export { optimize, BATCHES } from './optimizer/optimizer';
export type { Batch, Rule } from './optimizer/optimizer';
export { executePlan, explainText, planPhysical } from './physical/planner';
export { partitionsRdd } from './physical/distributed';
export { explainPlan, exprText } from './physical/explain';
export { partitionCount } from './physical/partitioning';
export type { Exec, ExecContext } from './physical/exec';
export { AnalysisException, ParseException, SparkRuntimeException, SqlError } from './errors';
