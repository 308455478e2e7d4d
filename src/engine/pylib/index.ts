// CPython-exact algorithms over plain JS values, for the PyFlint object model and modules.
// See README.md for the table of functions and the Python features they back.
export { PyLibError, type PyErrorType } from './py-error';
export { floatRepr, floatToHex, floatFromHex } from './float-repr';
export { doubleToString, type FloatCode, type FloatFlags } from './float-to-string';
export { formatInt, formatFloat, formatStr, intToFloat } from './format-spec';
export { parseFormatSpec, type FormatSpec } from './format-spec-parse';
export { codePointLength } from './code-points';
export { percentFormat, type PercentArgs, type PercentHost, type PercentOperand } from './percent-format';
export { strRepr, strAscii, asciiOfRepr } from './str-repr';
export { isPrintableCodePoint } from './unicode-printable';
export { PyRandom, type RandomState } from './mt-random';
export { MT19937 } from './mt19937';
export { sha512 } from './sha512';
export { hashInt, hashFloat, HASH_INF } from './py-hash';
export * as libm from './libm';
export { bitLength, bisectRight, type PyInt } from './int-utils';
export * as math from './math-fns';
export type { LogArg, PyReal } from './math-fns';
export { gcd, lcm, isqrt, factorial, comb, perm, intDivmod, intTrueDiv, intRound } from './math-int';
export { hypot, dist } from './vector-norm';
export {
  floatToInt, floatDivmod, floatFloorDiv, floatMod, floatRoundToInt, floatRound, compareIntFloat,
} from './float-arith';
export { roundToDouble } from './float-bits';
export { strftime, cStrftime, formatUtcOffset, timezoneName, type BrokenDownTime } from './strftime';
export { strptime, type ParsedTime } from './strptime';
export { isLeap, daysInMonth, dayOfYear, toOrdinal, fromOrdinal, weekday, isoCalendar } from './calendar';
export { translateRegex, RE_FLAGS, type TranslatedRegex } from './regex-translate';
export {
  pyFinditer, pyMatchAt, pySub, parseTemplate, expandTemplate, reEscape, type PyMatch, type TemplatePart,
} from './regex-runtime';
export { jsonDumps, jsonEncodeString, jsonFloat, type JsonValue, type DumpsOptions } from './json-encode';
export { jsonLoads, JsonDecodeError } from './json-decode';
export { strFormat, type StrFormatHost } from './str-format';
export { parseIntLiteral, parseFloatLiteral } from './number-parse';
export { intToDecimal, INT_MAX_STR_DIGITS } from './int-utils';
