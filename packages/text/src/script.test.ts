import { describe, expect, it } from '@jest/globals';
import { detectLanguage, scriptOf } from './script.js';

describe('scriptOf', () => {
  it('names the script of letters, digits, marks and emoji', () => {
    expect(scriptOf('ب')).toBe('arabic');
    expect(scriptOf('٣')).toBe('arabic');
    expect(scriptOf('ﻻ')).toBe('arabic');
    expect(scriptOf('e')).toBe('latin');
    expect(scriptOf('É')).toBe('latin');
    expect(scriptOf('7')).toBe('common');
    expect(scriptOf('،')).toBe('common');
    expect(scriptOf('\u064E')).toBe('inherited');
    expect(scriptOf('😀')).toBe('common');
    expect(scriptOf('中')).toBe('other');
  });
});

describe('detectLanguage', () => {
  it('tells Arabic from English by the share of letters', () => {
    expect(detectLanguage('أعلنت وكالة Reuters أن الرئيس Erdogan وصل إلى أنقرة')).toBe('ar');
    expect(detectLanguage('The minister met the Saudi delegation in Riyadh on Monday.')).toBe('en');
  });

  it('says und when there are no letters or no script dominates', () => {
    expect(detectLanguage('2024 — 3.5%')).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('中文 新闻 报道')).toBe('und');
  });
});
