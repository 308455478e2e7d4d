/**
 * The Python object model (see README.md). Importing this module installs every builtin
 * type's methods, so import from here rather than from the individual files.
 */
import './methods/object-methods';
import './methods/num-methods';
import './methods/str-methods';
import './methods/list-methods';
import './methods/dict-methods';
import './methods/set-methods';
import './methods/bytes-methods';
import './methods/bytearray-methods';
import './builtins/types';
import './codecs';
import './generator';
import './subclass';

export { PyType, PyObject, PyBoxed, unbox, PyModule, Kw, NotImplemented, Ellipsis, T, typeOf, typeName, setClassType } from './core';
export type { Dict } from './core';
export { PyFloat, isInt, isFloat, mkFloat, floatValue, floatRepr } from './float';
export { PyTuple, tuple, EMPTY_TUPLE } from './tuple';
export { PyDict } from './dict';
export { PySet, PyFrozenSet } from './set';
export { PyRange } from './range';
export { PySlice } from './slice';
export { PyBytes } from './bytes';
export { PyByteArray } from './bytearray';
export { PyBaseException, E, pyErr, isPyException } from './exceptions';
export type { Frame, ExcName } from './exceptions';
export { PyMethod, PyProperty, PyStaticMethod, PyClassMethod, PySuper, NativeGetter } from './descriptors';
export { makeFunction, bindArgs, isPyFunction } from './function';
export type { FnSpec, PyFunction } from './function';
export { call, call0, call1, call2, call3, callMethod, construct } from './call';
export { getattr, getattrOpt, setattr, delattr, hasattr, attributeError } from './attr';
export { truthy, eq, eqOp, neOp, lt, le, gt, ge, compareOp, lessThan } from './compare';
export * as arith from './arith';
export type { OpName as ArithOp } from './arith';
export { getitem, setitem, delitem } from './item';
export { iter, nextOf, toArray, asArray, STOP, PyIterator, ArrayIter, JsIter } from './iter';
export { len } from './len';
export { repr, str, ascii, strRepr } from './repr';
export { pyHash } from './hash';
export { formatValue } from './format';
export { makeClass } from './classes';
export { makeBuiltins } from './builtins/functions';
export { toInt, toFloat } from './builtins/convert';
export { io } from './io';
export type { TextSink } from './io';
export { formatException, exceptionLine, suggest } from './traceback';
export { identity } from './identity';
export { contains } from './contains';
export { PyGenerator } from './generator';
export { Globals } from './globals';
// Last, so it wraps the method tables the imports above filled in.
import './methods/arity';
