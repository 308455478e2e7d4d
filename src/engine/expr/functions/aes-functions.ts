/** aes_encrypt / aes_decrypt / try_aes_decrypt as Spark 3.5 defines them (ExpressionImplUtils). */
import { BinaryType } from '../../types';
import type { BoundExpr } from '../bound';
import { castTo } from '../coerce';
import { SparkRuntimeException } from '../sql-errors';
import { AesError, AesKey, cbcDecrypt, cbcEncrypt, ecbDecrypt, ecbEncrypt, gcmDecrypt, gcmEncrypt } from './aes';
import { checkArity, coerceArg, registerScalar } from './registry';

function keyOf(k: Uint8Array): AesKey {
  if (k.length !== 16 && k.length !== 24 && k.length !== 32) {
    throw new SparkRuntimeException(`The value of parameter(s) \`key\` in \`aes_encrypt\`/\`aes_decrypt\` is invalid: expects a binary value with 16, 24 or 32 bytes, but got ${k.length} bytes.`, 'INVALID_PARAMETER_VALUE.AES_KEY_LENGTH');
  }
  return new AesKey(k);
}

type Mode = 'ECB' | 'CBC' | 'GCM';

function modeOf(mode: string, padding: string, fn: string): Mode {
  const m = mode.toUpperCase();
  const p = padding.toUpperCase();
  if ((m === 'ECB' || m === 'CBC') && (p === 'PKCS' || p === 'DEFAULT')) return m;
  if (m === 'GCM' && (p === 'NONE' || p === 'DEFAULT')) return 'GCM';
  throw new SparkRuntimeException(`The feature is not supported: AES-${mode} with the padding ${padding} by the \`${fn}\` function.`, 'UNSUPPORTED_FEATURE.AES_MODE');
}

function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = Math.floor(Math.random() * 256);
  return out;
}

function bin(arg: BoundExpr): BoundExpr {
  return arg.type.kind === 'binary' ? arg : castTo(arg, BinaryType);
}

function encrypt(a: unknown[]): Uint8Array {
  const [input, key, mode, padding, iv, aad] = a as [Uint8Array, Uint8Array, string, string, Uint8Array, Uint8Array];
  const m = modeOf(mode, padding, 'aes_encrypt');
  const k = keyOf(key);
  const badIv = (need: number) => new SparkRuntimeException(`The value of parameter(s) \`iv\` in \`aes_encrypt\` is invalid: must be ${need} bytes long for ${m} mode.`, 'INVALID_PARAMETER_VALUE.AES_IV_LENGTH' );
  if (m === 'ECB') {
    if (iv.length) throw new SparkRuntimeException('The feature is not supported: IV is not supported for AES ECB mode.', 'UNSUPPORTED_FEATURE.AES_MODE_IV');
    return ecbEncrypt(k, input);
  }
  if (m === 'CBC') {
    if (iv.length && iv.length !== 16) throw badIv(16);
    return cbcEncrypt(k, input, iv.length ? iv : randomBytes(16));
  }
  if (iv.length && iv.length !== 12) throw badIv(12);
  return gcmEncrypt(k, input, iv.length ? iv : randomBytes(12), aad);
}

function decrypt(a: unknown[]): Uint8Array {
  const [input, key, mode, padding, aad] = a as [Uint8Array, Uint8Array, string, string, Uint8Array];
  const m = modeOf(mode, padding, 'aes_decrypt');
  const k = keyOf(key);
  try {
    if (m === 'ECB') return ecbDecrypt(k, input);
    if (m === 'CBC') return cbcDecrypt(k, input);
    return gcmDecrypt(k, input, aad);
  } catch (e) {
    if (!(e instanceof AesError)) throw e;
    throw new SparkRuntimeException(`The value of parameter(s) \`expr, key\` in \`aes_decrypt\` is invalid: Detail message: ${e.message}.`, 'INVALID_PARAMETER_VALUE.AES_CRYPTO_ERROR');
  }
}

registerScalar('aes_encrypt', (args, site) => {
  checkArity(site, args, 2, 6);
  const full = [bin(args[0]!), bin(args[1]!), coerceArg(args[2]!, 'string', site, 2), coerceArg(args[3]!, 'string', site, 3), bin(args[4]!), bin(args[5]!)];
  return { kind: 'stateful', name: 'aes_encrypt', args: full, type: BinaryType, nullable: true, init: () => (a) => (a.some((x) => x === null) ? null : encrypt(a)) };
});

for (const name of ['aes_decrypt', 'try_aes_decrypt']) {
  registerScalar(name, (args, site) => {
    checkArity(site, args, 2, 5);
    const full = [bin(args[0]!), bin(args[1]!), coerceArg(args[2]!, 'string', site, 2), coerceArg(args[3]!, 'string', site, 3), bin(args[4]!)];
    const lenient = name === 'try_aes_decrypt';
    return {
      kind: 'strict', name, args: full, type: BinaryType, nullable: true,
      fn: (a) => {
        if (!lenient) return decrypt(a);
        try {
          return decrypt(a);
        } catch {
          return null;
        }
      },
    };
  });
}
