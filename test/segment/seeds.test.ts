import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Segment } from '../../src/core/model.js';
import { scoreSegmentation } from '../../src/pipeline/score.js';
import { segmentDocument } from '../../src/segment/index.js';
import { goldStarts, seedDocuments, sharedPath, textDocument } from './shared.js';

/** Checks what every segment of `doc` promises: its slice, its line number and its title agree. */
function expectConsistent(doc: Document, segments: readonly Segment[]): void {
  const lines = doc.text.split('\n');
  let previousEnd = 0;
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(doc.text.length);
    const slice = doc.text.slice(s.start, s.end);
    expect(lines[s.line - 1]).toBe(s.title);
    expect(slice.startsWith(s.title)).toBe(true);
    // The title line starts where the segment does.
    expect(doc.text.slice(0, s.start).split('\n').length).toBe(s.line);
    // Trimmed of trailing blank lines.
    expect(slice.split('\n').at(-1)!.trim()).not.toBe('');
    previousEnd = s.end;
  }
}

describe('segmentDocument on the seed pages', () => {
  const docs = seedDocuments();
  const segmentsOf = new Map(docs.map((d) => [d.source, segmentDocument(d)]));

  it('finds the gold report starts (F1 ≥ 0.97 overall and per file)', () => {
    const predicted = new Map([...segmentsOf].map(([f, segs]) => [f, new Set(segs.map((s) => s.line))]));
    const score = scoreSegmentation(goldStarts(), predicted);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    for (const [file, s] of Object.entries(score.files)) expect(s.f1, file).toBeGreaterThanOrEqual(0.9);
  });

  it('gives segments whose slices, line numbers and titles agree', () => {
    for (const doc of docs) expectConsistent(doc, segmentsOf.get(doc.source)!);
  });

  it('cuts each gold report exactly as the gold text has it', () => {
    for (const l of readFileSync(sharedPath('gold', 'seeds.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const g = JSON.parse(l) as { id: string; file: string; line: number; text: string };
      const doc = docs.find((d) => d.source === g.file)!;
      const s = segmentsOf.get(g.file)!.find((x) => x.line === g.line);
      expect(s, g.id).toBeDefined();
      expect(doc.text.slice(s!.start, s!.end), g.id).toBe(g.text);
    }
  });

  it('gives the same starts when the page has CRLF line ends', () => {
    for (const doc of docs) {
      const crlf = segmentDocument(textDocument(doc.source, doc.text.replace(/\n/g, '\r\n')));
      expect(crlf.map((s) => [s.line, s.title])).toEqual(segmentsOf.get(doc.source)!.map((s) => [s.line, s.title]));
    }
  });
});

describe('segmentDocument on release-archive Markdown without given segments', () => {
  const root = sharedPath('corpus', 'security-incident-archive');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.md') && f !== 'README.md') files.push(p);
    }
  };
  walk(root);

  it('makes each release one report, whatever format ingest named', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const p of files) {
      const text = readFileSync(p, 'utf8');
      for (const format of ['text', 'archive-md', 'markdown'] as const) {
        const segs = segmentDocument(textDocument(p, text, format));
        expect(segs.length, `${p} (${format})`).toBe(1);
        expect(segs[0].start).toBe(text.search(/\S/));
        expect(text.split('\n')[segs[0].line - 1]).toContain(segs[0].title);
      }
    }
  });
});
