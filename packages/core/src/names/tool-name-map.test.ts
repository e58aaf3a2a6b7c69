import { describe, expect, it } from 'vitest';
import { SAFE_TOOL_NAME } from '../contracts/tool-spec.js';
import { ToolNameMap, sanitizeToolName } from './tool-name-map.js';

describe('ToolNameMap', () => {
  it('keeps names that are already safe', () => {
    expect(sanitizeToolName('get_weather')).toBe('get_weather');
  });

  it('maps dotted and long names to safe, unique names and back', () => {
    const map = new ToolNameMap();
    const originals = ['spotify.play', 'spotify_play', 'spotify play', 'a'.repeat(128), `${'a'.repeat(128)}b`, 'ü.ñ', '...'];
    const safe = originals.map((name) => map.add(name));
    for (const name of safe) expect(name).toMatch(SAFE_TOOL_NAME);
    expect(new Set(safe).size).toBe(originals.length);
    originals.forEach((original, index) => expect(map.originalName(safe[index] as string)).toBe(original));
    expect(safe[1]).toBe('spotify_play');
    expect(safe[0]).toMatch(/^spotify_play_[0-9a-f]{8}$/);
  });

  it('is deterministic and idempotent', () => {
    const first = new ToolNameMap().add('weather.v2/get-current');
    const again = new ToolNameMap();
    expect(again.add('weather.v2/get-current')).toBe(first);
    expect(again.add('weather.v2/get-current')).toBe(first);
    expect(again.size).toBe(1);
  });
});
