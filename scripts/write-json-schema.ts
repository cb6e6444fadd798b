// Regenerates public/data/partnership.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { serializeJsonSchema } from '../src/data/json-schema';

const target = new URL('../public/data/partnership.schema.json', import.meta.url);
writeFileSync(target, serializeJsonSchema());
console.log(`Wrote ${target.pathname}`);
