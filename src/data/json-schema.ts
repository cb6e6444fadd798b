import { z } from 'zod';
import { datasetSchema } from './schema';

// The JSON Schema published beside the dataset, for people who validate their own files.
// Cross-reference checks (unknown ids, duplicates) cannot be expressed in JSON Schema; the app
// still applies them when it loads a file.
export function buildJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'partnership.schema.json',
    title: 'EU–Japan Digital Partnership tracker dataset',
  };
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(buildJsonSchema(), null, 2)}\n`;
}
