// Unit tests of date expressions and their resolution against the article date.
import { describe, expect, it } from '@jest/globals';
import { findDates } from './dates.js';

describe('findDates', () => {
  it('reads day and month, with the Levantine month name in brackets, and keeps the text as stated', () => {
    const [d] = findDates('عقد الوزراء اجتماعاً في الرباط في 3 فبراير (شباط) الماضي لبحث الأزمة.', '2024-06-10');
    expect(d?.text).toBe('3 فبراير (شباط) الماضي');
    expect(d?.iso).toBe('2024-02-03');
  });

  it('puts a past day-month after the publication date in the previous year', () => {
    expect(findDates('وصل الوفد إلى الدوحة في 20 ديسمبر.', '2025-01-05')[0]?.iso).toBe('2024-12-20');
  });

  it('resolves a weekday to the last such day on or before publication', () => {
    // 2025-03-14 is a Friday; the Tuesday before it is 2025-03-11.
    const [d] = findDates('وأعلنت الحكومة الثلاثاء عن خطة جديدة.', '2025-03-14');
    expect(d?.text).toBe('الثلاثاء');
    expect(d?.iso).toBe('2025-03-11');
  });

  it('resolves a weekday forward when the event is in the future', () => {
    expect(findDates('سيلتقي الوزيران الأحد.', '2025-03-14', true)[0]?.iso).toBe('2025-03-16');
  });

  it('keeps the text but no ISO date when the article date is unknown', () => {
    expect(findDates('قالت الشرطة أمس إنها أوقفت مشتبهاً.')).toEqual([{ text: 'أمس', start: 12, end: 15, iso: null }]);
  });

  it('reads English dates with or without a year', () => {
    expect(findDates('The ministers met on May 4, 2023 in Oslo.')[0]?.iso).toBe('2023-05-04');
    expect(findDates('Talks resumed on 7 October.', '2024-10-09')[0]?.iso).toBe('2024-10-07');
  });

  it('puts a month without a year in the last such month before publication, or the next one for the future', () => {
    expect(findDates('They last met in December.', '2025-06-11')[0]?.iso).toBe('2024-12');
    expect(findDates('التقيا في مايو الماضي.', '2025-06-11')[0]?.iso).toBe('2025-05');
    expect(findDates('سيزور القاهرة في سبتمبر المقبل.', '2025-06-11', true)[0]?.iso).toBe('2025-09');
  });

  it('does not take the verb مارس (practised) or the modal "may" for a month', () => {
    expect(findDates('مارس الضغط على الحكومة. Officials may resign.')).toEqual([]);
  });
});
