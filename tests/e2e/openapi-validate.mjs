// Validates docs/openapi.yaml against the OpenAPI 3 schema (@apidevtools/swagger-parser, offline):
// structure, $refs, parameters. Run by CTest (openapi_document); the C++ test openapi_test checks
// that the document and the routes agree.
//   node tests/e2e/openapi-validate.mjs docs/openapi.yaml
import SwaggerParser from '@apidevtools/swagger-parser';

const file = process.argv[2];
try {
  const api = await SwaggerParser.validate(file);
  console.log(`${file}: geldig OpenAPI ${api.openapi}, ${Object.keys(api.paths).length} paden`);
} catch (e) {
  console.error(`${file}: ongeldig OpenAPI-document`);
  for (const d of e.details ?? []) console.error(`  ${d.instancePath}: ${d.message}`);
  if (!e.details) console.error(`  ${e.message}`);
  process.exit(1);
}
