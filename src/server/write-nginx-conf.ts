/**
 * `npm run nginx-conf`: writes src/server/nginx.conf from the one header definition. Run it after changing
 * src/lib/security-headers.ts; a test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { nginxConfig, nginxConfigPath } from './nginx-config.ts';

writeFileSync(nginxConfigPath, nginxConfig());
console.log(`Wrote ${nginxConfigPath}`);
