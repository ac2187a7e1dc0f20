/**
 * Cue scanning shared by the rule files: a report view with its sentences (memoised per input),
 * and a scanner that runs a list of regex cues and tells for each hit its sentence, whether it
 * is negated, and whether it sits in a request, warning or prevention statement.
 */
import type { ReportInput } from '../input.js';
import { sentenceAt, sentenceStarts, type Span } from './sentences.js';
import { compileAnchors, deriveAnchors, LiteralFilter, mergedSpans, splitAlternatives, type CompiledAnchors } from './anchors.js';
import { clauseAround, isPreventiveOrHypothetical, isRequestOrCondition, polarityAfter, type Polarity } from './negation.js';

export interface ReportView {
  readonly text: string;
  readonly starts: Int32Array;
  readonly titleStart: number;
  readonly titleEnd: number;
  /** Where scanning starts: the title for plain posts, the title item and the body for archive releases. */
  readonly bodyStart: number;
  /** Literal presence filter of the text, built on first use. */
  filter?: LiteralFilter;
}

const views = new WeakMap<ReportInput, ReportView>();

/** Returns the memoised view of a report input. */
export function viewOf(input: ReportInput): ReportView {
  let v = views.get(input);
  if (!v) {
    const text = input.norm.text;
    v = { text, starts: sentenceStarts(text), titleStart: input.titleStart, titleEnd: input.titleEnd, bodyStart: input.bodyStart };
    views.set(input, v);
  }
  return v;
}

/** Memoises a per-input computation (several fields read the same analysis). */
export function memo<T>(fn: (input: ReportInput) => T): (input: ReportInput) => T {
  const cache = new WeakMap<ReportInput, T>();
  return (input) => {
    let r = cache.get(input);
    if (r === undefined && !cache.has(input)) {
      r = fn(input);
      cache.set(input, r);
    }
    return r as T;
  };
}

export interface Cue<V> {
  /** Rule id, ends up in Evidence.rule (`categories.ransomware.keyword`). */
  readonly id: string;
  readonly value: V;
  /** A global regex over the normalised text. */
  readonly re: RegExp;
  /** Keep hits whose clause negates them (default: drop them). */
  readonly keepNegated?: boolean;
  /** Keep hits in requests, warnings and conditions (default: drop them). */
  readonly keepRequests?: boolean;
  /** Keep hits about prevention or hypotheses (default: drop them). */
  readonly keepPreventive?: boolean;
  /** Extra test on the hit; false drops it. */
  readonly guard?: (hit: CueHit<V>, view: ReportView) => boolean;
  /**
   * Literals one of which every match contains; the regex is skipped when none occurs in the text.
   * Derived from `re` when left out (see anchors.ts); give them only to pick rarer ones.
   */
  readonly anchors?: readonly string[];
}

/** A cue regex split into its alternatives, each with its anchors (derived once per regex). */
interface Plan {
  readonly whole: RegExp;
  readonly anchors: CompiledAnchors | null;
  readonly parts: readonly { readonly re: RegExp; readonly anchors: CompiledAnchors | null }[] | null;
}

const plans = new WeakMap<RegExp, Plan>();
const planLists = new WeakMap<readonly Cue<unknown>[], readonly Plan[]>();

function compiled(anchors: readonly string[] | null): CompiledAnchors | null {
  return anchors ? compileAnchors(anchors) : null;
}

function planOf<V>(cue: Cue<V>): Plan {
  let plan = plans.get(cue.re);
  if (!plan) {
    const split = cue.anchors ? null : splitAlternatives(cue.re);
    plan = {
      whole: cue.re,
      anchors: compiled(cue.anchors ?? deriveAnchors(cue.re)),
      parts: split && split.length > 1 ? split.map((re) => ({ re, anchors: compiled(deriveAnchors(re)) })) : null,
    };
    plans.set(cue.re, plan);
  }
  return plan;
}

function plansOf<V>(cues: readonly Cue<V>[]): readonly Plan[] {
  let list = planLists.get(cues as readonly Cue<unknown>[]);
  if (!list) {
    list = cues.map(planOf);
    planLists.set(cues as readonly Cue<unknown>[], list);
  }
  return list;
}

/**
 * Returns the [start, end) pairs of the cue's matches in the report, as `matchAll` would find them.
 * Alternatives none of whose anchors occur in the text are left out (they cannot match); when
 * none is left the regex is not run at all.
 */
export function cueSpans<V>(view: ReportView, cue: Cue<V>, plan: Plan = planOf(cue)): number[] {
  view.filter ??= new LiteralFilter(view.text);
  const filter = view.filter;
  if (plan.anchors && !filter.mayContainAny(plan.anchors)) return [];
  if (!plan.parts) return matchSpans(view.text, plan.whole);
  const live: RegExp[] = [];
  for (const p of plan.parts) if (!p.anchors || filter.mayContainAny(p.anchors)) live.push(p.re);
  if (live.length === 0) return [];
  if (live.length === 1) return matchSpans(view.text, live[0]);
  return mergedSpans(view.text, live);
}

export interface CueHit<V> {
  readonly cue: Cue<V>;
  readonly start: number;
  readonly end: number;
  readonly sentence: Span;
  readonly polarity: Polarity;
  /** Span of the predicate that decided the polarity. */
  readonly predicate: Span;
  readonly inTitle: boolean;
}

/** Returns true when [start, end) lies in the part of the text rules read (title or body). */
export function inReadArea(view: ReportView, start: number): boolean {
  if (view.bodyStart === 0) return true;
  return start >= view.bodyStart || (start >= view.titleStart && start < view.titleEnd);
}

/** Returns the [start, end) pairs of the matches of a global regex, as `matchAll` would find them. */
function matchSpans(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const len = m[0].length;
    out.push(m.index, m.index + len);
    if (len === 0) re.lastIndex++;
  }
  return out;
}

/** Runs the cues over the report and returns the hits that survive negation, request and guard checks. */
export function scanCues<V>(view: ReportView, cues: readonly Cue<V>[]): CueHit<V>[] {
  const { text } = view;
  const hits: CueHit<V>[] = [];
  const cuePlans = plansOf(cues);
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c];
    const found = cueSpans(view, cue, cuePlans[c]);
    for (let i = 0; i < found.length; i += 2) {
      const start = found[i];
      const end = found[i + 1];
      if (end === start || !inReadArea(view, start)) continue;
      const sentence = sentenceAt(view.starts, text, start);
      const p = polarityAfter(text, end, sentence.end);
      const hit: CueHit<V> = {
        cue,
        start,
        end,
        sentence,
        polarity: p.polarity,
        predicate: { start: p.start, end: p.end },
        inTitle: start >= view.titleStart && start < view.titleEnd,
      };
      if (!cue.keepNegated && p.polarity === 'negated') continue;
      if (!cue.keepRequests && isRequestOrCondition(clauseAround(text, sentence.start, sentence.end, start))) continue;
      if (!cue.keepPreventive && isPreventiveOrHypothetical(text, start, end)) continue;
      if (cue.guard && !cue.guard(hit, view)) continue;
      hits.push(hit);
    }
  }
  return hits;
}

/** Returns the sentence text of a hit. */
export function sentenceText(view: ReportView, hit: { sentence: Span }): string {
  return view.text.slice(hit.sentence.start, hit.sentence.end);
}

/** Returns up to `span` characters before a hit within its sentence. */
export function before(view: ReportView, hit: { start: number; sentence: Span }, span: number): string {
  return view.text.slice(Math.max(hit.sentence.start, hit.start - span), hit.start);
}

/** Returns up to `span` characters after a hit within its sentence. */
export function after(view: ReportView, hit: { end: number; sentence: Span }, span: number): string {
  return view.text.slice(hit.end, Math.min(hit.sentence.end, hit.end + span));
}

/** Builds a global regex from alternatives (kept readable in the rule files). */
export function re(...alternatives: string[]): RegExp {
  return new RegExp(alternatives.join('|'), 'g');
}
