/** The pipeline stage an error comes from; printed first in every error line. */
export type Stage = 'ingest' | 'archive' | 'segment' | 'extract' | 'store' | 'search' | 'export' | 'serve' | 'cli' | 'config' | 'eval';

/**
 * An expected failure with a message fit for the user: it names the stage and the file.
 * @example new JikenboError('ingest', 'seeds/003.txt: cannot decode as Shift_JIS')
 */
export class JikenboError extends Error {
  readonly stage: Stage;
  readonly exitCode: number;
  constructor(stage: Stage, message: string, options?: { cause?: unknown; exitCode?: number }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JikenboError';
    this.stage = stage;
    this.exitCode = options?.exitCode ?? 1;
  }
  override toString(): string {
    return `${this.stage}: ${this.message}`;
  }
}

/** Returns true when a value is a JikenboError. */
export function isJikenboError(e: unknown): e is JikenboError {
  return e instanceof JikenboError;
}
