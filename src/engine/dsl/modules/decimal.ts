/** The decimal module (basic arithmetic, contexts, quantize, reprs); see decimal-source.ts. */
import { NativeGetter, PyTuple, PyType, T, repr, setClassType } from '../../values/py';
import { registerPythonModule } from './py-source';
import { DECIMAL_SOURCE } from './decimal-source';

const DecimalTupleT = new PyType('DecimalTuple', [T.tuple]);
DecimalTupleT.module = 'decimal';
class DecimalTuple extends PyTuple {
  pyRepr(): string {
    const [s, d, e] = this.items;
    return `DecimalTuple(sign=${repr(s)}, digits=${repr(d)}, exponent=${repr(e)})`;
  }
}
setClassType(DecimalTuple, DecimalTupleT);
['sign', 'digits', 'exponent'].forEach((f, i) => DecimalTupleT.dict.set(f, new NativeGetter((t) => (t as PyTuple).items[i])));

registerPythonModule('decimal', () => DECIMAL_SOURCE.replace('class DecimalTuple(tuple):\n    pass\n', ''), () => ({
  DecimalTuple: Object.assign((sign: unknown, digits: unknown, exponent: unknown) => new DecimalTuple([sign, digits, exponent]), { $name: 'DecimalTuple' }),
}));
