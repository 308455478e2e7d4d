/**
 * Python source of `flint.streams`: helpers for streaming sources that are outside systems in
 * Spark. `socket(host, port)` is the endpoint `nc -lk port` would serve:
 *
 *     from flint.streams import socket
 *     socket("localhost", 9999).send("hello world\nhello")   # or a list of lines
 *
 * `ssc.socketTextStream("localhost", 9999)` receives what was sent since its last batch.
 */

export const FLINT_STREAMS = String.raw`
__all__ = ["socket", "SocketEndpoint"]


class SocketEndpoint:
    """A socket-like text endpoint host:port: what is sent waits for a receiver's next batch."""

    def __init__(self, host, port):
        if not isinstance(host, str):
            raise TypeError("host must be str, not %s" % type(host).__name__)
        if not isinstance(port, int):
            raise TypeError("port must be int, not %s" % type(port).__name__)
        self.host = host
        self.port = port

    def send(self, data):
        """Sends text (split at newlines) or a list of lines."""
        if isinstance(data, str):
            _native.socket_send(self.host, self.port, data)
        else:
            lines = list(data)
            for x in lines:
                if not isinstance(x, str):
                    raise TypeError("lines must be str, not %s" % type(x).__name__)
            _native.socket_send_lines(self.host, self.port, lines)

    def close(self):
        """Delivers a last line that has no newline yet."""
        _native.socket_flush(self.host, self.port)

    @property
    def pending(self):
        return _native.socket_pending(self.host, self.port)

    @property
    def connected(self):
        return _native.socket_receivers(self.host, self.port) > 0

    def __repr__(self):
        return "<flint.streams.SocketEndpoint %s:%d>" % (self.host, self.port)


def socket(host, port):
    return SocketEndpoint(host, port)
`;
