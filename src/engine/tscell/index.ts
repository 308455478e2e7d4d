export { runTsCell } from './run-ts-cell';
export { transpileTsCell } from './transpile';
export { tsCellErrorData } from './ts-error';
