import { IMaturityDimension, IMaturityModel } from '../entities';
import { levelNames } from './maturityLevel';

/**
 * A maturity model as the survey asks it: the model's levels (one per line of LevelNames, lowest first; at most
 * five, as the Maturity Dimensions list has five descriptor columns) and its dimensions in their Order. Models
 * are data: any model set up in the lists drives the survey without a code change.
 */

/** The most levels a model can have (Maturity Dimensions has Level1..Level5 descriptors). */
export const MAX_LEVELS = 5;

export interface ISurveyLevel {
  /** 1 for the lowest. */
  readonly level: number;
  readonly name: string;
}

export interface ISurveyDimension {
  readonly id: number;
  readonly title: string;
  readonly guidance?: string;
  /** The descriptor of each level for this dimension: descriptors[level - 1] ('' when the list leaves it blank). */
  readonly descriptors: readonly string[];
}

export interface ISurveyModel {
  readonly id: number;
  readonly title: string;
  readonly description?: string;
  readonly levels: readonly ISurveyLevel[];
  readonly dimensions: readonly ISurveyDimension[];
}

const DESCRIPTOR_KEYS = ['level1', 'level2', 'level3', 'level4', 'level5'] as const;

/** Dimensions by Order (those without one last), then by title. */
function byOrder(a: IMaturityDimension, b: IMaturityDimension): number {
  const ao = typeof a.order === 'number' ? a.order : Number.POSITIVE_INFINITY;
  const bo = typeof b.order === 'number' ? b.order : Number.POSITIVE_INFINITY;
  return ao !== bo ? (ao < bo ? -1 : 1) : a.title.localeCompare(b.title, 'en-GB');
}

/** The survey for a model, from the model and the Maturity Dimensions items (other models' dimensions are left out). */
export function surveyModel(model: IMaturityModel, dimensions: readonly IMaturityDimension[]): ISurveyModel {
  const levels = levelNames(model.levelNames)
    .slice(0, MAX_LEVELS)
    .map((name, index) => ({ level: index + 1, name }));
  const own = dimensions.filter((d) => d.model?.id === model.id && d.title.trim() !== '').sort(byOrder);
  return {
    id: model.id,
    title: model.title,
    description: model.description,
    levels,
    dimensions: own.map((d) => ({
      id: d.id,
      title: d.title.trim(),
      guidance: d.guidance?.trim() || undefined,
      descriptors: levels.map((l) => (d[DESCRIPTOR_KEYS[l.level - 1]] ?? '').trim())
    }))
  };
}

/** Why a model cannot be surveyed yet, worded for the programme office; undefined when it can. */
export function modelProblem(model: ISurveyModel): string | undefined {
  if (model.levels.length < 2) return `The model “${model.title}” needs at least two level names (one per line in Level names).`;
  if (!model.dimensions.length) return `The model “${model.title}” has no dimensions yet. Add them in the Maturity Dimensions list.`;
  return undefined;
}

/** "Level 2: Open / Developing". */
export function levelLabel(model: ISurveyModel, level: number | undefined): string {
  if (level === undefined) return 'Not answered';
  const name = model.levels[level - 1]?.name;
  return name ? `Level ${level}: ${name}` : `Level ${level}`;
}
