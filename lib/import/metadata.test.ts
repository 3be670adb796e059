import { describe, expect, it } from 'vitest';
import { readMetadata } from './metadata';

describe('readMetadata', () => {
  it('takes a document number printed alone as the 发文字号', () => {
    expect(readMetadata('津南政发〔2024〕5号')).toEqual({ 发文字号: '津南政发〔2024〕5号' });
    expect(readMetadata('津南政办发[2024] 12 号')).toEqual({ 发文字号: '津南政办发[2024] 12 号' });
  });

  it('reads a labelled document number without its label', () => {
    expect(readMetadata('发文字号：津南政发〔2024〕5号')).toEqual({ 发文字号: '津南政发〔2024〕5号' });
    expect(readMetadata('文号:津南政发〔2024〕5号')).toEqual({ 文号: '津南政发〔2024〕5号' });
  });

  it('reads the labels of an info bar, each with its own value', () => {
    expect(readMetadata('来源:津南区人民政府办公室 发布时间:2025-02-28 10:00')).toEqual({
      来源: '津南区人民政府办公室',
      发布时间: '2025-02-28 10:00',
    });
    expect(readMetadata('【发布日期：2024年3月5日】')).toEqual({ 发布日期: '2024年3月5日' });
  });

  it('leaves text alone', () => {
    expect(readMetadata('区政府按照文件要求，认真落实各项工作。')).toBeUndefined();
    expect(readMetadata('根据津南政发〔2024〕5号文件，现将有关事项通知如下：')).toBeUndefined();
  });
});
