import { IMaturityModel } from '../../../src/domain/entities';
import { levelLabel, modelProblem, surveyModel } from '../../../src/domain/maturity/surveyModel';
import { DIMENSIONS, MODEL, SURVEY } from './surveyFixtures';

describe('a model as the survey asks it', () => {
  it('takes the levels from the model\'s level names and its own dimensions in their order', () => {
    expect(SURVEY.levels.map((l) => `${l.level} ${l.name}`)).toEqual([
      '1 E-Government / Initial',
      '2 Open / Developing',
      '3 Data-Centric / Defined',
      '4 Fully Digital / Managed',
      '5 Smart / Optimizing'
    ]);
    expect(SURVEY.dimensions.map((d) => d.title)).toEqual(['Value Focus', 'Service Model', 'Platform']);
    expect(SURVEY.dimensions[2].descriptors).toEqual(['Platform 1', 'Platform 2', 'Platform 3', 'Platform 4', 'Platform 5']);
  });

  it('lets another model have its own number of levels: three level names, three descriptors', () => {
    const data: IMaturityModel = { id: 2, title: 'Data Maturity', levelNames: 'Emerging\nDeveloping\nMastering' };
    const survey = surveyModel(data, DIMENSIONS);
    expect(survey.levels).toHaveLength(3);
    expect(survey.dimensions).toEqual([expect.objectContaining({ title: 'Data Quality', descriptors: ['Data Quality 1', 'Data Quality 2', 'Data Quality 3'] })]);
  });

  it('uses at most five levels (the lists have five descriptor columns)', () => {
    expect(surveyModel({ ...MODEL, levelNames: 'a\nb\nc\nd\ne\nf' }, DIMENSIONS).levels).toHaveLength(5);
  });

  test.each([
    ['one level name', { ...MODEL, levelNames: 'Only' }, /at least two level names/],
    ['no dimensions', { ...MODEL, id: 7 }, /no dimensions yet/]
  ])('says what is missing when a model has %s', (_case, model, message) => {
    expect(modelProblem(surveyModel(model, DIMENSIONS))).toMatch(message);
  });

  it('has no problem with a complete model', () => {
    expect(modelProblem(SURVEY)).toBeUndefined();
  });

  test.each([
    [2, 'Level 2: Open / Developing'],
    [undefined, 'Not answered'],
    [9, 'Level 9']
  ])('labels level %p as %p', (level, label) => {
    expect(levelLabel(SURVEY, level)).toBe(label);
  });
});
