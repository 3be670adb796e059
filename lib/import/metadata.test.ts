import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';

// A page's label:value lines become the cover facts (source, dates, number), never text to read.
describe('readMetadata', () => {
  it('reads each label’s value on a line, a labelled document number without its label, and one printed alone', () => {
    expect(readMetadata('来源:津南区人民政府办公室 发布时间:2025-02-28 10:00')).toStrictEqual({ 来源: '津南区人民政府办公室', 发布时间: '2025-02-28 10:00' });
    expect(readMetadata('发文字号：津政发〔2024〕5号')).toStrictEqual({ 发文字号: '津政发〔2024〕5号' });
    expect(readMetadata('文号:津政发〔2024〕5号')).toStrictEqual({ 文号: '津政发〔2024〕5号' });
    expect(readMetadata('津政发〔2024〕5号')).toStrictEqual({ 发文字号: '津政发〔2024〕5号' });
    expect(readMetadata('根据来源：区政府的通知')).toBeUndefined();
  });

  it('takes off the brackets a page puts around a label and its value, and only those', () => {
    expect(readMetadata('【来源：津南区人民政府】')).toStrictEqual({ 来源: '津南区人民政府' });
    expect(readMetadata('[来源：津南区人民政府]  ')).toStrictEqual({ 来源: '津南区人民政府' });
    expect(readMetadata('【来源：津南区人民政府】  ')).toStrictEqual({ 来源: '津南区人民政府' });
    expect(readMetadata('来源：[津南区]人民政府')).toStrictEqual({ 来源: '[津南区]人民政府' });
  });

  it('leaves text alone, a document number inside a sentence included', () => {
    expect(readMetadata('区政府按照文件要求，认真落实各项工作。')).toBeUndefined();
    expect(readMetadata('根据津南政发〔2024〕5号文件，现将有关事项通知如下：')).toBeUndefined();
  });
});
