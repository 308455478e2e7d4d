export { Session } from './session';
export type { SessionHost } from './session';
export type { CellOutput, CellLanguage, CellRequest, CellRunResult, LiveQueryInfo, TableCellValue, TableColumn, TableOutput } from './outputs';
