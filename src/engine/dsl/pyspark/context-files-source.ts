/**
 * Python source appended to pyspark.context: the Hadoop, sequence, pickle and binary file
 * readers, addFile/addArchive, and pyspark.files (SparkFiles). Files added with addFile are
 * copied under SparkFiles' root directory on the VFS, where tasks open them by name.
 */

export const CONTEXT_FILES = String.raw`
def _hadoop_input(sc, path, inputFormatClass, minPartitions=None):
    if path is None:
        raise ValueError("an input directory is required (mapreduce.input.fileinputformat.inputdir)")
    if inputFormatClass.endswith("TextInputFormat"):
        return _rdd.RDD(_native.hadoop_text(sc._jsc, path, minPartitions or sc.defaultMinPartitions), sc)
    if inputFormatClass.endswith("SequenceFileInputFormat"):
        return _rdd.RDD(_native.load_records(sc._jsc, path), sc)
    raise NotImplementedError("the input format %s is not available in Flint" % inputFormatClass)


def _input_dir(conf):
    conf = conf or {}
    return conf.get("mapreduce.input.fileinputformat.inputdir", conf.get("mapred.input.dir"))


def _pickleFile(self, name, minPartitions=None):
    return _rdd.RDD(_native.load_records(self._jsc, name), self)


def _sequenceFile(self, path, keyClass=None, valueClass=None, keyConverter=None, valueConverter=None,
                  minSplits=None, batchSize=0):
    return _rdd.RDD(_native.load_records(self._jsc, path), self)


def _newAPIHadoopFile(self, path, inputFormatClass, keyClass, valueClass, keyConverter=None,
                      valueConverter=None, conf=None, batchSize=0):
    return _hadoop_input(self, path, inputFormatClass)


def _newAPIHadoopRDD(self, inputFormatClass, keyClass, valueClass, keyConverter=None,
                     valueConverter=None, conf=None, batchSize=0):
    return _hadoop_input(self, _input_dir(conf), inputFormatClass)


def _hadoopFile(self, path, inputFormatClass, keyClass, valueClass, keyConverter=None,
                valueConverter=None, conf=None, batchSize=0):
    return _hadoop_input(self, path, inputFormatClass)


def _hadoopRDD(self, inputFormatClass, keyClass, valueClass, keyConverter=None,
               valueConverter=None, conf=None, batchSize=0):
    return _hadoop_input(self, _input_dir(conf), inputFormatClass)


def _binaryFiles(self, path, minPartitions=None):
    return _rdd.RDD(_native.binary_files(self._jsc, path, minPartitions or self.defaultMinPartitions), self)


def _binaryRecords(self, path, recordLength):
    return _rdd.RDD(_native.binary_records(self._jsc, path, recordLength), self)


def _added(sc, kind):
    if not hasattr(sc, "_flint_added"):
        sc._flint_added = {"files": [], "archives": []}
    return sc._flint_added[kind]


def _add(sc, kind, path):
    qualified = _native.qualify(sc._jsc, path)
    added = _added(sc, kind)
    if qualified in added:
        return
    name = path.rstrip("/").split("/")[-1]
    _native.copy_file(sc._jsc, path, _SparkFiles.get(name))
    added.append(qualified)


def _addFile(self, path, recursive=False):
    _add(self, "files", path)


def _addArchive(self, path):
    _add(self, "archives", path)


def _listFiles(self):
    return list(_added(self, "files"))


def _listArchives(self):
    return list(_added(self, "archives"))


def _setCheckpointDir(self, dirName):
    _native.set_checkpoint_dir(self._jsc, dirName)


def _getCheckpointDir(self):
    return _native.get_checkpoint_dir(self._jsc)


SparkContext.pickleFile = _pickleFile
SparkContext.sequenceFile = _sequenceFile
SparkContext.newAPIHadoopFile = _newAPIHadoopFile
SparkContext.newAPIHadoopRDD = _newAPIHadoopRDD
SparkContext.hadoopFile = _hadoopFile
SparkContext.hadoopRDD = _hadoopRDD
SparkContext.binaryFiles = _binaryFiles
SparkContext.binaryRecords = _binaryRecords
SparkContext.addFile = _addFile
SparkContext.addArchive = _addArchive
SparkContext.listFiles = property(_listFiles)
SparkContext.listArchives = property(_listArchives)
SparkContext.setCheckpointDir = _setCheckpointDir
SparkContext.getCheckpointDir = _getCheckpointDir
`;

/** pyspark.files: where tasks find the files added with sc.addFile / addArchive. */
export const FILES = String.raw`
class SparkFiles:
    _root_directory = "/tmp/spark-files/userFiles"
    _is_running_on_worker = False
    _sc = None

    def __init__(self):
        raise NotImplementedError("Do not construct SparkFiles objects")

    @classmethod
    def get(cls, filename):
        return cls.getRootDirectory().rstrip("/") + "/" + filename

    @classmethod
    def getRootDirectory(cls):
        return cls._root_directory
`;

/** pyspark.util's InheritableThread: a thread that keeps the job group and tags of its starter. */
export const UTIL = String.raw`
import threading as _threading


class InheritableThread(_threading.Thread):
    def __init__(self, target, *args, **kwargs):
        super().__init__(target=target, *args, **kwargs)
`;
