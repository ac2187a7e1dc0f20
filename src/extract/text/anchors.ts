/**
 * Literal anchors of a cue regex: strings one of which every match must contain. A cue whose
 * anchors are all absent from a report cannot match it, so the scanner skips its regex. Anchors
 * are derived from the regex source (alternatives, groups, optional parts and quantifiers read
 * conservatively: anything not surely literal ends a literal run) and checked against a bigram
 * filter of the report, which may say "present" wrongly but never "absent" wrongly.
 */

/** One parsed piece of a sequence: a literal char, a group of alternatives, or something else. */
type Factor = ({ kind: 'char'; ch: string } | { kind: 'group'; alts: Seq[]; plain?: boolean } | { kind: 'other' }) & { src?: string };
type Seq = { factors: Factor[]; src: string };

const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B', 'p', 'P', 'k', 'n', 'r', 't', 'f', 'v', '0', 'c', 'x', 'u']);

class Parser {
  i = 0;
  constructor(readonly src: string) {}

  alternation(): Seq[] {
    const alts: Seq[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Seq {
    const factors: Factor[] = [];
    const from = this.i;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const at = this.i;
      let f = this.atom();
      const afterAtom = this.i;
      const min = this.quantifier();
      if (min !== 1 || this.i !== afterAtom) f = min === 0 || f.kind !== 'group' ? { kind: 'other' } : { ...f, plain: false };
      f.src = this.src.slice(at, this.i);
      factors.push(f);
    }
    return { factors, src: this.src.slice(from, this.i) };
  }

  /** Reads a quantifier if any: returns the minimum count, 1 when there is none, 2 for "one or more, repeated". */
  quantifier(): number {
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') {
      min = 2;
      this.i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return 1;
      this.i += m[0].length;
      const lo = Number(m[1]);
      min = lo === 0 ? 0 : lo === 1 && !m[2] ? 1 : 2;
    } else return 1;
    if (this.src[this.i] === '?') this.i++;
    return min;
  }

  atom(): Factor {
    const c = this.src[this.i];
    if (c === '(') {
      const start = this.i;
      this.i++;
      let assertion = false;
      if (this.src[this.i] === '?') {
        const m = /^\?(?:<[A-Za-z_]\w*>|:|=|!|<=|<!)/.exec(this.src.slice(this.i));
        if (!m) throw new Error(`unsupported group in ${this.src}`);
        assertion = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
        this.i += m[0].length;
      }
      const alts = this.alternation();
      if (this.src[this.i] !== ')') throw new Error(`unbalanced group in ${this.src}`);
      this.i++;
      return assertion ? { kind: 'other' } : { kind: 'group', alts, plain: this.src.startsWith('(?:', start) };
    }
    if (c === '[') {
      this.i++;
      if (this.src[this.i] === '^') this.i++;
      if (this.src[this.i] === ']') this.i++;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { kind: 'other' };
    }
    if (c === '\\') {
      const e = this.src[this.i + 1];
      this.i += 2;
      if (/[1-9]/.test(e) || CLASS_ESCAPES.has(e)) {
        if (e === 'k') while (this.i < this.src.length && this.src[this.i - 1] !== '>') this.i++;
        else if (e === 'u') this.i += this.src[this.i] === '{' ? this.src.indexOf('}', this.i) + 1 - this.i : 4;
        else if (e === 'x') this.i += 2;
        else if (e === 'c') this.i += 1;
        else if (e === 'p' || e === 'P') this.i = this.src.indexOf('}', this.i) + 1;
        return { kind: 'other' };
      }
      return { kind: 'char', ch: e };
    }
    this.i++;
    if (c === '.' || c === '^' || c === '$') return { kind: 'other' };
    return { kind: 'char', ch: c };
  }
}

/** Cost of checking a set of anchors: short anchors pass the filter more often. */
function cost(anchors: readonly string[]): number {
  let c = 0;
  for (const a of anchors) c += a.length === 1 ? 4 : 2 / a.length;
  return c;
}

function seqAnchors(seq: Seq): string[] | null {
  const options: string[][] = [];
  let run = '';
  const flush = () => {
    if (run) options.push([run]);
    run = '';
  };
  for (const f of seq.factors) {
    if (f.kind === 'char') run += f.ch;
    else {
      flush();
      if (f.kind === 'group') {
        const a = altAnchors(f.alts);
        if (a) options.push(a);
      }
    }
  }
  flush();
  let best: string[] | null = null;
  for (const o of options) if (!best || cost(o) < cost(best)) best = o;
  return best;
}

function altAnchors(alts: readonly Seq[]): string[] | null {
  const out = new Set<string>();
  for (const s of alts) {
    const a = seqAnchors(s);
    if (!a) return null;
    for (const x of a) out.add(x);
  }
  return [...out];
}

/**
 * Returns literals one of which occurs in every match of `re`, or null when none can be read
 * (case-insensitive regexes, or an alternative without a required literal).
 * @example deriveAnchors(/氏名|(?:生徒|患者)(?:の)?名前/g) // ['氏名', '名前']
 */
export function deriveAnchors(re: RegExp): string[] | null {
  if (re.flags.includes('i') || re.flags.includes('v')) return null;
  const p = new Parser(re.source);
  const alts = p.alternation();
  if (p.i !== re.source.length) throw new Error(`unparsed regex tail in ${re.source}`);
  return altAnchors(alts);
}

/** Most parts a regex is split into. */
const MAX_PARTS = 48;

/** Expands a sequence that opens with a plain group (`(?:A|B)C` → `AC`, `BC`: same matches, same order). */
function expand(seq: Seq, budget: number): string[] {
  const [first, ...rest] = seq.factors;
  if (!first || first.kind !== 'group' || !first.plain) return [seq.src];
  const tail = rest.map((f) => f.src ?? '').join('');
  const out: string[] = [];
  for (const a of first.alts) {
    const reparsed = new Parser(a.src + tail);
    const sub = reparsed.sequence();
    if (reparsed.i !== reparsed.src.length) return [seq.src];
    for (const x of expand(sub, budget)) out.push(x);
    if (out.length > budget) return [seq.src];
  }
  return out;
}

/**
 * Splits a global regex into the regexes of its alternatives, opening groups expanded, in order:
 * the leftmost match of the whole is the leftmost match among the parts, the first part winning
 * ties (see `mergedSpans`). Returns null when the regex cannot be split safely.
 * @example splitAlternatives(/(?:ab|cd)e|f/g)!.map((r) => r.source) // ['abe', 'cde', 'f']
 */
export function splitAlternatives(re: RegExp): RegExp[] | null {
  if (!re.global || re.sticky || /\\[1-9k]/.test(re.source)) return null;
  const p = new Parser(re.source);
  const alts = p.alternation();
  if (p.i !== re.source.length) return null;
  const sources: string[] = [];
  for (const a of alts) {
    for (const x of expand(a, MAX_PARTS - sources.length)) sources.push(x);
    if (sources.length > MAX_PARTS) return null;
  }
  return sources.map((src) => new RegExp(src, re.flags));
}

/**
 * Returns the [start, end) pairs of the matches of the alternation of `parts`, as `matchAll` of
 * the whole regex would find them (each part's next match is cached while it lies ahead).
 */
export function mergedSpans(text: string, parts: readonly RegExp[]): number[] {
  const out: number[] = [];
  const n = parts.length;
  const starts = new Array<number>(n).fill(-2);
  const ends = new Array<number>(n).fill(0);
  let p = 0;
  while (p <= text.length) {
    let best = -1;
    for (let i = 0; i < n; i++) {
      if (starts[i] === -1) continue;
      if (starts[i] < p) {
        const re = parts[i];
        re.lastIndex = p;
        const m = re.exec(text);
        if (!m) {
          starts[i] = -1;
          continue;
        }
        starts[i] = m.index;
        ends[i] = m.index + m[0].length;
      }
      if (best < 0 || starts[i] < starts[best]) best = i;
    }
    if (best < 0) break;
    out.push(starts[best], ends[best]);
    p = ends[best] === starts[best] ? ends[best] + 1 : ends[best];
  }
  return out;
}

const SIZE = 1 << 16;
/** Stamps of the chars and char pairs seen in the text of the current filter (shared, re-filled on demand). */
const charStamp = new Uint8Array(SIZE);
const pairStamp = new Uint8Array(SIZE);
let generation = 0;
let current: LiteralFilter | null = null;

function pairKey(a: number, b: number): number {
  return ((a << 6) ^ b) & (SIZE - 1);
}

/** Anchors compiled for the filter: per literal its length, first char code and pair keys. */
export type CompiledAnchors = Int32Array;

/** Compiles a list of literals for `LiteralFilter.mayContainAny`. */
export function compileAnchors(anchors: readonly string[]): CompiledAnchors {
  const out: number[] = [];
  for (const a of anchors) {
    if (a.length === 0) continue;
    out.push(a.length, a.charCodeAt(0));
    for (let i = 1; i < a.length; i++) out.push(pairKey(a.charCodeAt(i - 1), a.charCodeAt(i)));
  }
  return Int32Array.from(out);
}

/**
 * Char and char-pair presence filter of a text: `mayContain` is false only when the literal is
 * surely absent. One filter owns the shared tables at a time; another one re-fills them.
 */
export class LiteralFilter {
  private gen = 0;

  constructor(private readonly text: string) {}

  private fill(): void {
    const { text } = this;
    if (++generation > 255) {
      charStamp.fill(0);
      pairStamp.fill(0);
      generation = 1;
    }
    const gen = generation;
    this.gen = gen;
    current = this;
    let prev = text.length > 0 ? text.charCodeAt(0) : 0;
    if (text.length > 0) charStamp[prev] = gen;
    for (let i = 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      charStamp[c] = gen;
      pairStamp[((prev << 6) ^ c) & (SIZE - 1)] = gen;
      prev = c;
    }
  }

  /** True when the literal may occur in the text. */
  mayContain(lit: string): boolean {
    return lit.length === 0 || this.mayContainAny(compileAnchors([lit]));
  }

  /** True when one of the compiled anchors may occur in the text. */
  mayContainAny(anchors: CompiledAnchors): boolean {
    if (current !== this) this.fill();
    const gen = this.gen;
    let i = 0;
    while (i < anchors.length) {
      const len = anchors[i];
      const next = i + 1 + len;
      if (charStamp[anchors[i + 1]] === gen) {
        let j = i + 2;
        while (j < next && pairStamp[anchors[j]] === gen) j++;
        if (j === next) return true;
      }
      i = next;
    }
    return false;
  }
}
