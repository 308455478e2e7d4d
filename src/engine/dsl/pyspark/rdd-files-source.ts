/**
 * Python source appended to pyspark.rdd: the Hadoop, sequence and pickle file writers. The
 * partitions are gathered on the driver (as (split, records)) and written there to the VFS.
 * TextOutputFormat writes `key<TAB>value` lines; the other output formats write record files
 * that sc.sequenceFile / pickleFile / newAPIHadoopFile read back.
 */

export const RDD_FILES = String.raw`
def _splits_with_records(rdd):
    def gather(split, iterator):
        yield (split, list(iterator))
    return rdd.mapPartitionsWithIndex(gather).collect()


def _pairs_checked(rdd):
    def check(split, iterator):
        for x in iterator:
            if not isinstance(x, (tuple, list)) or len(x) != 2:
                raise TypeError("RDD element of type %s cannot be used" % type(x).__name__)
            yield x
    return rdd.mapPartitionsWithIndex(check, True)


def _save_hadoop(rdd, path, outputFormatClass):
    if path is None:
        raise ValueError("an output directory is required (mapreduce.output.fileoutputformat.outputdir)")
    rdd = _pairs_checked(rdd)
    if outputFormatClass is not None and outputFormatClass.endswith("TextOutputFormat"):
        def lines(split, iterator):
            text = []
            for k, v in iterator:
                text.append("%s\t%s\n" % (k, v))
            yield (split, "".join(text))
        _native.save_text(rdd.ctx._jsc, path, rdd.mapPartitionsWithIndex(lines).collect())
    else:
        _native.save_records(rdd.ctx._jsc, path, _splits_with_records(rdd))


def _output_dir(conf):
    return conf.get("mapreduce.output.fileoutputformat.outputdir", conf.get("mapred.output.dir"))


def _output_format(conf):
    return conf.get("mapreduce.job.outputformat.class", conf.get("mapred.output.format.class"))


def _saveAsPickleFile(self, path, batchSize=10):
    _native.save_records(self.ctx._jsc, path, _splits_with_records(self))


def _saveAsSequenceFile(self, path, compressionCodecClass=None):
    _save_hadoop(self, path, None)


def _saveAsHadoopFile(self, path, outputFormatClass, keyClass=None, valueClass=None, keyConverter=None,
                      valueConverter=None, conf=None, compressionCodecClass=None):
    _save_hadoop(self, path, outputFormatClass)


def _saveAsNewAPIHadoopFile(self, path, outputFormatClass, keyClass=None, valueClass=None, keyConverter=None,
                            valueConverter=None, conf=None):
    _save_hadoop(self, path, outputFormatClass)


def _saveAsHadoopDataset(self, conf, keyConverter=None, valueConverter=None):
    _save_hadoop(self, _output_dir(conf), _output_format(conf))


def _saveAsNewAPIHadoopDataset(self, conf, keyConverter=None, valueConverter=None):
    _save_hadoop(self, _output_dir(conf), _output_format(conf))


RDD.saveAsPickleFile = _saveAsPickleFile
RDD.saveAsSequenceFile = _saveAsSequenceFile
RDD.saveAsHadoopFile = _saveAsHadoopFile
RDD.saveAsNewAPIHadoopFile = _saveAsNewAPIHadoopFile
RDD.saveAsHadoopDataset = _saveAsHadoopDataset
RDD.saveAsNewAPIHadoopDataset = _saveAsNewAPIHadoopDataset
`;
