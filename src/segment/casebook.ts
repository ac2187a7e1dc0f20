import { casebookHeading } from '../core/casebook.js';

/**
 * Whether the line opens with a casebook heading (`【…#YYYY-NNN】` or `【…#YYYY】`): such a line
 * always starts a report, whatever the blank lines around it.
 */
export function isCasebookHeading(line: string): boolean {
  return casebookHeading(line) !== null;
}
