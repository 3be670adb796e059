import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';

// A page's label:value lines become the cover facts (source, dates, number), never text to read.
describe('readMetadata', () => {
  it('reads a labelled document number without its label', () => {
    expect(readMetadata('发文字号：津政发〔2024〕5号')).toStrictEqual({ 发文字号: '津政发〔2024〕5号' });
    expect(readMetadata('文号:津政发〔2024〕5号')).toStrictEqual({ 文号: '津政发〔2024〕5号' });
    expect(readMetadata('津政发〔2024〕5号')).toStrictEqual({ 发文字号: '津政发〔2024〕5号' });
  });
});
