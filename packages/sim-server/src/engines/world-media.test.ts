import { describe, expect, it } from 'vitest';
import { harmonizeResult } from './world-facts.js';

type Json = Record<string, unknown>;
const sentence = Buffer.from('Grants are now available for community climate projects.').toString('base64');

describe('media that fits', () => {
  it('gives an image record bytes that open as its image format, an image file name and an image type', () => {
    const result = harmonizeResult(
      { fileName: 'data-export.html', imageBytes: sentence, imageType: 'premium', key: '3533862' },
      { guid: 'x' },
      new Map(),
    );
    const bytes = Buffer.from(String(result['imageBytes']), 'base64');
    const png = bytes.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'));
    const jpeg = bytes.subarray(0, 3).equals(Buffer.from('ffd8ff', 'hex'));
    expect(png || jpeg).toBe(true);
    expect(result['fileName']).toMatch(png ? /\.png$/ : /\.jpg$/);
    expect(result['imageType']).toBe(png ? 'image/png' : 'image/jpeg');
  });

  it("keeps an image file's own format and gives a slide's base64 image real image bytes", () => {
    const result = harmonizeResult({ items: [{ headline: 'Rent bank expands', image: sentence, fileName: 'photo.jpg' }] }, {}, new Map());
    const slide = (result['items'] as Json[])[0] as Json;
    expect(Buffer.from(String(slide['image']), 'base64').subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(slide['fileName']).toBe('photo.jpg');
  });

  it("keeps a weather icon's code a code, never image bytes", () => {
    const result = harmonizeResult({ weather: { code: '601', description: 'Rain', icon: 'c02d' } }, {}, new Map());
    expect((result['weather'] as Json)['icon']).toBe('c02d');
  });

  it('states the size of the document beside it', () => {
    const content = '<?xml version="1.0" encoding="UTF-8"?><rsm:CrossIndustryInvoice/>';
    const result = harmonizeResult({ content_type: 'application/xml', content, size_bytes: 76942 }, {}, new Map());
    expect(result['size_bytes']).toBe(Buffer.byteLength(content));
  });
});
