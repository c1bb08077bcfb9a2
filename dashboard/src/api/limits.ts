import { components } from './openapi.json';
import type { components as Generated } from './schema';

// Every limit a form checks comes from the API's OpenAPI document (openapi.json), which publishes the server's
// one copy of them (Limits and Patterns in the contracts). A limit the document lacks is a programming error.

type Schemas = Generated['schemas'];

interface FieldSchema {
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  pattern?: string;
  items?: FieldSchema;
}

const published = components.schemas as unknown as Record<string, { properties?: Record<string, FieldSchema> }>;

function fieldOf<R extends keyof Schemas>(request: R, field: keyof Schemas[R] & string): FieldSchema {
  const schema = published[request]?.properties?.[field];
  if (!schema) throw new Error(`${request}.${field} is not in the API's document`);
  return schema;
}

function defined(value: number | undefined, what: string): number {
  if (value === undefined) throw new Error(`the API's document gives no ${what}`);
  return value;
}

/** The most characters a text field takes (after trimming). */
export function maxLength<R extends keyof Schemas>(request: R, field: keyof Schemas[R] & string): number {
  return defined(fieldOf(request, field).maxLength, `maxLength for ${request}.${field}`);
}

/** The fewest characters a text field takes. */
export function minLength<R extends keyof Schemas>(request: R, field: keyof Schemas[R] & string): number {
  return defined(fieldOf(request, field).minLength, `minLength for ${request}.${field}`);
}

/** The whole numbers a field takes. */
export function range<R extends keyof Schemas>(request: R, field: keyof Schemas[R] & string): { min: number; max: number } {
  const schema = fieldOf(request, field);
  return { min: defined(schema.minimum, `minimum for ${request}.${field}`), max: defined(schema.maximum, `maximum for ${request}.${field}`) };
}

/** How many items a list takes, and how long each may be. */
export function listLimits<R extends keyof Schemas>(request: R, field: keyof Schemas[R] & string): { maxItems: number; itemMaxLength: number } {
  const schema = fieldOf(request, field);
  return {
    maxItems: defined(schema.maxItems, `maxItems for ${request}.${field}`),
    itemMaxLength: defined(schema.items?.maxLength, `items' maxLength for ${request}.${field}`),
  };
}

/** The pattern a text field must match, as a Unicode regular expression. */
export function patternOf<R extends keyof Schemas>(request: R, field: keyof Schemas[R] & string): RegExp {
  const pattern = fieldOf(request, field).pattern;
  if (pattern === undefined) throw new Error(`the API's document gives no pattern for ${request}.${field}`);
  return new RegExp(pattern, 'u');
}
