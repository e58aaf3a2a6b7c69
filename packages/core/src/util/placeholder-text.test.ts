import { describe, expect, it } from 'vitest';
import { placeholderText } from './placeholder-text.js';

describe('placeholderText', () => {
  it('names the samples specs write and the stand-ins generators leave', () => {
    for (const value of [
      'hello@example.com',
      'jocelin.carreon.crespo@example.com',
      'https://example.com/',
      'http://api.example.org/accounts/?offset=400&limit=100',
      'Your super awesome message',
      "Don't expect anything fancy. This fictional example hotel has the bare minimum content.",
      'Lorem ipsum dolor sit amet',
      'A photo of an object',
      '12 Sample Avenue',
      'Carreón Sample',
      'string',
      'foo',
      'YOUR_API_KEY',
      '<project-id>',
      'Your message here',
      '12345',
    ])
      expect(placeholderText(value), value).toBeDefined();
  });

  it('passes values a person or an API would really hold', () => {
    for (const value of [
      'angela.augusta@gmail.com',
      'https://www.hotelshotel.com/hotels/8onqhl',
      'Blood sample taken at 08:30; results due Friday.',
      'Sample A',
      'This is a test of the emergency alert system',
      'Unfortunately I have no way to top up your phone here.',
      '{"quarter": "Q3", "revenue": 1840000}',
      'Front view of the hotel',
      'Example Street Books', // a shop's name with more words is not a sample street
      'Main Street',
      '',
    ])
      expect(placeholderText(value), value).toBeUndefined();
    // a field that names a type holds type words
    expect(placeholderText('STRING', 'type')).toBeUndefined();
    expect(placeholderText('string', 'dataType')).toBeUndefined();
    expect(placeholderText('string', 'name')).toBeDefined();
  });
});
