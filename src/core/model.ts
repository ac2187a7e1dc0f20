/**
 * The domain records every stage passes around: plain, readonly data.
 * Source → Document → Report → Extraction (+ Evidence) → Incident.
 */
import type { Action, Category, CountKind, DataType, FieldName, LeakStatus, MisuseStatus, OrgType } from './fields.js';

/** How the bytes of an original were read. */
export type DocumentFormat = 'text' | 'html' | 'archive-md' | 'markdown' | 'pdf' | 'feed';

/** Encodings the decoder recognises, named as the WHATWG Encoding Standard names them. */
export type TextEncodingName = 'utf-8' | 'shift_jis' | 'euc-jp' | 'iso-2022-jp' | 'utf-16le' | 'utf-16be';

/** One original as archived: its bytes are addressed by `sha256`. */
export interface Source {
  readonly sha256: string;
  readonly size: number;
  /** Path as given, or URL, or `-` for standard input. */
  readonly origin: string;
  readonly encoding: TextEncodingName | null;
  readonly format: DocumentFormat;
  readonly media_type: string;
  /** ISO 8601 timestamp. */
  readonly ingested_at: string;
}

/** Facts a document states about itself (the archive Markdown header, a Blogger post title, HTML meta). */
export interface DocumentMetadata {
  readonly title?: string;
  /** YYYY-MM-DD */
  readonly published_on?: string;
  readonly organization?: string;
  readonly url?: string;
  /** 事案ID of the release archive. */
  readonly incident_key?: string;
  /** 公表種別 of the release archive, e.g. 初報, 続報. */
  readonly publication_kind?: string;
  /** Links to earlier reports of the same incident (e.g. 第1報：URL). */
  readonly related_urls?: readonly string[];
}

/** One decoded original. `text` is what segmentation and extraction read. */
export interface Document {
  readonly source: string;
  readonly origin: string;
  readonly format: DocumentFormat;
  readonly encoding: TextEncodingName | null;
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /**
   * Report boundaries the format itself gives (one report per archive release, the posts of a
   * Blogger page); when present, segmentation takes them as they are.
   */
  readonly segments?: readonly Segment[];
}

/** A report as segmentation finds it: a slice of the document text. */
export interface Segment {
  /** UTF-16 offsets into Document.text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** 1-based line number of the title line in Document.text. */
  readonly line: number;
  readonly title: string;
  /** Facts the segmenter knows about this report only (e.g. a per-post date of a Blogger page). */
  readonly metadata?: DocumentMetadata;
}

/** One announcement after segmentation, as stored. */
export interface Report {
  readonly id: string;
  /** SHA-256 of the source the text was cut from. */
  readonly source: string;
  readonly document_key: string;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly title: string;
  readonly text: string;
  readonly metadata: DocumentMetadata;
  readonly extraction: Extraction | null;
}

/** Where in the report text a value was read, and by which rule. Offsets are UTF-16, end exclusive. */
export interface Evidence {
  readonly field: FieldName;
  readonly value: unknown;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly rule: string;
}

export interface Count {
  readonly value: number;
  readonly kind: CountKind;
}

/** The contract fields of one report (plain values) plus the evidence of each. */
export interface Extraction {
  readonly extractor_version: string;
  readonly casebook_id: string | null;
  readonly title: string;
  readonly is_incident: boolean;
  readonly organization: readonly string[];
  readonly org_type: OrgType | null;
  readonly categories: readonly Category[];
  readonly announced_on: string | null;
  readonly discovered_on: string | null;
  readonly period_from: string | null;
  readonly period_to: string | null;
  readonly affected: number | null;
  readonly counts: readonly Count[];
  readonly data_types: readonly DataType[];
  readonly leak: LeakStatus;
  readonly misuse: MisuseStatus;
  readonly actions: readonly Action[];
  readonly follow_up: boolean;
  readonly evidence: readonly Evidence[];
}

/** What the extractor may know besides the report text. */
export interface ExtractionContext {
  /** YYYY-MM-DD of the document or post, if it states one. */
  readonly published_on?: string;
  /** Year to supply to month-day dates when nothing nearer gives one. */
  readonly year?: number;
  readonly title?: string;
  readonly organization?: string;
  readonly publication_kind?: string;
}

/** Reports linked into one incident (follow-ups and duplicate postings). */
export interface Incident {
  readonly id: string;
  readonly report_ids: readonly string[];
}
