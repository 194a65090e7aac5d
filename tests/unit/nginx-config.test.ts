import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { nginxConfig, nginxConfigPath } from '../../src/server/nginx-config';

describe('the shipped nginx configuration', () => {
  test('src/server/nginx.conf is what `npm run nginx-conf` writes from the header definition now', () => {
    expect(readFileSync(nginxConfigPath, 'utf8'), 'src/server/nginx.conf is stale: run `npm run nginx-conf`').toBe(nginxConfig());
  });
});
