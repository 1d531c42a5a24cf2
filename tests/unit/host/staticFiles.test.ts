import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { injectToken, readStaticFile } from '../../../electron/host/staticFiles';
import { makeTempDir } from '../cli/support/runCli';

let dir: string;
let root: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir, cleanup } = makeTempDir('mcred-static-'));
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<html><head></head></html>');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  // Exists right beside the build, with a name that shares its prefix: `renderer-secret` starts with `renderer`.
  mkdirSync(join(dir, 'renderer-secret'));
  writeFileSync(join(dir, 'renderer-secret', 'key.txt'), 'secret');
  writeFileSync(join(dir, 'secret.txt'), 'secret');
});
afterEach(() => cleanup());

describe('readStaticFile', () => {
  it('reads files of the build with their content type, and knows the index', async () => {
    expect(await readStaticFile(root, '/')).toMatchObject({ isIndex: true, contentType: 'text/html; charset=utf-8' });
    expect(await readStaticFile(root, '/index.html')).toMatchObject({ isIndex: true });
    const css = await readStaticFile(root, '/assets/app.css');
    expect(css?.body.toString()).toBe('body{}');
    expect(css).toMatchObject({ isIndex: false, contentType: 'text/css; charset=utf-8' });
  });

  it('never reads outside the build, however the path is spelled', async () => {
    const attempts = ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '//..%2f..%2fsecret.txt', '/assets/../../secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/../renderer-secret/key.txt', '/..%2frenderer-secret%2fkey.txt'];
    for (const path of attempts) expect(await readStaticFile(root, path), path).toBeNull();
  });

  it('answers null for bad encodings, NUL bytes, folders and missing files', async () => {
    for (const path of ['/%E0%A4%A', '/index.html%00.png', '/assets', '/nothing.js']) expect(await readStaticFile(root, path), path).toBeNull();
  });
});

describe('injectToken', () => {
  it('puts the token in a meta tag in the head, or in front when there is no head', () => {
    expect(injectToken('<html><head></head></html>', 'studio-token', 'abc')).toBe('<html><head>    <meta name="studio-token" content="abc" />\n  </head></html>');
    expect(injectToken('<p>x</p>', 'studio-token', 'abc')).toBe('<meta name="studio-token" content="abc" /><p>x</p>');
  });
});
