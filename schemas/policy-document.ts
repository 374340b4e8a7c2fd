// The output contract, version 1 (../shared/spec/OUTPUT.md). This file is its
// single source: the TypeScript types are inferred from it and
// policy-document.schema.json is generated from it (npm run schema).
import { z } from 'zod';

export const SCHEMA_VERSION = '1';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
// That start ≤ end, and that the span slices the entity's text, is checked
// against the source in the validate stage (src/spans.ts).
export const span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) in UTF-16 code units of the decoded source text');

export const comparator = z.enum(['=', '>=', '>', '<=', '<', '~']);

export const quantity = z.object({
  text: z.string().min(1),
  span,
  value: z.number().finite(),
  valueMax: z.number().finite().optional(),
  unit: z.string().min(1).nullable(),
  comparator,
});

const deadlineBase = { text: z.string().min(1), span };
export const deadline = z.discriminatedUnion('kind', [
  z.object({ ...deadlineBase, kind: z.literal('by'), date: isoDate }),
  z.object({ ...deadlineBase, kind: z.literal('period'), start: isoDate, date: isoDate }),
  z.object({
    ...deadlineBase,
    kind: z.literal('recurring'),
    every: z.enum(['year', 'half-year', 'quarter', 'month', 'week', 'day']),
  }),
  z.object({ ...deadlineBase, kind: z.literal('within'), within: z.string().regex(/^P(T?\d+[YMWDH])+$/) }),
]);

const roles = {
  units: z.array(z.string().min(1)),
  lead: z.array(z.string().min(1)),
  cooperating: z.array(z.string().min(1)),
};
export const responsibilityNote = z.object({ text: z.string().min(1), span, ...roles });
export const responsibility = z.object({ ...roles, notes: z.array(responsibilityNote).min(1) });

export const table = z.object({
  title: z.string().nullable(),
  span,
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});

export interface Section {
  id: string;
  marker: string;
  number: number;
  level: number;
  heading: string | null;
  span: [number, number];
  text: string;
  quantities: z.infer<typeof quantity>[];
  deadlines: z.infer<typeof deadline>[];
  responsibility: z.infer<typeof responsibility> | null;
  sections: Section[];
}

export const section: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    marker: z.string().min(1),
    number: z.number().int().nonnegative(),
    level: z.number().int().positive(),
    heading: z.string().nullable(),
    span,
    text: z.string(),
    quantities: z.array(quantity),
    deadlines: z.array(deadline),
    responsibility: responsibility.nullable(),
    sections: z.array(section),
  }).meta({ id: 'Section', description: 'A numbered section; its span covers its children, its text does not.' }),
);

export const partKind = z.enum(['notice', 'main', 'attachment', 'explanation']);

export const part = z.object({
  kind: partKind,
  title: z.string().nullable(),
  span,
  text: z.string(),
  quantities: z.array(quantity),
  deadlines: z.array(deadline),
  sections: z.array(section),
  tables: z.array(table),
});

export const meta = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuers: z.array(z.string()),
  issuedOn: isoDate.nullable(),
  publishedOn: isoDate.nullable(),
  draft: z.boolean(),
  attachments: z.array(z.string()),
});

export const policyDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().min(1),
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    encoding: z.string(),
    chars: z.number().int().nonnegative(),
    format: z.enum(['text', 'markdown', 'html']).describe('text and markdown: spans index the file itself; html: spans index `text`'),
    text: z.string().optional().describe('for html input: the plain-text rendering that spans index'),
  }),
  meta,
  parts: z.array(part),
});

export type Quantity = z.infer<typeof quantity>;
export type Comparator = z.infer<typeof comparator>;
export type Deadline = z.infer<typeof deadline>;
export type ResponsibilityNote = z.infer<typeof responsibilityNote>;
export type Responsibility = z.infer<typeof responsibility>;
export type Table = z.infer<typeof table>;
export type PartKind = z.infer<typeof partKind>;
export type Part = z.infer<typeof part>;
export type Meta = z.infer<typeof meta>;
export type PolicyDocument = z.infer<typeof policyDocument>;
