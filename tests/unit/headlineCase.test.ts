import { describe, expect, it } from 'vitest';
import { inTitleCase } from '../../src/pipeline/headlineCase.ts';

describe('inTitleCase', () => {
  it('should read a headline in capitals in title case, keeping initials as the body writes them', () => {
    expect(
      inTitleCase('UAW CHEERS CALL FOR "WAR" ON GM AND FORD', [
        'United Automobile Workers (UAW) president Owen Bieber said GM and Ford must act.',
      ]),
    ).toBe('UAW Cheers Call For "War" On GM And Ford');
  });

  it('should keep the length, so offsets into the headline hold', () => {
    const headline = 'K MART <KM> SAYS RECORD 1986 NET "TURNING POINT"';
    expect(inTitleCase(headline, ['K Mart Corp said.'])).toHaveLength(headline.length);
    // "İ" in lower case is two code units: such a word is left as it was written.
    expect(inTitleCase('ANKARA VE İZMİR', [])).toBe('Ankara Ve İZMİR');
  });

  it('should leave a headline with any lower-case letter as it is', () => {
    expect(inTitleCase('Stoltenberg says criticism not "ONE-WAY STREET"', [])).toBe(
      'Stoltenberg says criticism not "ONE-WAY STREET"',
    );
  });
});
