/**
 * Model-free embeddings: TF-IDF over the words of a tool's name, description and parameter names,
 * as sparse L2-normalised vectors (sorted term ids + weights).
 */
export interface SparseVector {
  terms: Uint32Array;
  weights: Float32Array;
}

const STOP_WORDS = new Set(
  'a an and are as at be by can for from get gets given has have if in into is it its of on or set sets that the this to was which will with you your returns return retrieve retrieves api endpoint using use used e g eg i id ids true false null string number object list data value values'.split(
    ' ',
  ),
);

/** Lower-case words of 2+ letters, camelCase and snake_case split, a plural `s` stripped, stop words out. */
export function tokenize(text: string): string[] {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  const tokens: string[] = [];
  for (const word of words) {
    if (word.length < 2 || /^\d+$/.test(word) || STOP_WORDS.has(word)) continue;
    tokens.push(word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word);
  }
  return tokens;
}

export class TfIdf {
  private readonly vocabulary = new Map<string, number>();
  private documentFrequency: number[] = [];
  private documents = 0;

  /** Builds the vocabulary and idf from all documents, then returns their vectors. */
  fit(documents: ReadonlyArray<ReadonlyArray<string>>): SparseVector[] {
    this.documents = documents.length;
    for (const tokens of documents) {
      const seen = new Set<number>();
      for (const token of tokens) {
        let id = this.vocabulary.get(token);
        if (id === undefined) {
          id = this.vocabulary.size;
          this.vocabulary.set(token, id);
          this.documentFrequency.push(0);
        }
        if (!seen.has(id)) {
          seen.add(id);
          this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
        }
      }
    }
    return documents.map((tokens) => this.transform(tokens));
  }

  /** A vector for `tokens` with the fitted vocabulary (unknown words ignored). */
  transform(tokens: ReadonlyArray<string>): SparseVector {
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const id = this.vocabulary.get(token);
      if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const ids = [...counts.keys()].sort((left, right) => left - right);
    const weights = new Float32Array(ids.length);
    let norm = 0;
    ids.forEach((id, index) => {
      const weight =
        (1 + Math.log(counts.get(id) as number)) * (Math.log((this.documents + 1) / ((this.documentFrequency[id] ?? 0) + 1)) + 1);
      weights[index] = weight;
      norm += weight * weight;
    });
    norm = Math.sqrt(norm) || 1;
    for (let index = 0; index < weights.length; index += 1) weights[index] = (weights[index] as number) / norm;
    return { terms: Uint32Array.from(ids), weights };
  }
}

export function cosine(left: SparseVector, right: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < left.terms.length && j < right.terms.length) {
    const a = left.terms[i] as number;
    const b = right.terms[j] as number;
    if (a === b) {
      sum += (left.weights[i] as number) * (right.weights[j] as number);
      i += 1;
      j += 1;
    } else if (a < b) i += 1;
    else j += 1;
  }
  return sum;
}

/** The normalised mean of several vectors (a cluster's centroid). */
export function centroid(vectors: ReadonlyArray<SparseVector>): SparseVector {
  const sums = new Map<number, number>();
  for (const vector of vectors)
    vector.terms.forEach((term, index) => sums.set(term, (sums.get(term) ?? 0) + (vector.weights[index] as number)));
  const ids = [...sums.keys()].sort((left, right) => left - right);
  const weights = Float32Array.from(ids.map((id) => sums.get(id) as number));
  const norm = Math.sqrt(weights.reduce((total, weight) => total + weight * weight, 0)) || 1;
  for (let index = 0; index < weights.length; index += 1) weights[index] = (weights[index] as number) / norm;
  return { terms: Uint32Array.from(ids), weights };
}
