import { describe, expect, it } from 'vitest';
import { indefiniteArticle, mendArticles, misfitArticle, withIndefiniteArticle } from './article.js';

describe('indefiniteArticle', () => {
  it('follows the sound of letters said by name', () => {
    expect(withIndefiniteArticle('RNA value')).toBe('an RNA value');
    expect(withIndefiniteArticle('rna value')).toBe('an rna value');
    expect(withIndefiniteArticle('SMS')).toBe('an SMS');
    expect(withIndefiniteArticle('MRI scan')).toBe('an MRI scan');
    expect(withIndefiniteArticle('URL')).toBe('a URL');
    expect(withIndefiniteArticle('UV index')).toBe('a UV index');
    expect(withIndefiniteArticle('HTML page')).toBe('an HTML page');
    expect(withIndefiniteArticle('NASA mission')).toBe('a NASA mission');
  });
  it('follows the sound of ordinary words and numbers', () => {
    expect(indefiniteArticle('apple')).toBe('an');
    expect(indefiniteArticle('user')).toBe('a');
    expect(indefiniteArticle('hour')).toBe('an');
    expect(indefiniteArticle('house')).toBe('a');
    expect(indefiniteArticle('one-off')).toBe('a');
    expect(indefiniteArticle('European')).toBe('a');
    expect(indefiniteArticle('umbrella')).toBe('an');
    expect(indefiniteArticle('8-day trip')).toBe('an');
    expect(indefiniteArticle('18 percent')).toBe('an');
    expect(indefiniteArticle('180 percent')).toBe('a');
  });
  it('mends the articles of running text', () => {
    expect(mendArticles('a RNA value of 87.66 TPM and an URL')).toBe('an RNA value of 87.66 TPM and a URL');
    expect(mendArticles('Vitamin A or a eye test')).toBe('Vitamin A or an eye test');
  });
  it('finds an article that does not fit letters said by name', () => {
    expect(misfitArticle('with breast as the tissue and a RNA value of 87.66 TPM')).toBe('a RNA');
    expect(misfitArticle('Open an URL for me')).toBe('an URL');
    expect(misfitArticle('Send an SMS with a UV index and a NASA photo, an MRI')).toBeUndefined();
    expect(misfitArticle('Hash it with a SHA1 and a SHA256, then an SQL or a SQL query')).toBeUndefined();
  });
});
