/** DStreams' engine side: the batch clock and the socket-like text endpoints. */
export { BatchTimer, ManualClock, systemClock } from './clock';
export type { Clock } from './clock';
export { SocketEndpoint, resetSocketEndpoints, socketEndpoint } from './socket';
