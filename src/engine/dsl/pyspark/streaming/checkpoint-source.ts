/**
 * Python source of `pyspark.streaming._checkpoint`: the graph of a context saved under its
 * checkpoint directory after every batch (`checkpoint-<time>`, Flint's serialisation) and
 * rebuilt by StreamingContext.getOrCreate in a later driver. Functions travel in the shipping
 * payload format (as Spark pickles them with cloudpickle); checkpointed RDDs (the state of
 * updateStateByKey and incremental windows) travel as their partitions.
 */

export const CHECKPOINT = String.raw`
import re as _re

_SKIP = ("ssc", "generated", "restored", "hash", "zeroTime", "connected", "blocks")
_KEEP = 10


def _not_serializable(msg):
    return _graph.java_error("o.start", "java.io.NotSerializableException",
                             "DStream checkpointing has been enabled but the DStreams with their functions are not "
                             "serializable\n" + msg)


def _encode(v, index, jssc):
    if isinstance(v, _graph.JDStream):
        return ("node", index[id(v)])
    if isinstance(v, list) and v and isinstance(v[0], _graph.JDStream):
        return ("nodes", [index[id(x)] for x in v])
    if isinstance(v, _util.TransformFunction):
        try:
            return ("tf", _native.encode_fn(v.func))
        except Exception as e:
            raise _not_serializable("%s: %s" % (type(e).__name__, e))
    if isinstance(v, _StorageLevel):
        return ("level", (v.useDisk, v.useMemory, v.useOffHeap, v.deserialized, v.replication))
    if isinstance(v, _RDD):
        key = id(v)
        if key not in jssc.rdd_parts:
            jssc.rdd_parts[key] = v.glom().collect()
        return ("rdd", jssc.rdd_parts[key])
    if not _native.serializable(v):
        raise _not_serializable("%s is not serializable" % type(v).__name__)
    return ("v", v)


def graph_record(jssc, t):
    if not hasattr(jssc, "rdd_parts"):
        jssc.rdd_parts = {}
    index = {}
    for i, n in enumerate(jssc.nodes):
        index[id(n)] = i
    nodes = []
    for n in jssc.nodes:
        fields = []
        for k, v in n.__dict__.items():
            if k in _SKIP:
                continue
            if isinstance(n, _graph.JQueueInputDStream) and k in ("queue", "default"):
                fields.append((k, "queue", None))
                continue
            tag, payload = _encode(v, index, jssc)
            fields.append((k, tag, payload))
        nodes.append((type(n).__name__, fields, n.checkpoint_state() if n.isInitialized() else []))
    return {
        "version": 1,
        "batchDuration": jssc.batchDuration,
        "zeroTime": jssc.zeroTime,
        "checkpointTime": t,
        "pendingTimes": [],
        "rememberDuration": jssc.rememberDuration,
        "checkpointDir": jssc.checkpointDir,
        "nodes": nodes,
        "inputs": [index[id(n)] for n in jssc.inputStreams],
        "outputs": [index[id(n)] for n in jssc.outputStreams],
    }


def _files(jsc, directory):
    out = []
    for path, mtime in _native.list_files(jsc, directory):
        m = _re.match(r"^checkpoint-(\d+)(\.bk)?$", path.rsplit("/", 1)[-1])
        if m:
            out.append((int(m.group(1)), m.group(2) is not None, path))
    out.sort()
    return out


def write(jssc, t):
    rec = graph_record(jssc, t)
    jsc = jssc.sc._jsc
    d = jssc.checkpointDir
    path = "%s/checkpoint-%d" % (d, t)
    _native.write_bytes(jsc, path, _native.dumps(rec))
    files = _files(jsc, d)
    for _, _, p in files[:-_KEEP]:
        _native.remove(jsc, p)


def recover(checkpointPath):
    from pyspark.context import SparkContext
    sc = SparkContext._active_spark_context
    if sc is None:
        return None
    files = _files(sc._jsc, checkpointPath)
    for t, bk, path in reversed(files):
        try:
            return _native.loads(_native.read_bytes(sc._jsc, path))
        except Exception:
            continue
    if files:
        raise _graph.java_error("o.tryRecoverFromCheckpoint", "org.apache.spark.SparkException",
                                "Failed to read checkpoint from directory " + checkpointPath)
    return None


def rebuild(rec, sc):
    jssc = _graph.JStreamingContext(sc, rec["batchDuration"])
    built = []
    for cls_name, fields, state in rec["nodes"]:
        cls = getattr(_graph, cls_name)
        n = object.__new__(cls)
        n.ssc = jssc
        n.generated = {}
        n.restored = dict(state)
        n.hash = _native.identity_hash(n)
        n.zeroTime = None
        if cls is _graph.JSocketInputDStream:
            n.connected = False
            n.blocks = {}
        jssc.nodes.append(n)
        built.append((n, fields))
    for n, fields in built:
        for k, tag, payload in fields:
            if tag == "node":
                v = jssc.nodes[payload]
            elif tag == "nodes":
                v = [jssc.nodes[i] for i in payload]
            elif tag == "tf":
                v = _util.TransformFunction(sc, _native.decode_fn(payload))
            elif tag == "level":
                v = _StorageLevel(*payload)
            elif tag == "rdd":
                v = sc.parallelize(payload, max(1, len(payload))).flatMap(lambda p: p)
            elif tag == "queue":
                raise _graph.java_error("o.tryRecoverFromCheckpoint", "java.io.NotSerializableException",
                                        "queueStream doesn't support checkpointing. Please don't use queueStream "
                                        "when checkpointing is enabled.")
            else:
                v = payload
            setattr(n, k, v)
    jssc.inputStreams = [jssc.nodes[i] for i in rec["inputs"]]
    jssc.outputStreams = [jssc.nodes[i] for i in rec["outputs"]]
    jssc.rememberDuration = rec["rememberDuration"]
    for n in jssc.inputStreams:
        if isinstance(n, _graph.JFileInputDStream):
            for files in n.batchTimeToSelectedFiles.values():
                for f in files:
                    n.recentlySelectedFiles.add(f)
    jssc.checkpoint(rec["checkpointDir"])
    jssc.recovered = rec
    return jssc
`;
