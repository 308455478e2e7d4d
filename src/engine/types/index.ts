export * from './data-type';
export { Decimal } from './decimal';
export type { Interval } from './interval';
export { formatInterval, isInterval } from './interval';
export { MapValue } from './map-value';
export * from './datetime';
export { formatDayTime, formatDouble, formatFloat, formatValue } from './format';
export { parseDataType, parseSchema, primitiveTypeByName } from './ddl';
export * from './coercion';
