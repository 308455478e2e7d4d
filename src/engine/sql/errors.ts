export { AnalysisException, ParseException, quoteId, SparkRuntimeException, SqlError } from '../expr/sql-errors';
