import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import { maturityCsvFileName, maturityResultsToCsv } from '../../../domain/maturity/maturityCsv';
import { IOrganisationRollup } from '../../../domain/maturity/rollup';
import { downloadText } from '../../shared/download';

/** Downloads the round's results as CSV (anonymised results without names or evidence). */
export const CsvExportButton: React.FC<{ round: string; result: IOrganisationRollup; anonymised: boolean }> = ({ round, result, anonymised }) => {
  const download = (): void => {
    downloadText(maturityCsvFileName(round), maturityResultsToCsv(round, result, { includeEvidence: !anonymised }));
  };
  return (
    <DefaultButton
      iconProps={{ iconName: 'Download' }}
      text="Download CSV"
      onClick={download}
      title={anonymised ? 'Departments are lettered and evidence is left out, because evidence often names the department.' : undefined}
    />
  );
};
