/**
 * `pyspark.streaming._graph` (Python source, follows graph-inputs-source.ts): the derived
 * streams: PythonTransformed(2)DStream, TransformedN, Union, Windowed, State
 * (updateStateByKey), PythonReducedWindowedDStream (incremental windows with an inverse
 * function) and the output stream ForEachDStream.
 */
export const GRAPH_TRANSFORMS = String.raw`
class JTransformedDStream(JDStream):
    """PythonTransformedDStream: func(time, [rdd]) over one parent."""
    java_name = "PythonTransformedDStream"

    def __init__(self, parent, func):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.parent.slideDuration()

    def compute(self, t):
        rdd = self.parent.getOrCompute(t)
        if rdd is None:
            return None
        return self.func.call(t, [rdd])


class JTransformed2DStream(JDStream):
    """PythonTransformed2DStream: func(time, [rdd1, rdd2]); a missing side is an empty RDD."""
    java_name = "PythonTransformed2DStream"

    def __init__(self, parent, parent2, func):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.parent2 = parent2
        self.func = func

    def dependencies(self):
        return [self.parent, self.parent2]

    def slideDuration(self):
        return self.parent.slideDuration()

    def compute(self, t):
        sc = self.ssc.sc
        a = self.parent.getOrCompute(t)
        b = self.parent2.getOrCompute(t)
        return self.func.call(t, [a if a is not None else sc.emptyRDD(), b if b is not None else sc.emptyRDD()])


class JTransformedNDStream(JDStream):
    """TransformedDStream of StreamingContext.transform: one RDD from each parent."""
    java_name = "TransformedDStream"

    def __init__(self, parents, func):
        JDStream.__init__(self, parents[0].ssc)
        _require(len(parents) > 0, "List of DStreams to transform is empty")
        _require(len(set(p.slideDuration() for p in parents)) == 1, "Some of the DStreams have different slide durations")
        self.parents = list(parents)
        self.func = func

    def dependencies(self):
        return list(self.parents)

    def slideDuration(self):
        return self.parents[0].slideDuration()

    def compute(self, t):
        rdds = []
        for p in self.parents:
            r = p.getOrCompute(t)
            if r is None:
                raise SparkException("Couldn't generate RDD from parent at time %s" % _ms(t))
            rdds.append(r)
        out = self.func.call(t, rdds)
        if out is None:
            raise SparkException("Transform function must not return null. Return SparkContext.emptyRDD() instead to "
                                 "represent no element as the result of transformation.")
        return out


class JUnionDStream(JDStream):
    java_name = "UnionDStream"

    def __init__(self, parents):
        _require(len(parents) > 0, "List of DStreams to union is empty")
        JDStream.__init__(self, parents[0].ssc)
        _require(len(set(id(p.ssc) for p in parents)) == 1, "Some of the DStreams have different contexts")
        _require(len(set(p.slideDuration() for p in parents)) == 1, "Some of the DStreams have different slide durations")
        self.parents = list(parents)

    def dependencies(self):
        return list(self.parents)

    def slideDuration(self):
        return self.parents[0].slideDuration()

    def compute(self, t):
        rdds = []
        for p in self.parents:
            r = p.getOrCompute(t)
            if r is None:
                raise SparkException("Could not generate RDD from a parent for unifying at time %s" % _ms(t))
            rdds.append(r)
        return self.ssc.sc.union(rdds) if rdds else None


class JWindowedDStream(JDStream):
    java_name = "WindowedDStream"

    def __init__(self, parent, windowDuration, slideDuration):
        JDStream.__init__(self, parent.ssc)
        ps = parent.slideDuration()
        if windowDuration % ps != 0:
            raise SparkException("The window duration of windowed DStream (%s) must be a multiple of the slide "
                                 "duration of parent DStream (%s)" % (_ms(windowDuration), _ms(ps)), "java.lang.Exception")
        if slideDuration % ps != 0:
            raise SparkException("The slide duration of windowed DStream (%s) must be a multiple of the slide "
                                 "duration of parent DStream (%s)" % (_ms(slideDuration), _ms(ps)), "java.lang.Exception")
        self.parent = parent
        self.windowDuration = windowDuration
        self.slide = slideDuration
        parent.persist(_MEMORY_ONLY_SER)

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.slide

    def parentRememberDuration(self):
        return self.rememberDuration + self.windowDuration

    def persist(self, level=None):
        # The windows share their parent's RDDs: persisting the parent is what helps.
        self.parent.persist(level)
        return self

    def compute(self, t):
        rdds = self.parent.slice(t - self.windowDuration + self.parent.slideDuration(), t)
        return self.union_of(rdds)


class JStateDStream(JDStream):
    """PythonStateDStream: state(t) = func(state(t - slide) or initial, parent(t))."""
    java_name = "PythonStateDStream"

    def __init__(self, parent, func, initial=None):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func
        self.initial = initial
        self.storageLevel = _StorageLevel(False, True, False, False, 1)
        self.mustCheckpoint = True

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.parent.slideDuration()

    def compute(self, t):
        last = self.getOrCompute(t - self.slideDuration())
        rdd = self.parent.getOrCompute(t)
        if rdd is not None:
            return self.func.call(t, [last if last is not None else self.initial, rdd])
        return last


class JReducedWindowedDStream(JDStream):
    """PythonReducedWindowedDStream: incremental windows when an inverse function is given."""
    java_name = "PythonReducedWindowedDStream"

    def __init__(self, parent, func, invFunc, windowDuration, slideDuration):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func
        self.invFunc = invFunc
        self.windowDuration = windowDuration
        self.slide = slideDuration
        self.storageLevel = _StorageLevel(False, True, False, False, 1)
        self.mustCheckpoint = True

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.slide

    def parentRememberDuration(self):
        return self.rememberDuration + self.windowDuration

    def compute(self, t):
        w = self.windowDuration
        ps = self.parent.slideDuration()
        cur_begin, cur_end = t - w, t
        prev_begin, prev_end = cur_begin - self.slide, cur_end - self.slide
        previous = self.getOrCompute(prev_end)
        sc = self.ssc.sc
        if self.invFunc is not None and previous is not None and w >= self.slide * 5:
            old = self.parent.slice(prev_begin + ps, cur_begin)
            subtracted = self.invFunc.call(t, [previous, sc.union(old)]) if old else previous
            new = self.parent.slice(prev_end + ps, cur_end)
            if new:
                return self.func.call(t, [subtracted, sc.union(new)])
            return subtracted
        current = self.parent.slice(cur_begin + ps, cur_end)
        if current:
            return self.func.call(t, [None, sc.union(current)])
        return None


class JForEachDStream(JDStream):
    java_name = "ForEachDStream"

    def __init__(self, parent, func):
        JDStream.__init__(self, parent.ssc)
        self.parent = parent
        self.func = func
        parent.ssc.outputStreams.append(self)

    def dependencies(self):
        return [self.parent]

    def slideDuration(self):
        return self.parent.slideDuration()

    def generateJob(self, t):
        rdd = self.parent.getOrCompute(t)
        if rdd is None:
            return None
        func = self.func
        return lambda: func.call(t, [rdd])

`;
