import { IMaturityDimension, IMaturityModel } from '../../../src/domain/entities';
import { ISurveyModel, surveyModel } from '../../../src/domain/maturity/surveyModel';

/** The Appendix B model's shape (five levels, dimensions by Order), for the survey's rule tests. */
export const MODEL: IMaturityModel = {
  id: 1,
  title: 'Digital Services Maturity Model',
  levelNames: 'E-Government / Initial\nOpen / Developing\nData-Centric / Defined\nFully Digital / Managed\nSmart / Optimizing'
};

const dimension = (id: number, title: string, order: number | undefined, modelId = 1): IMaturityDimension => ({
  id,
  title,
  order,
  model: { id: modelId, title: 'm' },
  level1: `${title} 1`,
  level2: `${title} 2`,
  level3: `${title} 3`,
  level4: `${title} 4`,
  level5: `${title} 5`
});

export const DIMENSIONS: IMaturityDimension[] = [
  dimension(3, 'Platform', 3),
  dimension(1, 'Value Focus', 1),
  dimension(2, 'Service Model', 2),
  dimension(9, 'Data Quality', 1, 2)
];

export const SURVEY: ISurveyModel = surveyModel(MODEL, DIMENSIONS);
