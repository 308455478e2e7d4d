export { FlintError, SparkException, KeyboardInterrupt, toErrorData, formatErrorData } from './error-data';
export type { ErrorData } from './error-data';
