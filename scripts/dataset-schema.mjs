// Writes packages/sdk/dist/dataset.schema.json, the JSON Schema of the dataset format, generated
// from the SDK's zod schemas so that it can never drift from what the SDK reads. Publishers use it
// to check their files in their own tools. Runs after `tsc` has built packages/sdk.
import { writeFileSync } from 'node:fs';

const { datasetJsonSchema } = await import('../packages/sdk/dist/model/validate/json-schema.js');
const out = 'packages/sdk/dist/dataset.schema.json';
writeFileSync(out, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${out}`);
