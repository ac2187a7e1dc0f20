/** The OpenAPI 3.1 description of the JSON API; parameter schemas come from the zod schemas the routes validate with. */
import { z } from 'zod';
import { searchQuerySchema, statsQuerySchema } from '../params.js';

function queryParams(schema: z.ZodObject): Array<Record<string, unknown>> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Record<string, unknown>> };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: false,
    ...(s.type === 'array' ? { style: 'form', explode: true } : {}),
    schema: s,
  }));
}

const error = { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };

/** Returns the OpenAPI document. */
export function openApiDocument(version: string): Record<string, unknown> {
  const search = queryParams(searchQuerySchema);
  const stats = queryParams(statsQuerySchema);
  return {
    openapi: '3.1.0',
    info: {
      title: 'jikenbo API',
      version,
      description: 'Search and read published Japanese security-incident reports with the evidence of every extracted value.',
    },
    paths: {
      '/api/search': {
        get: {
          summary: 'Full-text search with facet filters, facet counts and highlighted snippets',
          parameters: search,
          responses: { '200': { description: 'Matching reports', content: { 'application/json': { schema: { $ref: '#/components/schemas/SearchResult' } } } }, '400': error },
        },
      },
      '/api/reports/{id}': {
        get: {
          summary: 'One report: every extracted field, its evidence (offsets into text), and the text',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{4,12}$' } }],
          responses: { '200': { description: 'The report', content: { 'application/json': { schema: { type: 'object' } } } }, '400': error, '404': error },
        },
      },
      '/api/orgs/{name}': {
        get: {
          summary: 'Every report of one organisation, oldest first',
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'The reports', content: { 'application/json': { schema: { type: 'object' } } } }, '404': error },
        },
      },
      '/api/stats': {
        get: {
          summary: 'Statistics for the reports the filters select (same parameters as search)',
          parameters: stats,
          responses: { '200': { description: 'Statistics', content: { 'application/json': { schema: { type: 'object' } } } }, '400': error },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Ingest one original (text, HTML, Markdown or PDF) as the request body or as the `file` field of a multipart form',
          security: [{ bearer: [] }],
          parameters: [{ name: 'origin', in: 'query', required: false, schema: { type: 'string' }, description: 'name recorded as the origin (default: the file name, else the hash)' }],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
              'application/octet-stream': { schema: { type: 'string', format: 'binary' } },
              'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } },
            },
          },
          responses: {
            '201': { description: 'Stored; the reports found', content: { 'application/json': { schema: { type: 'object' } } } },
            '200': { description: 'The same bytes were ingested before; nothing changed' },
            '400': error,
            '401': error,
            '403': error,
            '413': error,
            '422': error,
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of JIKENBO_TOKEN' } },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
        Snippet: {
          type: 'object',
          properties: {
            text: { type: 'string' },
            highlights: { type: 'array', items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } },
            cutStart: { type: 'boolean' },
            cutEnd: { type: 'boolean' },
          },
        },
        ReportSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            title: { type: 'string' },
            organization: { type: ['string', 'null'] },
            date: { type: ['string', 'null'], format: 'date' },
            casebook_id: { type: ['string', 'null'] },
            categories: { type: 'array', items: { type: 'string' } },
            affected: { type: ['integer', 'null'] },
            url: { type: 'string' },
          },
        },
        SearchResult: {
          type: 'object',
          properties: {
            query: { type: 'string' },
            total: { type: 'integer' },
            page: { type: 'integer' },
            per_page: { type: 'integer' },
            hits: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/ReportSummary' }, { type: 'object', properties: { snippet: { $ref: '#/components/schemas/Snippet' } } }] } },
            facets: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } } } },
          },
        },
      },
    },
  };
}
