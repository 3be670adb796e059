import { describe, expect, it } from 'vitest';
import { isDisclosure, isImprint, isRemark, isSignOff, markerOf, partNumber, sectionNumber } from './markers';

// How a line is numbered decides which lines the finders offer as headings; the closing lines are kept apart from the text.
describe('markerOf', () => {
  it('reads circled numbers and steps, in digits or hanzi', () => {
    expect(markerOf('③完善服务网络')).toEqual({ family: 'circled', number: 3, text: '③' });
    expect(markerOf('步骤2：提交材料')).toEqual({ family: 'step', number: 2, text: '步骤2：' });
    expect(markerOf('步骤十二 领取证件')).toEqual({ family: 'step', number: 12, text: '步骤十二 ' });
    expect(markerOf('第三步、等待审核')).toEqual({ family: 'step', number: 3, text: '第三步、' });
  });
});

describe('partNumber and sectionNumber', () => {
  it('give the number of a 一、 line and a （一） line, and nothing for a line numbered otherwise', () => {
    expect(partNumber('三、保障措施')).toBe(3);
    expect(partNumber('（三）保障措施')).toBeUndefined();
    expect(sectionNumber('（十一）工作要求')).toBe(11);
    expect(sectionNumber('十一、工作要求')).toBeUndefined();
    expect(sectionNumber('工作要求')).toBeUndefined();
  });
});

describe('the closing lines', () => {
  it('isDisclosure: a whole line in brackets about publishing', () => {
    expect(isDisclosure('（此件公开发布）')).toBe(true);
    expect(isDisclosure('(此件公开，不得转载)')).toBe(true);
    expect(isDisclosure('备注（此件公开发布）')).toBe(false);
    expect(isDisclosure('（此件公开发布）。')).toBe(false);
  });

  it('isRemark: a whole line in brackets of 2 to 80 characters', () => {
    expect(isRemark('（联系人：张三，联系电话：12345678）')).toBe(true);
    expect(isRemark('详见（联系人：张三）')).toBe(false);
    expect(isRemark('（联系人：张三）。')).toBe(false);
  });

  it('isImprint: a 抄送 line, or one ending in the date it was 印发', () => {
    expect(isImprint('抄送：区委办公室，区人大常委会办公室。')).toBe(true);
    expect(isImprint('请抄送：区委办公室')).toBe(false);
    expect(isImprint('津南区人民政府办公室　2025 年 12 月 10 日 印 发')).toBe(true);
    expect(isImprint('津南区人民政府办公室2025年9月1日印发')).toBe(true);
    expect(isImprint('2025年9月1日印发的通知要求')).toBe(false);
    expect(isImprint('区政府办公室　25年9月1日印发')).toBe(false);
  });

  it('isSignOff: a line opening with 特此', () => {
    expect(isSignOff('特此通知。')).toBe(true);
    expect(isSignOff('现特此通知。')).toBe(false);
  });
});
