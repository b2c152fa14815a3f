import { createTheme } from '@fluentui/react';
import { cellColours } from '../../../../src/features/maturitySurvey/results/levelColours';
import { contrastRatio, parseColour } from '../../../../src/features/shared/colour/contrast';
import { labelPlacement, layoutFor, pointAt, RADIUS, seriesPath, wrapLabel } from '../../../../src/features/maturitySurvey/results/charts/radarGeometry';
import { sharePointTheme, teamsTheme } from '../../../../src/features/shared/themes';

describe('heatmap colours from the theme', () => {
  test.each([
    ['#fff', [255, 255, 255]],
    ['#0f6cbd', [15, 108, 189]],
    ['not a colour', undefined]
  ])('reads %s', (text, expected) => {
    expect(parseColour(text)).toEqual(expected);
  });

  test.each([
    ['#000000', '#ffffff', 21],
    ['#777777', '#ffffff', 4.48]
  ])('contrast of %s on %s is %d', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 1);
  });

  const themes = [
    ['SharePoint', sharePointTheme('none')],
    ['SharePoint strong section', sharePointTheme('strong')],
    ['Teams default', teamsTheme('default')],
    ['Teams dark', teamsTheme('dark')],
    ['Teams high contrast', teamsTheme('contrast')],
    ['Fluent default', createTheme({})]
  ] as const;

  test.each(themes)('%s: every shade keeps its printed number readable (WCAG AA 4.5:1)', (_, theme) => {
    for (let share = 0; share <= 1.0001; share += 0.05) {
      const { background, text } = cellColours(theme, share);
      expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(themes)('%s: higher levels are shaded further from the lowest', (_, theme) => {
    const low = cellColours(theme, 0).background;
    expect(contrastRatio(cellColours(theme, 1).background, low)).toBeGreaterThan(contrastRatio(cellColours(theme, 0.25).background, low));
  });
});

describe('radar geometry', () => {
  test.each([
    [0, 4, 5, { x: 0, y: -RADIUS }],
    [1, 4, 5, { x: RADIUS, y: 0 }],
    [2, 4, 5, { x: 0, y: RADIUS }],
    [0, 4, 0, { x: 0, y: 0 }]
  ])('dimension %d of %d at level %d sits at %j', (index, count, level, expected) => {
    const at = pointAt(index, count, level, 5);
    expect(at.x).toBeCloseTo(expected.x);
    expect(at.y).toBeCloseTo(expected.y);
  });

  it('closes a complete outline and breaks it where a dimension is unanswered', () => {
    const complete = seriesPath([1, 2, 3], 5);
    expect(complete).toMatch(/Z$/);
    expect(complete.match(/M/g)).toHaveLength(1);
    // 1 | gap | 3 -> 4: two stretches, the second not closed back to the first
    const broken = seriesPath([1, undefined, 3, 4], 5);
    expect(broken.match(/M/g)).toHaveLength(2);
    expect(broken).toMatch(/L[-\d.]+,[-\d.]+$/);
  });

  test.each([
    ['Value Focus', ['Value Focus']],
    ['Technology Focus', ['Technology', 'Focus']],
    ['Insight-Driven Transformation', ['Insight-Driven', 'Transformation']]
  ])('wraps %s', (text, lines) => {
    expect(wrapLabel(text, 12)).toEqual(lines);
  });

  it('anchors labels away from the chart', () => {
    expect(labelPlacement(0, 4).anchor).toBe('middle');
    expect(labelPlacement(1, 4).anchor).toBe('start');
    expect(labelPlacement(3, 4).anchor).toBe('end');
    expect(labelPlacement(2, 4).vertical).toBe('below');
  });

  test.each([
    [1000, RADIUS],
    [430, RADIUS],
    [300, 66],
    [200, 56]
  ])('at %dpx wide the radius is %d, with room for labels', (width, radius) => {
    const layout = layoutFor(width);
    expect(layout.radius).toBe(radius);
    expect(layout.view.width).toBe(2 * (radius + 84));
  });
});
