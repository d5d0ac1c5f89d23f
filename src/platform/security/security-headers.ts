import type { RequestHandler } from 'express';
import helmet from 'helmet';

const PAGE_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null,
};

/**
 * helmet with a Content Security Policy that allows only thidua's own files: no inline script
 * or style on any page (htmx is configured by a meta tag; small scripts are served files), no
 * framing. The API docs page (Swagger UI) writes inline styles, so it alone may.
 */
export function securityHeaders(options: { hsts: boolean }): RequestHandler {
  const common = {
    strictTransportSecurity: options.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' as const },
    crossOriginEmbedderPolicy: false,
  };
  const pages = helmet({ ...common, contentSecurityPolicy: { useDefaults: false, directives: PAGE_DIRECTIVES } });
  const docs = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: { ...PAGE_DIRECTIVES, styleSrc: ["'self'", "'unsafe-inline'"] } },
  });
  return (request, response, next) => {
    // API answers carry personal data and tokens: never kept by a shared cache or the browser's disk
    // cache (a route may still say otherwise after this). Pages say the same where they are rendered.
    if (isApiAnswer(request.path)) response.setHeader('Cache-Control', 'no-store');
    (request.path.startsWith('/api/docs') ? docs : pages)(request, response, next);
  };
}

/** The JSON API and /health; not the API's documentation, which is the same for everyone. */
function isApiAnswer(path: string): boolean {
  return (path.startsWith('/api/') && !path.startsWith('/api/docs')) || path === '/health';
}
