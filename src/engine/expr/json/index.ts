/** One JSON codec for Spark values: the parser (Jackson's token rules), the conversions to a schema, the generator. */
export { JNum, JsonSyntaxError, jsonParseOptions, jnumValue, optionFlag, parseJson } from './parse';
export type { JValue, JsonParseOptions } from './parse';
export {
  JsonConversionError, PartialRecord, compactJson, internalRowText, jsonConverter, jsonRecordReader, malformedRecordError, parseMode, rootStructConverter,
} from './convert';
export type { JsonConvertOptions, JsonRecordOptions, ParseMode } from './convert';
export {
  DEFAULT_TIMESTAMP_NTZ_WRITE_FORMAT, DEFAULT_TIMESTAMP_WRITE_FORMAT, formatTimestampPattern, jsonGenerator, jsonString, jsonWriteOptions, textTemporal,
} from './generate';
export type { JsonWriteOptions, TextTemporal } from './generate';
export { canonicalJsonType, inferJsonType, mergeJsonTypes } from './infer';
export type { JsonInferOptions } from './infer';
