// The SDK's types (libs/sdk/src/generated/schema.ts) from openapi.json, with openapi-typescript.
// `node tools/openapi/sdk-schema.mjs` rewrites the file; `--stdout` prints what it would write
// (the SDK's drift test compares that with the committed file).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const schemaFile = join(root, 'libs', 'sdk', 'src', 'generated', 'schema.ts');

const HEADER = `/**
 * Generated from openapi.json by openapi-typescript (tools/openapi/sdk-schema.mjs, run by \`npm run openapi\`).
 * Do not edit: change the API, then regenerate.
 */
/* eslint-disable */
`;

export async function generateSdkSchema() {
  const doc = JSON.parse(readFileSync(join(root, 'openapi.json'), 'utf8'));
  const ast = await openapiTS(doc, { alphabetize: false, exportType: false, rootTypes: false });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generateSdkSchema();
  if (process.argv.includes('--stdout')) process.stdout.write(text);
  else writeFileSync(schemaFile, text);
}
