/**
 * Spark SQL's user-facing exceptions. `ename` is the short class name; `javaClass` the
 * fully qualified name the golden files print; `errorClass` Spark's error condition.
 */
import { FlintError } from '../errors/index';

export class SqlError extends FlintError {
  constructor(
    readonly javaClass: string,
    message: string,
    errorClass?: string,
    readonly messageParameters: Readonly<Record<string, string>> = {},
  ) {
    super(javaClass.slice(javaClass.lastIndexOf('.') + 1), message, [], errorClass);
  }
}

export class ParseException extends SqlError {
  constructor(message: string, errorClass?: string, params: Record<string, string> = {}) {
    super('org.apache.spark.sql.catalyst.parser.ParseException', message, errorClass, params);
  }
}

export class AnalysisException extends SqlError {
  constructor(message: string, errorClass?: string, params: Record<string, string> = {}, javaClass = 'org.apache.spark.sql.AnalysisException') {
    super(javaClass, errorClass ? `[${errorClass}] ${message}` : message, errorClass, params);
  }
}

export class SparkRuntimeException extends SqlError {
  constructor(message: string, errorClass?: string, javaClass = 'org.apache.spark.SparkRuntimeException') {
    super(javaClass, errorClass ? `[${errorClass}] ${message}` : message, errorClass);
  }
}

/** Renders `'x'` the way Spark quotes identifiers in messages: `` `x` ``. */
export function quoteId(name: string): string {
  return '`' + name.replace(/`/g, '``') + '`';
}
