import { createTheme } from '@fluentui/react';
import { contrastRatio, parseColour as parseHex } from '../../../src/features/shared/colour/contrast';
import { subtleBackground, subtleTint } from '../../../src/features/shared/colour/subtleColour';

const ratio = (a: string, b: string): number => contrastRatio(parseHex(a) as never, parseHex(b) as never);

describe('subtleTint: quiet backgrounds that keep the text readable', () => {
  test.each<[string, string, string, string]>([
    ['SharePoint default', '#323130', '#605e5c', '#ffffff'],
    ['Teams dark', '#ffffff', '#d6d6d6', '#1f1f1f'],
    ['a strong section, near the limit already', '#ffffff', '#f3f2f1', '#0f6cbd'],
    ['high contrast', '#ffffff', '#ffffff', '#000000']
  ])('%s: text and subtext keep 4.5:1 (or what the theme had)', (_, text, subtext, background) => {
    const tint = subtleTint(text, subtext, background, 10);
    expect(ratio(text, tint)).toBeGreaterThanOrEqual(Math.min(4.5, ratio(text, background)));
    expect(ratio(subtext, tint)).toBeGreaterThanOrEqual(Math.min(4.5, ratio(subtext, background)));
  });

  it('tints as asked where contrast allows, and not at all where it does not', () => {
    expect(subtleTint('#323130', '#605e5c', '#ffffff', 5)).toBe('#f5f5f5');
    expect(subtleTint('#595959', '#767676', '#ffffff', 5)).toBe('#ffffff'); // the subtext is at 4.54:1 already
  });

  it('uses the plain background when a colour cannot be read', () => {
    expect(subtleTint('rgba(0,0,0,0.9)', '#605e5c', '#ffffff', 5)).toBe('#ffffff');
  });

  it('reads a theme', () => {
    expect(subtleBackground(createTheme({}))).toMatch(/^#[0-9a-f]{6}$/);
  });

  test.each<[string, string, number]>([
    ['#000000', '#ffffff', 21],
    ['#fff', '#fff', 1],
    ['#767676', '#ffffff', 4.54]
  ])('contrast of %s on %s is %p', (a, b, expected) => {
    expect(ratio(a, b)).toBeCloseTo(expected, 2);
  });
});
