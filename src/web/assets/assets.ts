import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import { packageRoot } from '../../platform/files/package-root.js';

/** Where thidua's own web files live (copied into the Docker image with the rest of `assets/`). */
const OWN = (file: string) => join(packageRoot(), 'assets', 'web', file);
const fromPackage = (specifier: string) => createRequire(import.meta.url).resolve(specifier);

/** Every file the pages use, by logical name. Nothing is loaded from anywhere else (no CDN). */
const SOURCES: Record<string, () => string> = {
  'pico.css': () => fromPackage('@picocss/pico/css/pico.min.css'),
  'htmx.js': () => fromPackage('htmx.org/dist/htmx.min.js'),
  'thidua.css': () => OWN('thidua.css'),
  'thidua.js': () => OWN('thidua.js'),
  'icon.svg': () => OWN('icon.svg'),
};

const CONTENT_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

export const ASSETS_PATH = '/assets';

interface Asset {
  url: string;
  body: Buffer;
  contentType: string;
  etag: string;
}

/**
 * The files behind `/assets/…`, each at an address that carries a hash of its content
 * (`/assets/pico.1a2b3c4d5e.css`), so that browsers may keep it for a year and a new version is a
 * new address. Read once at start.
 */
export class AssetCatalogue {
  private readonly byName = new Map<string, Asset>();
  private readonly byUrl = new Map<string, Asset>();

  constructor() {
    for (const [name, locate] of Object.entries(SOURCES)) {
      const body = readFileSync(locate());
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      const dot = name.lastIndexOf('.');
      const extension = name.slice(dot + 1);
      const asset = {
        url: `${ASSETS_PATH}/${name.slice(0, dot)}.${hash}.${extension}`,
        body,
        contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
        etag: `"${hash}"`,
      };
      this.byName.set(name, asset);
      this.byUrl.set(asset.url, asset);
    }
  }

  /** The address of a file by its logical name; an unknown name is a programming error. */
  url(name: string): string {
    const asset = this.byName.get(name);
    if (!asset) throw new Error(`Unknown web asset ${name}`);
    return asset.url;
  }

  /** Express middleware for `/assets/…`: immutable for a year; unknown addresses fall through (404). */
  handler(): RequestHandler {
    return (request, response, next) => {
      const asset = this.byUrl.get(request.originalUrl.split('?')[0]);
      if (!asset || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
      response.setHeader('Content-Type', asset.contentType);
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      response.setHeader('ETag', asset.etag);
      if (request.headers['if-none-match'] === asset.etag) return void response.status(304).end();
      response.status(200).send(asset.body);
    };
  }
}

let catalogue: AssetCatalogue | undefined;

/** One catalogue per process: the files do not change while it runs. */
export function assetCatalogue(): AssetCatalogue {
  return (catalogue ??= new AssetCatalogue());
}
