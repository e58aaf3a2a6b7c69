import { describe, expect, it } from 'vitest';
import { chainedCover, withoutChain } from './chained-cover.js';

const derivative = { name: 'derivative', description: 'Find the derivative of a function at a certain point.' };
const zeros = { name: 'functions_zero', description: 'Find the zero points of a function.' };
const area = {
  name: 'calculate_area_under_curve',
  description: 'Calculate the area under a mathematical function within a given interval.',
};
const cells = { name: 'get_cell_function', description: 'Get the function of a cell organelle.' };

describe('chainedCover', () => {
  it('finds a job the offered tools do together', () => {
    expect(chainedCover('please find the critical points of function 3*x**3 - 2*x + 1', [derivative, zeros, cells])).toBe(
      'critical points',
    );
    expect(chainedCover('Compute the definite integral of x**2 from 0 to 3', [area, cells])).toBe('definite integral');
    expect(chainedCover('pull up the intersection points of two functions 3x+2 and 2x+3', [zeros])).toBe('intersection points');
  });

  it('finds none where a link of the chain is missing or the job is another', () => {
    expect(chainedCover('find the critical points of x**3', [zeros, cells])).toBeUndefined();
    expect(chainedCover('find the zero points of x**3', [derivative, area])).toBeUndefined();
  });

  it('drops a link of the chain from tools offered beside a withheld job', () => {
    const offered = withoutChain('find_critical_points Finds the critical points of the function.', [
      { spec: derivative },
      { spec: zeros },
      { spec: cells },
    ]);
    expect(offered.map((tool) => tool.spec.name)).toEqual(['functions_zero', 'get_cell_function']);
  });
});
