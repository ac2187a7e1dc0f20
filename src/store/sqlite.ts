/**
 * The SQLite store: one file, WAL mode, versioned migrations applied on open, each document's
 * write in one transaction. Full-text search: an FTS5 index of the letter pairs of each report's
 * normalised text selects the candidates of a term, `instr` keeps those holding it (search-index.ts).
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createHash } from 'node:crypto';
import { JikenboError } from '../core/errors.js';
import type { DocumentMetadata, Extraction, Report, Source } from '../core/model.js';
import { indexedBigrams } from './search-index.js';
import { extractionColumns, facetValues, isReportRecord, reportRecord } from './records.js';
import { applyMigrations } from './migrate.js';
import type {
  AffectedBucket,
  DocumentWrite,
  MonthCategoryCount,
  FacetField,
  ListOptions,
  ReportFilter,
  ReportPage,
  SaveResult,
  Store,
  StoreStats,
} from './store.js';

type Row = Record<string, unknown>;

/** The stable id of a report: a hash of its document key and its key within the document. */
export function reportId(documentKey: string, reportKey: string): string {
  return createHash('sha256').update(documentKey).update('\0').update(reportKey).digest('hex').slice(0, 12);
}

function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** Opens (creating if needed) a SQLite casebook at `path`, migrated to the current schema. */
export function openSqliteStore(path: string): SqliteStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (e) {
    throw new JikenboError('store', `${path}: cannot open database: ${(e as Error).message}`, { cause: e });
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  applyMigrations(db, 'sqlite');
  return new SqliteStore(db);
}

export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly stmts: ReturnType<SqliteStore['prepare']>;

  constructor(db: Database.Database) {
    this.db = db;
    this.stmts = this.prepare();
  }

  private prepare() {
    const db = this.db;
    return {
      hasSource: db.prepare('SELECT 1 FROM sources WHERE sha256 = ?').pluck(),
      getSource: db.prepare('SELECT * FROM sources WHERE sha256 = ?'),
      insertSource: db.prepare(
        'INSERT OR IGNORE INTO sources (sha256, size, origin, encoding, format, media_type, ingested_at) VALUES (@sha256, @size, @origin, @encoding, @format, @media_type, @ingested_at)',
      ),
      getDocument: db.prepare('SELECT key, version FROM documents WHERE key = ?'),
      insertDocument: db.prepare(
        'INSERT INTO documents (key, source, origin, format, encoding, metadata, version, updated_at) VALUES (@key, @source, @origin, @format, @encoding, @metadata, @version, @updated_at)',
      ),
      updateDocument: db.prepare(
        'UPDATE documents SET source = @source, origin = @origin, format = @format, encoding = @encoding, metadata = @metadata, version = @version, updated_at = @updated_at WHERE key = @key',
      ),
      insertVersion: db.prepare('INSERT INTO document_versions (document_key, version, source, ingested_at) VALUES (?, ?, ?, ?)'),
      reportsOfDocument: db.prepare('SELECT seq, id, report_key FROM reports WHERE document_key = ?'),
      insertReport: db.prepare(
        `INSERT INTO reports (id, document_key, report_key, ordinal, source, start, "end", line, title, text, metadata, search_text,
           extractor_version, extraction, casebook_id, organization, org_type, announced_on, affected, is_incident, leak, misuse, follow_up, sort_date)
         VALUES (@id, @document_key, @report_key, @ordinal, @source, @start, @end, @line, @title, @text, @metadata, @search_text,
           @extractor_version, @extraction, @casebook_id, @organization, @org_type, @announced_on, @affected, @is_incident, @leak, @misuse, @follow_up, @sort_date)`,
      ),
      updateReport: db.prepare(
        `UPDATE reports SET ordinal = @ordinal, source = @source, start = @start, "end" = @end, line = @line, title = @title, text = @text,
           metadata = @metadata, search_text = @search_text, extractor_version = @extractor_version, extraction = @extraction,
           casebook_id = @casebook_id, organization = @organization, org_type = @org_type, announced_on = @announced_on,
           affected = @affected, is_incident = @is_incident, leak = @leak, misuse = @misuse, follow_up = @follow_up, sort_date = @sort_date
         WHERE seq = @seq`,
      ),
      updateExtraction: db.prepare(
        `UPDATE reports SET extractor_version = @extractor_version, extraction = @extraction, casebook_id = @casebook_id,
           organization = @organization, org_type = @org_type, announced_on = @announced_on, affected = @affected,
           is_incident = @is_incident, leak = @leak, misuse = @misuse, follow_up = @follow_up, sort_date = @sort_date
         WHERE seq = @seq`,
      ),
      deleteReport: db.prepare('DELETE FROM reports WHERE seq = ?'),
      deleteFacets: db.prepare('DELETE FROM report_facets WHERE seq = ?'),
      insertFacet: db.prepare('INSERT OR IGNORE INTO report_facets (field, value, seq) VALUES (?, ?, ?)'),
      deleteBigrams: db.prepare('DELETE FROM reports_bigram WHERE rowid = ?'),
      insertBigrams: db.prepare('INSERT INTO reports_bigram (rowid, bi) VALUES (?, ?)'),
      reportById: db.prepare('SELECT * FROM reports WHERE id = ?'),
      reportsByPrefix: db.prepare("SELECT * FROM reports WHERE id >= ? AND id < ? || 'g' LIMIT 2"),
      seqOf: db.prepare('SELECT seq, metadata FROM reports WHERE id = ?'),
      reportIds: db.prepare('SELECT id FROM reports ORDER BY seq').pluck(),
    };
  }

  /** Statements built from a filter's shape, prepared once per distinct SQL text (a filter's values are parameters). */
  private readonly statements = new Map<string, Database.Statement>();

  private cached(sql: string, pluck = false): Database.Statement {
    const key = pluck ? `pluck:${sql}` : sql;
    let stmt = this.statements.get(key);
    if (!stmt) {
      // Filter shapes are few; the bound only guards against an unexpected variety.
      if (this.statements.size >= 500) this.statements.clear();
      stmt = this.db.prepare(sql);
      if (pluck) stmt.pluck();
      this.statements.set(key, stmt);
    }
    return stmt;
  }

  async hasSource(sha256: string): Promise<boolean> {
    return this.stmts.hasSource.get(sha256) !== undefined;
  }

  async getSource(sha256: string): Promise<Source | null> {
    const row = this.stmts.getSource.get(sha256) as Row | undefined;
    if (!row) return null;
    return {
      sha256: String(row.sha256),
      size: Number(row.size),
      origin: String(row.origin),
      encoding: (row.encoding as Source['encoding']) ?? null,
      format: row.format as Source['format'],
      media_type: String(row.media_type),
      ingested_at: String(row.ingested_at),
    };
  }

  async saveDocument(doc: DocumentWrite): Promise<SaveResult> {
    return this.db.transaction(() => this.saveDocumentSync(doc))();
  }

  async saveDocuments(docs: readonly DocumentWrite[]): Promise<SaveResult[]> {
    return this.db.transaction(() => docs.map((d) => this.saveDocumentSync(d)))();
  }

  private saveDocumentSync(doc: DocumentWrite): SaveResult {
    const s = this.stmts;
    const now = doc.source.ingested_at;
    s.insertSource.run({ ...doc.source });
    const existing = s.getDocument.get(doc.key) as { key: string; version: number } | undefined;
    const version = existing ? existing.version + 1 : 1;
    const docRow = {
      key: doc.key,
      source: doc.source.sha256,
      origin: doc.origin,
      format: doc.format,
      encoding: doc.encoding,
      metadata: JSON.stringify(doc.metadata),
      version,
      updated_at: now,
    };
    if (existing) s.updateDocument.run(docRow);
    else s.insertDocument.run(docRow);
    s.insertVersion.run(doc.key, version, doc.source.sha256, now);

    const old = new Map<string, { seq: number; id: string }>();
    for (const r of s.reportsOfDocument.all(doc.key) as Array<{ seq: number; id: string; report_key: string }>) old.set(r.report_key, r);
    let added = 0;
    let updated = 0;
    const ids: string[] = [];
    doc.reports.forEach((r, ordinal) => {
      const rec = isReportRecord(r) ? r : reportRecord(r);
      const id = reportId(doc.key, rec.report_key);
      ids.push(id);
      const { facets, bigrams, ...columns } = rec;
      const row = { ...columns, id, document_key: doc.key, ordinal, source: doc.source.sha256 };
      const prev = old.get(rec.report_key);
      let seq: number;
      if (prev) {
        seq = prev.seq;
        s.updateReport.run({ ...row, seq });
        s.deleteFacets.run(seq);
        s.deleteBigrams.run(seq);
        old.delete(rec.report_key);
        updated++;
      } else {
        seq = Number(s.insertReport.run(row).lastInsertRowid);
        added++;
      }
      s.insertBigrams.run(seq, bigrams);
      this.insertFacets(seq, facets);
    });
    for (const gone of old.values()) {
      s.deleteFacets.run(gone.seq);
      s.deleteBigrams.run(gone.seq);
      s.deleteReport.run(gone.seq);
    }
    return { status: existing ? 'updated' : 'new', version, added, updated, removed: old.size, reportIds: ids };
  }

  private insertFacets(seq: number, facets: readonly string[]): void {
    for (let i = 0; i + 1 < facets.length; i += 2) this.stmts.insertFacet.run(facets[i], facets[i + 1], seq);
  }

  async getReport(id: string): Promise<Report | null> {
    const s = this.stmts;
    let row = s.reportById.get(id) as Row | undefined;
    if (!row && /^[0-9a-f]{4,11}$/.test(id)) {
      const rows = s.reportsByPrefix.all(id, id) as Row[];
      const matching = rows.filter((r) => String(r.id).startsWith(id));
      if (matching.length === 1) row = matching[0];
    }
    return row ? toReport(row) : null;
  }

  async listReports(options: ListOptions = {}): Promise<ReportPage> {
    const { where, params } = filterSql(options.filter);
    const limit = Math.max(0, Math.min(options.limit ?? 20, 10_000));
    const offset = Math.max(0, options.offset ?? 0);
    const order =
      options.sort === 'affected'
        ? 'affected DESC NULLS LAST, sort_date DESC NULLS LAST, seq DESC'
        : options.sort === 'ingested'
          ? 'seq DESC'
          : 'sort_date DESC NULLS LAST, seq DESC';
    const total = Number(this.cached(`SELECT count(*) FROM reports WHERE ${where}`, true).get(...params));
    const rows = this.cached(`SELECT * FROM reports WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, limit, offset) as Row[];
    return { total, reports: rows.map(toReport) };
  }

  async facetCounts(field: FacetField, filter?: ReportFilter, limit = 50): Promise<Array<{ value: string; count: number }>> {
    const { where, params } = filterSql(filter);
    const rows = this
      .cached(
        `SELECT value, count(*) AS count FROM report_facets WHERE field = ? AND seq IN (SELECT seq FROM reports WHERE ${where})
         GROUP BY value ORDER BY count DESC, value LIMIT ?`,
      )
      .all(field, ...params, limit) as Array<{ value: string; count: number }>;
    return rows;
  }

  async reportIds(): Promise<string[]> {
    return this.stmts.reportIds.all() as string[];
  }

  async updateExtraction(id: string, extraction: Extraction): Promise<void> {
    const s = this.stmts;
    this.db.transaction(() => {
      const row = s.seqOf.get(id) as { seq: number; metadata: string } | undefined;
      if (!row) throw new JikenboError('store', `no report ${id}`);
      const metadata = JSON.parse(row.metadata) as DocumentMetadata;
      const cols = extractionColumns(extraction, metadata);
      s.updateExtraction.run({ ...cols, seq: row.seq });
      s.deleteFacets.run(row.seq);
      this.insertFacets(row.seq, facetValues(extraction, cols.sort_date));
    })();
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => Number(this.cached(sql, true).get());
    return {
      documents: one('SELECT count(*) FROM documents'),
      reports: one('SELECT count(*) FROM reports'),
      sources: one('SELECT count(*) FROM sources'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // -------------------------------------------------------------------------------------------
  // Statistics (read-only; used by the web app's /stats and /api/stats).

  async monthlyCategoryCounts(filter?: ReportFilter): Promise<MonthCategoryCount[]> {
    const { where, params } = filterSql(filter);
    return this
      .cached(
        `SELECT m.value AS month, c.value AS category, count(*) AS count
         FROM report_facets m JOIN report_facets c ON c.seq = m.seq AND c.field = 'category'
         WHERE m.field = 'month' AND m.seq IN (SELECT seq FROM reports WHERE ${where})
         GROUP BY m.value, c.value ORDER BY m.value, c.value`,
      )
      .all(...params) as MonthCategoryCount[];
  }

  async affectedBuckets(filter?: ReportFilter): Promise<AffectedBucket[]> {
    const { where, params } = filterSql(filter);
    return this
      .cached(
        `SELECT CASE WHEN affected IS NULL THEN NULL WHEN affected <= 0 THEN 0 ELSE length(CAST(affected AS INTEGER)) END AS digits,
                count(*) AS count
         FROM reports WHERE ${where} GROUP BY digits ORDER BY digits IS NULL, digits`,
      )
      .all(...params) as AffectedBucket[];
  }
}

const FILTER_FACETS: ReadonlyArray<[keyof ReportFilter, string]> = [
  ['category', 'category'],
  ['org_type', 'org_type'],
  ['data_type', 'data_type'],
  ['action', 'action'],
  ['leak', 'leak'],
  ['misuse', 'misuse'],
  ['year', 'year'],
  ['month', 'month'],
  ['follow_up', 'follow_up'],
  ['is_incident', 'is_incident'],
  ['organization', 'organization'],
];

/** Builds the WHERE clause (over `reports`) of a filter. */
function filterSql(filter: ReportFilter | undefined): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  for (const term of filter?.terms ?? []) {
    const t = term.text;
    const chars = Array.from(t);
    let clause: string;
    // Pairs so common the index leaves them out (stop-bigrams.ts) select nothing: a term made only of
    // them, like a one-letter term, is answered by a scan.
    const pairs = chars.length >= 2 ? indexedBigrams(t) : [];
    if (pairs.length > 0) {
      // Candidates hold every pair of the term; instr keeps those that hold the term itself.
      clause = '(seq IN (SELECT rowid FROM reports_bigram WHERE reports_bigram MATCH ?) AND instr(search_text, ?) > 0)';
      params.push(pairs.map(ftsPhrase).join(' AND '), t);
    } else {
      clause = 'instr(search_text, ?) > 0';
      params.push(t);
    }
    clauses.push(term.negated ? `NOT (${clause})` : clause);
  }
  for (const [key, field] of FILTER_FACETS) {
    const values = filter?.[key] as readonly string[] | undefined;
    if (!values || values.length === 0) continue;
    clauses.push(`seq IN (SELECT seq FROM report_facets WHERE field = ? AND value IN (${values.map(() => '?').join(', ')}))`);
    params.push(field, ...values);
  }
  return { where: clauses.length ? clauses.join(' AND ') : '1', params };
}

function toReport(row: Row): Report {
  return {
    id: String(row.id),
    source: String(row.source),
    document_key: String(row.document_key),
    ordinal: Number(row.ordinal),
    start: Number(row.start),
    end: Number(row.end),
    line: Number(row.line),
    title: String(row.title),
    text: String(row.text),
    metadata: JSON.parse(String(row.metadata)) as DocumentMetadata,
    extraction: row.extraction ? (JSON.parse(String(row.extraction)) as Extraction) : null,
  };
}
