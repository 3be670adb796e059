import { describe, expect, it } from 'vitest';
import { numbersNotIn } from './load-summaries';
import { numbersIn } from './numbers';

// A number in a plain summary must stand in the original: a reader takes the short version at its word.
describe('the numbers a summary may use', () => {
  it('reads a decimal as one number, all its digits', () => {
    expect(numbersIn('综合调解率28.05%，共1,000元')).toEqual(['28.05', '1', '000']);
  });

  it('finds a decimal changed in its last digit, and a whole number the original has only as a decimal', () => {
    expect(numbersNotIn(['调解率28.06%'], ['调解率28.05%'])).toEqual(['28.05 in 「调解率28.05%」']);
    expect(numbersNotIn(['共1.5万元'], ['共1万元'])).toEqual(['1 in 「共1万元」']);
    expect(numbersNotIn(['共1.5万元'], ['共1.5万元'])).toEqual([]);
  });
});
