/**
 * `pyspark.streaming` for PyFlint (DStreams): importing this registers the modules
 * (`pyspark.streaming`, `flint.streams`).
 */
import './modules';

export { ManualClock, resetSocketEndpoints, socketEndpoint } from '../../../streaming/dstream';
