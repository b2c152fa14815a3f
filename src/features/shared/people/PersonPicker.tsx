import * as React from 'react';
import { IPersonaProps, Label, NormalPeoplePicker, Text, useTheme } from '@fluentui/react';
import { useId } from '@fluentui/react-hooks';
import { IPersonRef } from '../../../domain/entities';
import { isDataError } from '../../../domain/dataErrors';
import { useHub } from '../HubContext';

export interface IPersonPickerProps {
  readonly label: string;
  readonly value: IPersonRef | undefined;
  /** Called with the chosen person (already a site user, with its id) or undefined when cleared. */
  readonly onChange: (person: IPersonRef | undefined) => void;
  readonly required?: boolean;
  readonly disabled?: boolean;
  readonly errorMessage?: string;
}

const toPersona = (person: IPersonRef): IPersonaProps & { person: IPersonRef } => ({
  key: person.email ?? String(person.id),
  text: person.title,
  secondaryText: person.email,
  person
});

/**
 * Chooses one person from the organisation's directory (SharePoint's people picker search), typing at least two
 * letters. The chosen person is made a site user before onChange, so a person column can store them.
 */
export const PersonPicker: React.FC<IPersonPickerProps> = ({ label, value, onChange, required, disabled, errorMessage }) => {
  const { services } = useHub();
  const theme = useTheme();
  const inputId = useId('person-picker');
  const labelId = useId('person-picker-label');
  const errorId = useId('person-picker-error');
  const [problem, setProblem] = React.useState<string>();
  const selected = React.useMemo(() => (value ? [toPersona(value)] : []), [value]);

  const resolve = React.useCallback(
    async (text: string): Promise<IPersonaProps[]> => {
      try {
        setProblem(undefined);
        return (await services.people.search(text)).map(toPersona);
      } catch (error) {
        setProblem(isDataError(error) ? error.message : 'People could not be searched just now.');
        return [];
      }
    },
    [services]
  );

  const change = (items: IPersonaProps[] | undefined): void => {
    const chosen = (items?.[0] as { person?: IPersonRef } | undefined)?.person;
    if (!chosen) {
      onChange(undefined);
      return;
    }
    if (chosen.id > 0 || !chosen.email) {
      onChange(chosen);
      return;
    }
    services.people.ensure(chosen.email).then(
      (person) => onChange(person),
      (error: unknown) => setProblem(isDataError(error) ? error.message : `${chosen.title} could not be added to this site.`)
    );
  };

  const message = errorMessage ?? problem;
  return (
    <div>
      <Label id={labelId} htmlFor={value ? undefined : inputId} required={required} disabled={disabled}>
        {label}
      </Label>
      <NormalPeoplePicker
        onResolveSuggestions={resolve}
        selectedItems={selected}
        onChange={change}
        itemLimit={1}
        disabled={disabled}
        resolveDelay={250}
        pickerSuggestionsProps={{ noResultsFoundText: 'No one found. Type a name or e-mail address.', loadingText: 'Searching…', suggestionsHeaderText: 'People' }}
        removeButtonAriaLabel={value ? `Remove ${value.title} from ${label}` : 'Remove'}
        selectionAriaLabel={label}
        inputProps={{ id: inputId, 'aria-labelledby': labelId, 'aria-describedby': message ? errorId : undefined, placeholder: 'Type a name or e-mail address' }}
      />
      {message && (
        <Text id={errorId} role="alert" variant="small" styles={{ root: { color: theme.semanticColors.errorText } }}>
          {message}
        </Text>
      )}
    </div>
  );
};
