import { describe, expect, it } from 'vitest';
import { keyedCompositions, scaleOf } from './compositions.js';

describe('compositions are in the key and at the tempo asked', () => {
  it('knows major and minor scales, with sharps or flats as the key writes them', () => {
    expect(scaleOf('D')).toEqual(['D', 'E', 'F#', 'G', 'A', 'B', 'C#']);
    expect(scaleOf('A minor')).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G']);
    expect(scaleOf('Bb major')).toEqual(['Bb', 'C', 'D', 'Eb', 'F', 'G', 'A']);
    expect(scaleOf('H')).toBeUndefined();
  });

  it('moves each note into the key, starts on the note sent and keeps the tempo sent', () => {
    const result = { id: '1', notes: ['E4', 'B4', 'G4', 'C5'], tempo_bpm: 90 };
    keyedCompositions(result, { key: 'D', tempo: 72 });
    expect(result).toEqual({ id: '1', notes: ['F#4', 'C#5', 'A4', 'D5'], tempo_bpm: 72 });
    const melody = { notes: ['C#4', 'D4', 'Bb4'] };
    keyedCompositions(melody, { start_note: 'E4' });
    expect(melody.notes).toEqual(['E4', 'D4', 'B4']);
  });
});
