/**
 * `pyspark.streaming._graph` (Python source, follows graph-source.ts's core): the input
 * streams: JInputDStream and Spark's QueueInputDStream, FileInputDStream (modification-time
 * window, remembered files) and SocketInputDStream (lines from `flint.streams` endpoints).
 */
export const GRAPH_INPUTS = String.raw`
class JInputDStream(JDStream):
    java_name = "InputDStream"

    def __init__(self, ssc):
        JDStream.__init__(self, ssc)
        self.id = len(ssc.inputStreams)
        ssc.inputStreams.append(self)

    def slideDuration(self):
        return self.ssc.batchDuration

    def start(self):
        pass

    def stop(self):
        pass

    def allocate(self, t):
        pass

    def has_pending(self):
        return False


class JQueueInputDStream(JInputDStream):
    java_name = "QueueInputDStream"

    def __init__(self, ssc, queue, oneAtATime, default):
        JInputDStream.__init__(self, ssc)
        self.queue = list(queue)
        self.oneAtATime = oneAtATime
        self.default = default

    def compute(self, t):
        if self.oneAtATime and self.queue:
            return self.queue.pop(0)
        buffer = self.queue
        self.queue = []
        if buffer:
            if self.oneAtATime:
                return buffer[0]
            return self.ssc.sc.union(buffer)
        if self.default is not None:
            return self.default
        return self.ssc.sc.emptyRDD()

    def has_pending(self):
        return len(self.queue) > 0


class JFileInputDStream(JInputDStream):
    java_name = "FileInputDStream"

    def __init__(self, ssc, directory, newFilesOnly=True, recordLength=None):
        JInputDStream.__init__(self, ssc)
        self.directory = directory
        self.recordLength = recordLength
        self.initialModTimeIgnoreThreshold = ssc.now() if newFilesOnly else 0
        minRemember = 60000
        self.numBatchesToRemember = -(-minRemember // ssc.batchDuration)
        self.durationToRemember = ssc.batchDuration * self.numBatchesToRemember
        self.batchTimeToSelectedFiles = {}
        self.recentlySelectedFiles = set()
        self.remember(self.durationToRemember)

    def find_new_files(self, current):
        threshold = max(self.initialModTimeIgnoreThreshold, current - self.durationToRemember)
        found = []
        for path, mtime in _native.list_files(self.ssc.sc._jsc, self.directory):
            name = path.rsplit("/", 1)[-1]
            if name.startswith("."):
                continue
            if mtime <= threshold or mtime > current:
                continue
            if path in self.recentlySelectedFiles:
                continue
            found.append(path)
        return found

    def compute(self, t):
        files = self.find_new_files(t)
        self.batchTimeToSelectedFiles[t] = files
        for f in files:
            self.recentlySelectedFiles.add(f)
        sc = self.ssc.sc
        if self.recordLength is None:
            rdds = [sc.textFile(f, 1) for f in files]
        else:
            rdds = [sc.binaryRecords(f, self.recordLength) for f in files]
        return self.union_of(rdds)

    def clearMetadata(self, t):
        JDStream.clearMetadata(self, t)
        limit = t - self.rememberDuration
        for k in [k for k in self.batchTimeToSelectedFiles if k < limit]:
            for f in self.batchTimeToSelectedFiles.pop(k):
                self.recentlySelectedFiles.discard(f)


class JSocketInputDStream(JInputDStream):
    """A receiver stream over a socket-like endpoint (see dstream/socket.ts)."""
    java_name = "SocketInputDStream"

    def __init__(self, ssc, host, port):
        JInputDStream.__init__(self, ssc)
        self.host = host
        self.port = port
        self.blocks = {}
        self.connected = False

    def start(self):
        if not self.connected:
            _native.socket_connect(self.host, self.port)
            self.connected = True

    def stop(self):
        if self.connected:
            _native.socket_disconnect(self.host, self.port)
            self.connected = False

    def allocate(self, t):
        if self.connected:
            self.blocks[t] = _native.socket_take(self.host, self.port)
            return len(self.blocks[t])
        return 0

    def has_pending(self):
        return self.connected and _native.socket_pending(self.host, self.port) > 0

    def compute(self, t):
        lines = self.blocks.pop(t, None)
        sc = self.ssc.sc
        if not lines:
            return sc.emptyRDD()
        return sc.parallelize(lines, 1)

`;
