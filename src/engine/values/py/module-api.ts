/** What DSL modules need from the object model in one import (helpers beyond the public index). */
export { PyFloat, PyObject, call, getattr, iter, STOP, mkFloat, pyErr, typeOf } from './index';
export { norm, big } from './int-ops';
export { lib } from './pylib-bridge';
export { parseArgs, arity } from './methods/define';
