/**
 * Deterministic pseudo-English text of an exact size, for word-count benchmarks: words
 * drawn with Zipf-like frequencies (as real text has: a few words are very common), in
 * sentences with capitals and punctuation, in lines of at most 72 characters.
 */
import { ByteWriter } from './byte-writer';
import { Rng } from './rng';

export const WORDS_SEED = 1851;

// Ordered roughly by frequency in English prose; rank sets the sampling weight.
const VOCABULARY = (
  'the of and to a in is it you that he was for on are with as his they be at one have this from or had by ' +
  'not word but what some we can out other were all there when up use your how said an each she which do their ' +
  'time if will way about many then them write would like so these her long make thing see him two has look more ' +
  'day could go come did number sound no most people my over know water than call first who may down side been ' +
  'now find any new work part take get place made live where after back little only round man year came show ' +
  'every good me give our under name very through just form sentence great think say help low line differ turn ' +
  'cause much mean before move right boy old too same tell does set three want air well also play small end put ' +
  'home read hand port large spell add even land here must big high such follow act why ask men change went ' +
  'light kind off need house picture try us again animal point mother world near build self earth father head ' +
  'stand own page should country found answer school grow study still learn plant cover food sun four between ' +
  'state keep eye never last let thought city tree cross farm hard start might story saw far sea draw left late ' +
  'run while press close night real life few north open seem together next white children begin got walk example ' +
  'ease paper group always music those both mark often letter until mile river car feet care second book carry ' +
  'took science eat room friend began idea fish mountain stop once base hear horse cut sure watch color face wood ' +
  'main enough plain girl usual young ready above ever red list though feel talk bird soon body dog family direct ' +
  'pose leave song measure door product black short numeral class wind question happen complete ship area half ' +
  'rock order fire south problem piece told knew pass since top whole king space heard best hour better true ' +
  'during hundred five remember step early hold west ground interest reach fast verb sing listen six table travel ' +
  'less morning ten simple several vowel toward war lay against pattern slow center love person money serve appear ' +
  'road map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry dark machine ' +
  'note wait plan figure star box noun field rest correct able pound done beauty drive stood contain front teach ' +
  'week final gave green oh quick develop ocean warm free minute strong special mind behind clear tail produce ' +
  'fact street inch multiply nothing course stay wheel full force blue object decide surface deep moon island foot ' +
  'system busy test record boat common gold possible plane stead dry wonder laugh thousand ago ran check game shape ' +
  'equate hot miss brought heat snow tire bring yes distant fill east paint language among spark stream river data'
).split(' ');

let cumulative: Float64Array | null = null;

function weights(): Float64Array {
  if (cumulative === null) {
    cumulative = new Float64Array(VOCABULARY.length);
    let s = 0;
    for (let i = 0; i < VOCABULARY.length; i++) {
      s += 1 / (i + 2);
      cumulative[i] = s;
    }
  }
  return cumulative;
}

function pick(rng: Rng, cum: Float64Array): string {
  const x = rng.float() * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return VOCABULARY[lo];
}

const LINE = 72;

/** Exactly `bytes` bytes of ASCII text ending in a newline (the same text for the same seed). */
export function generateWords(bytes: number, seed: number = WORDS_SEED): Uint8Array {
  if (bytes <= 0) return new Uint8Array(0);
  const rng = new Rng(seed);
  const cum = weights();
  const w = new ByteWriter(bytes + 128);
  let col = 0;
  let remaining = 0;
  let capital = true;
  while (w.length < bytes) {
    if (remaining === 0) {
      remaining = rng.int(4, 18);
      capital = true;
    }
    let word = pick(rng, cum);
    if (capital) word = word[0].toUpperCase() + word.slice(1);
    capital = false;
    remaining--;
    const token = word + (remaining === 0 ? '.' : rng.float() < 0.06 ? ',' : '');
    if (col > 0 && col + 1 + token.length > LINE) {
      w.byte(10);
      col = 0;
    } else if (col > 0) {
      w.byte(32);
      col++;
    }
    w.ascii(token);
    col += token.length;
  }
  const out = w.take().slice(0, bytes);
  out[bytes - 1] = 10;
  return out;
}
