import { describeLevel, describeLevelBriefly, formatLevel, isAtLevel, resultsHeadline } from '../../../src/domain/maturity/resultsWording';

const APPENDIX_B = ['E-Government / Initial', 'Open / Developing', 'Data-Centric / Defined', 'Fully Digital / Managed', 'Smart / Optimizing'];
const FOUR = ['Ad hoc', 'Aware', 'Practised', 'Embedded'];

describe('maturity levels in words', () => {
  test.each([
    [2, APPENDIX_B, 'level 2 (Open / Developing)'],
    [1.5, APPENDIX_B, 'between levels 1 and 2 (E-Government / Initial and Open / Developing)'],
    [3.75, APPENDIX_B, 'between levels 3 and 4 (Data-Centric / Defined and Fully Digital / Managed)'],
    [4, FOUR, 'level 4 (Embedded)'],
    [2.5, FOUR, 'between levels 2 and 3 (Aware and Practised)'],
    [5, FOUR, 'level 5'],
    [1.5, [], 'between levels 1 and 2']
  ])('%d with the model\'s names reads "%s"', (value, names, expected) => {
    expect(describeLevel(value, names)).toBe(expected);
  });

  test.each([
    [1.5, 'between E-Government / Initial and Open / Developing'],
    [4, 'Fully Digital / Managed'],
    [6, 'level 6']
  ])('briefly, %d reads "%s"', (value, expected) => {
    expect(describeLevelBriefly(value, APPENDIX_B)).toBe(expected);
  });

  test.each([
    [2, 'is at level 2 (Open / Developing)'],
    [1.5, 'is between levels 1 and 2 (E-Government / Initial and Open / Developing)']
  ])('in a sentence, %d %s', (value, expected) => {
    expect(isAtLevel(value, APPENDIX_B)).toBe(expected);
  });

  test.each([
    [1.5, '1.5'],
    [2, '2'],
    [2.25, '2.25'],
    [1 / 3, '0.33']
  ])('%d is written %s', (value, expected) => {
    expect(formatLevel(value)).toBe(expected);
  });
});

describe('the results headline', () => {
  test.each([
    [{ current: 1.5, target: 4, responded: 2, departments: 12 }, 'Organisation level: 1.5 — between E-Government / Initial and Open / Developing · target 4 · 2 of 12 departments responded'],
    [{ current: 2, target: 3.5, responded: 1, departments: 1 }, 'Organisation level: 2 — Open / Developing · target 3.5 · 1 of 1 department responded'],
    [{ responded: 0, departments: 12 }, 'Organisation level: not yet assessed · 0 of 12 departments responded'],
    // a department that has since been made inactive still counts as having responded
    [{ current: 3, responded: 3, departments: 2 }, 'Organisation level: 3 — Data-Centric / Defined · 3 of 3 departments responded']
  ])('%j reads "%s"', (args, expected) => {
    expect(resultsHeadline({ ...args, names: APPENDIX_B })).toBe(expected);
  });
});
