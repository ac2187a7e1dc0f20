/** Version of the extractor; bump whenever a rule changes what it extracts. Stored with every record. */
export const EXTRACTOR_VERSION = '0.2.0';
