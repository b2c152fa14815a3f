import { IPropertyPaneDropdownOption, PropertyPaneChoiceGroup, PropertyPaneDropdown, PropertyPaneLabel, PropertyPaneToggle } from '@microsoft/sp-property-pane';
import * as strings from 'HubWebPartStrings';
import type { IAssessmentRound, IMaturityModel } from '../../domain/entities';
import type { PropertyPaneFieldsBuilder } from '../shared/propertyPaneTypes';
import type { IMaturitySurveyWebPartProps } from './MaturitySurveyWebPart';

export interface IMaturityPaneChoices {
  readonly models: readonly IMaturityModel[];
  readonly rounds: readonly IAssessmentRound[];
}

/**
 * The Maturity Survey's own property pane fields (loaded only when the pane opens): the model and round to show,
 * chosen from the lists (0 = the current open round and its model), which tab it opens on, and whether results
 * hide department names. The lists are read once, when the pane first opens; the pane refreshes when they arrive.
 */
export function maturityPropertyPane(load: () => Promise<IMaturityPaneChoices>, refresh: () => void): PropertyPaneFieldsBuilder<IMaturitySurveyWebPartProps> {
  let choices: IMaturityPaneChoices | undefined;
  let failure: string | undefined;
  let started = false;

  const start = (): void => {
    if (started) return;
    started = true;
    load()
      .then((c) => {
        choices = c;
      })
      .catch((e: Error) => {
        failure = `${strings.MaturityChoicesFailed} ${e.message}`;
      })
      .then(refresh, refresh);
  };

  return (properties) => {
    start();
    const modelOptions: IPropertyPaneDropdownOption[] = [
      { key: 0, text: strings.CurrentOpenRoundModel },
      ...(choices?.models ?? []).map((m) => ({ key: m.id, text: m.active === false ? `${m.title} (inactive)` : m.title }))
    ];
    const rounds = (choices?.rounds ?? []).filter((r) => !properties.modelId || r.model?.id === properties.modelId);
    const roundOptions: IPropertyPaneDropdownOption[] = [
      { key: 0, text: strings.CurrentOpenRound },
      ...rounds.map((r) => ({ key: r.id, text: `${r.title} (${r.status})` }))
    ];
    return [
      PropertyPaneDropdown('modelId', { label: strings.MaturityModelLabel, options: modelOptions, selectedKey: properties.modelId ?? 0, disabled: !choices }),
      PropertyPaneDropdown('roundId', { label: strings.AssessmentRoundLabel, options: roundOptions, selectedKey: properties.roundId ?? 0, disabled: !choices }),
      ...(failure ? [PropertyPaneLabel('maturityChoicesFailed', { text: failure })] : []),
      PropertyPaneChoiceGroup('startOn', {
        label: strings.StartOnLabel,
        options: [
          { key: 'survey', text: strings.StartOnSurvey },
          { key: 'results', text: strings.StartOnResults }
        ]
      }),
      PropertyPaneToggle('anonymiseResults', { label: strings.AnonymiseLabel })
    ];
  };
}
