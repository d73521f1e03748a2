import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type PreviewServer, preview } from 'vite';

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Builds the production app with the mock API on, into `outDir`. */
export async function buildApp(root: string, outDir: string) {
  process.env.VITE_API_MOCKING = 'on';
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** Serves the built app (vite preview) on `port`; close the server when done. */
export function serveApp(root: string, outDir: string, port: number): Promise<PreviewServer> {
  return preview({ root, logLevel: 'warn', preview: { port, strictPort: true }, build: { outDir } });
}

/** Builds the production bundle with the mock API, and measures the JS a first visit loads (gzip). */
export async function measureBundle(root: string, outDir: string) {
  await buildApp(root, outDir);
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initial = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((match) => join(outDir, match[1] ?? ''));
  const assets = join(outDir, 'assets');
  const allJs = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(assets, name));
  const initialGzip = initial.reduce((sum, file) => sum + gzipSize(file), 0);
  const allGzip = allJs.reduce((sum, file) => sum + gzipSize(file), 0);
  return {
    initialFiles: initial.length,
    initialGzip,
    allGzip,
    allRaw: allJs.reduce((s, f) => s + statSync(f).size, 0),
  };
}
