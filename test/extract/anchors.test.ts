import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAnchors, deriveAnchors, LiteralFilter, mergedSpans, splitAlternatives } from '../../src/extract/text/anchors.js';
import { rules as categories } from '../../src/extract/rules/categories.js';
import { rules as actions } from '../../src/extract/rules/actions.js';
import { rules as dataTypes } from '../../src/extract/rules/data-types.js';
import { rules as leak } from '../../src/extract/rules/leak.js';
import { rules as misuse } from '../../src/extract/rules/misuse.js';
import { ARCHIVE_DIR } from '../helpers/corpus.js';

const cues = [...categories, ...actions, ...dataTypes, ...leak, ...misuse];
// The releases of three labelled sets, read from the release archive beside the repository.
const texts = ['archive-dev.jsonl', 'archive-dev2.jsonl', 'archive-dev3.jsonl'].flatMap((f) =>
  readFileSync(new URL(`../fixtures/gold/${f}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => readFileSync(join(ARCHIVE_DIR, (JSON.parse(l) as { file: string }).file), 'utf8')),
);

const spans = (text: string, re: RegExp) => [...text.matchAll(re)].flatMap((m) => [m.index, m.index + m[0].length]);

describe('cue anchors', () => {
  it('reads required literals through groups, options and quantifiers', () => {
    expect(deriveAnchors(/氏名|(?:生徒|患者)(?:の)?名前/g)).toEqual(['氏名', '名前']);
    expect(deriveAnchors(/(?:a|b)?cd\u3000x/g)).toEqual(['cd']);
    expect(deriveAnchors(/a|\d+/g)).toBeNull();
  });
  it('splits alternatives and opening groups in match order', () => {
    expect(splitAlternatives(/(?:ab|cd)e|f/g)!.map((r) => r.source)).toEqual(['abe', 'cde', 'f']);
    expect(splitAlternatives(/(?:a|b)?c|(?:x|(?:y|z)w)+v/g)!.map((r) => r.source)).toEqual(['(?:a|b)?c', '(?:x|(?:y|z)w)+v']);
  });
  it('merges the parts into the same matches as the whole regex', () => {
    const re = /漏えい(?:し(?:た|ました))?|漏|(?:流|漏)出|a*/g;
    for (const t of ['漏えいしました。流出、漏出漏', 'aa漏えいxa', '']) expect(mergedSpans(t, splitAlternatives(re)!)).toEqual(spans(t, re));
  });
  it('never filters out a literal that occurs', () => {
    const f = new LiteralFilter('個人情報が流出した可能性');
    for (const w of ['流出', '可能性', '個', '報が流']) expect(f.mayContainAny(compileAnchors([w]))).toBe(true);
    expect(f.mayContainAny(compileAnchors(['漏えい', '窃取']))).toBe(false);
  });
  it('finds every match of every cue on the gold texts (anchors and splits are sound)', () => {
    for (const cue of cues) {
      const anchors = cue.anchors ?? deriveAnchors(cue.re);
      const parts = splitAlternatives(cue.re);
      for (const t of texts) {
        const whole = spans(t, cue.re);
        for (let i = 0; i < whole.length; i += 2) {
          const m = t.slice(whole[i], whole[i + 1]);
          if (anchors && m) expect(anchors.some((a) => m.includes(a)), `${cue.id}: ${m}`).toBe(true);
        }
        if (parts) expect(mergedSpans(t, parts), cue.id).toEqual(whole);
      }
    }
  });
});
