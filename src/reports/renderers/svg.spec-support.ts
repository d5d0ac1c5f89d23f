import { expect } from '@jest/globals';
import { descendants, textOf, type XmlElement } from './readers.spec-support.js';

export function texts(svg: XmlElement): string[] {
  return descendants(svg, 'text').map(textOf);
}

/**
 * What the charts for the web pages share: a well-formed SVG element without script, fetching nothing (only its
 * own patterns, `localUrls`, by `url(#…)`), sized by a 480-wide viewBox alone so that it scales to its container.
 */
export function expectResponsiveSvg(svg: XmlElement, localUrls: readonly string[] = []): void {
  expect(svg.name).toBe('svg');
  expect(svg.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(svg.attributes.viewBox).toMatch(/^0 0 480 \d+$/);
  expect(svg.attributes.width).toBeUndefined();
  expect(descendants(svg, 'script')).toHaveLength(0);
  const serialized = localUrls.reduce((text, url) => text.replaceAll(`url(#${url})`, ''), JSON.stringify(svg));
  expect(serialized).not.toMatch(/href|url\(/);
}
