import * as React from 'react';
import { DefaultButton } from '@fluentui/react';
import { maturityCsvFileName, maturityResultsToCsv } from '../../../domain/maturity/maturityCsv';
import { IOrganisationRollup } from '../../../domain/maturity/rollup';

/** Downloads the round's results as CSV (anonymised results without names or evidence). */
export const CsvExportButton: React.FC<{ round: string; result: IOrganisationRollup; anonymised: boolean }> = ({ round, result, anonymised }) => {
  const download = (): void => {
    const csv = maturityResultsToCsv(round, result, { includeEvidence: !anonymised });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = maturityCsvFileName(round);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
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
