// Unit tests of date expressions and their resolution against the article date.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findDates } from './dates.js';

describe('findDates', () => {
  it('reads day and month, with the Levantine month name in brackets, and keeps the text as stated', () => {
    const [d] = findDates('عقد الوزراء اجتماعاً في الرباط في 3 فبراير (شباط) الماضي لبحث الأزمة.', '2024-06-10');
    expect(d?.text).toBe('3 فبراير (شباط) الماضي');
    expect(d?.iso).toBe('2024-02-03');
  });

  it('puts a past day-month after the publication date in the previous year', () => {
    expect(findDates('وصل الوفد إلى الدوحة في 20 ديسمبر.', '2025-01-05')[0]?.iso).toBe('2024-12-20');
    expect(findDates('وصل الوفد إلى الدوحة في الأول من يناير.', '2025-01-05')[0]?.iso).toBe('2025-01-01');
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

  it('reads ordinal days of a named or the current month', () => {
    // Published Tuesday 2015-08-11.
    expect(findDates('وقعت الهجمات في السابع من الشهر الحالي.', '2015-08-11')[0]?.iso).toBe('2015-08-07');
    expect(findDates('يعقد المؤتمر في السابع من شهر أغسطس (آب) المقبل.', '2015-07-31')[0]?.iso).toBe('2015-08-07');
    expect(findDates('اجتمعوا السابع والثامن من تموز - يوليو.', '2015-07-24')[0]?.iso).toBe('2015-07-07');
    expect(findDates('وصلوا في الحادي والعشرين من يناير 2014.')[0]?.iso).toBe('2014-01-21');
  });

  it('reads today, yesterday and tomorrow with their parts of day, and a weekday named beside them', () => {
    expect(findDates('قال الوزير صباح اليوم (الجمعة) إن…', '2015-08-07')[0]).toMatchObject({ iso: '2015-08-07' });
    expect(findDates('وصل الوفد نهار أمس.', '2015-08-07')[0]?.iso).toBe('2015-08-06');
    expect(findDates('وقع الانفجار الليلة الماضية.', '2015-07-31')[0]?.iso).toBe('2015-07-30');
    expect(findDates('يجتمعون يوم غد الأربعاء.', '2015-08-11')[0]).toMatchObject({
      text: 'يوم غد الأربعاء',
      iso: '2015-08-12',
    });
    expect(findDates('غدا الاربعاء وبعد غد الخميس', '2015-08-04').map((d) => d.iso)).toEqual([
      '2015-08-05',
      '2015-08-06',
    ]);
    expect(findDates('They met yesterday and will talk again today.', '2017-12-13').map((d) => d.iso)).toEqual([
      '2017-12-12',
      '2017-12-13',
    ]);
  });

  it('does not read اليوم inside a name or a phrase that is not today, nor أمس followed by the subject', () => {
    expect(findDates('عين اليوم – الرياض', '2015-08-07')).toEqual([]);
    expect(findDates('احتفلت المملكة باليوم الوطني.', '2015-08-07')).toEqual([]);
    expect(findDates('وفي اليوم التالي غادر.', '2015-08-07')).toEqual([]);
    expect(findDates('وأعلن أمس الجيش اليمني', '2015-08-07')[0]).toMatchObject({ text: 'أمس', iso: '2015-08-06' });
  });

  it('resolves last month and last year, and leaves a week (not a day, month or year) without an ISO date', () => {
    expect(findDates('التقيا الشهر الماضي.', '2015-01-11')[0]?.iso).toBe('2014-12');
    expect(findDates('وقعت الاتفاقية العام الماضي.', '2015-07-31')[0]?.iso).toBe('2014');
    expect(findDates('He was elected last year.', '2017-12-12')[0]?.iso).toBe('2016');
    expect(findDates('زار القاهرة قبل 40 عاما.', '2015-08-02')[0]?.iso).toBe('1975');
    expect(findDates('They met last week.', '2017-12-12')).toEqual([]);
    expect(findDates('اعتقل الأسبوع الماضي.', '2017-12-12')).toEqual([]);
  });

  it('reads a month named without a year when the text marks it as a month, and explicit years and dates', () => {
    expect(findDates('بدأت المفاوضات بداية يوليو (تموز).', '2015-08-07')[0]?.iso).toBe('2015-07');
    expect(findDates('وقع في 26 مارس آذار.', '2015-08-11')[0]).toMatchObject({
      text: '26 مارس آذار',
      iso: '2015-03-26',
    });
    expect(findDates('in June 2016 and again in ديسمبر 2013')[0]?.iso).toBe('2016-06');
    expect(findDates('وقع في ديسمبر 2013')[0]?.iso).toBe('2013-12');
    expect(findDates('زارها صيف 1996.')[0]?.iso).toBe('1996');
    expect(findDates('Signed on 2015-05-12 in Vienna.')[0]?.iso).toBe('2015-05-12');
    expect(findDates('Signed on 31/12/2015.')[0]?.iso).toBe('2015-12-31');
    expect(findDates('Signed on 3/4/2015.')[0]?.iso).toBeNull();
    expect(findDates('She will testify on Nov. 15.', '2017-11-01')[0]?.iso).toBe('2017-11-15');
  });

  it('keeps a day-month before publication when the text says so, else takes the nearest year, days ahead counting double', () => {
    expect(findDates('التقيا في 13 مايو الماضي.', '2025-05-12')[0]?.iso).toBe('2024-05-13');
    expect(findDates('التقيا في 13 مايو.', '2025-05-12')[0]?.iso).toBe('2025-05-13');
    // 163 days back against 202 ahead (counted 404).
    expect(findDates('التقيا في 30 نوفمبر.', '2025-05-12')[0]?.iso).toBe('2024-11-30');
    expect(findDates('They are due back in court on February 1.', '2017-12-08')[0]?.iso).toBe('2018-02-01');
    expect(findDates('He threatened to act in January.', '2017-12-12')[0]?.iso).toBe('2018-01');
    expect(
      findDates('On Thursday the talks failed; last Thursday they began.', '2025-03-13').map((d) => d.iso),
    ).toEqual(['2025-03-13', '2025-03-06']);
  });

  it('never throws and keeps spans inside the sentence for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'12 مايو أمس اليوم الخميس من السابع May 2015 last year-/()'.split('')) }),
        (s) => {
          for (const d of findDates(s, '2015-08-11')) {
            expect(s.slice(d.start, d.end).trim()).toBe(d.text);
            expect(d.iso === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.iso)).toBe(true);
          }
        },
      ),
    );
  });
});
