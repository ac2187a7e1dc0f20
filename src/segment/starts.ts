/**
 * Where posts start on a page. Three kinds of title line, measured on the casebook blog's pages:
 *
 * - `casebook`: a casebook heading (【セキュリティ事件簿#…】) always starts a post;
 * - `dated`: a headline ending in its release date (`… 2022年11月28日 [組織名]`), set off by a
 *   blank line above and at least one below;
 * - `plain`: a news headline set off by a blank line above and at least two below (body
 *   paragraphs are separated by single blank lines), that is shaped like a headline (see
 *   `notHeadlineReason`), is followed by a body that is not itself a title or a trailer, and does
 *   not sit directly under another title (a logo's alt text, a subtitle).
 *
 * "Above" counts the top of the document as a blank line.
 */
import { isCasebookHeading } from './casebook.js';
import { datedHead, fold, isTrailer, notHeadlineReason } from './headline.js';
import type { LineContext } from './lines.js';

export type StartKind = 'casebook' | 'dated' | 'plain';

export interface Start {
  /** 0-based line index of the title line. */
  readonly index: number;
  readonly kind: StartKind;
}

/** Blank lines a plain headline needs below it. */
const PLAIN_GAP = 2;
/** Blank lines a dated headline needs below it. */
const DATED_GAP = 1;

/** Returns the title lines of the posts on a page, in order. */
export function findStarts(ctx: LineContext): Start[] {
  const { lines, blanksBefore, blanksAfter, nextContent, prevContent } = ctx;
  const folded = lines.map((l) => (l.blank ? '' : fold(l.text)));
  const strongKind = (i: number): StartKind | null => {
    if (isCasebookHeading(lines[i].text)) return 'casebook';
    const f = folded[i];
    if (datedHead(f) !== null && notHeadlineReason(f) === null) return 'dated';
    return null;
  };

  const starts: Start[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].blank) continue;
    const strong = strongKind(i);
    if (strong === 'casebook') {
      starts.push({ index: i, kind: strong });
      continue;
    }
    // Set off from the paragraph above (the top of the document counts as a gap).
    if (blanksBefore[i] === 0) continue;
    if (strong === 'dated') {
      if (blanksAfter[i] >= DATED_GAP) starts.push({ index: i, kind: strong });
      continue;
    }
    if (blanksAfter[i] < PLAIN_GAP || notHeadlineReason(folded[i]) !== null) continue;
    const next = nextContent[i];
    // A post has a body: the line below must be neither a title nor the trailer of this post.
    if (next < 0 || strongKind(next) !== null || isTrailer(folded[next])) continue;
    // A headline right under a title is a subtitle or logo text of that post.
    const prev = prevContent[i];
    if (prev >= 0 && starts.length > 0 && starts[starts.length - 1].index === prev) continue;
    starts.push({ index: i, kind: 'plain' });
  }
  return starts;
}
