// Fails when src/api/schema.ts is not what `npm run generate` makes of src/api/openapi.json (the API suite keeps
// that copy of the document current), so the dashboard's types never drift from the API.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'reception-schema-'));
try {
  const fresh = join(folder, 'schema.ts');
  execFileSync('npx', ['openapi-typescript', 'src/api/openapi.json', '-o', fresh, '--enum-values', '--silent'], { stdio: 'inherit' });
  if (readFileSync(fresh, 'utf8') !== readFileSync('src/api/schema.ts', 'utf8')) {
    console.error('src/api/schema.ts is stale: run `npm run generate` in dashboard/ and commit it.');
    process.exit(1);
  }
  console.log('src/api/schema.ts matches src/api/openapi.json');
} finally {
  rmSync(folder, { recursive: true, force: true });
}
