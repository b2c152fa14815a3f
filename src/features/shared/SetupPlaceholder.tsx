import * as React from 'react';
import { MessageBar, MessageBarType, PrimaryButton, DefaultButton, ProgressIndicator, Stack, Text } from '@fluentui/react';
import { IContentReport, IProgress, IProvisioningReport } from '../../domain/services';
import { plural } from './format';
import { useHub } from './HubContext';
import { ErrorNotice } from './StatusViews';

export interface ISetupPlaceholderProps {
  readonly missing: readonly string[];
  readonly canManage: boolean;
  /** Called once the lists exist, so the feature can load. */
  readonly onReady: () => void;
}

/** Shown when the site lacks the suite's lists: a site owner sets them up (and may load example content) here. */
export const SetupPlaceholder: React.FC<ISetupPlaceholderProps> = ({ missing, canManage, onReady }) => {
  const { services } = useHub();
  const [progress, setProgress] = React.useState<IProgress>();
  const [error, setError] = React.useState<unknown>();
  const [report, setReport] = React.useState<IProvisioningReport>();
  const [content, setContent] = React.useState<IContentReport>();

  const run = async <T,>(work: () => Promise<T>, done: (value: T) => void): Promise<void> => {
    setError(undefined);
    try {
      done(await work());
    } catch (e) {
      setError(e);
    } finally {
      setProgress(undefined);
    }
  };
  const setUp = (): Promise<void> => run(() => services.setup.provision(setProgress), setReport);
  const loadContent = (): Promise<void> => run(() => services.setup.loadExampleContent(setProgress), setContent);

  if (!canManage) {
    return (
      <MessageBar messageBarType={MessageBarType.info} isMultiline>
        This site does not have the Digital Strategy Hub lists yet ({missing.length} missing). Ask a site owner to open this
        page and choose “Set up lists”.
      </MessageBar>
    );
  }
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text variant="large" as="h3">Set up Digital Strategy Hub</Text>
      {!report && <Text>This site needs {plural(missing.length, 'list')}: {missing.join(', ')}. Setting them up changes nothing that is already here.</Text>}
      {error !== undefined && <ErrorNotice error={error} />}
      {progress && <ProgressIndicator label={progress.message} percentComplete={progress.total ? progress.done / progress.total : undefined} />}
      {!report && !progress && <PrimaryButton text="Set up lists" onClick={() => { setUp().catch(setError); }} />}
      {report && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          Lists are set up: {report.createdLists.length} created, {report.changes.length} changes, {report.unchangedLists.length} already up to date.
        </MessageBar>
      )}
      {report && !content && !progress && (
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text="Load example content" onClick={() => { loadContent().catch(setError); }} />
          <DefaultButton text="Start with empty lists" onClick={onReady} />
        </Stack>
      )}
      {content && (
        <Stack tokens={{ childrenGap: 8 }}>
          <MessageBar messageBarType={MessageBarType.success} isMultiline>
            Example content added: {Object.values(content.added).reduce((a, b) => a + b, 0)} items. Sample figures are marked as sample data.
            {content.warnings.length ? ` ${content.warnings.length} references could not be placed.` : ''}
          </MessageBar>
          <PrimaryButton text="Continue" onClick={onReady} />
        </Stack>
      )}
    </Stack>
  );
};
