import * as React from 'react';
import { DefaultButton, MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import { isDataError } from '../../domain/dataErrors';

export const Loading: React.FC<{ label: string }> = ({ label }) => (
  <Spinner size={SpinnerSize.medium} label={label} ariaLive="polite" labelPosition="right" />
);

export const Empty: React.FC<{ message: string }> = ({ message, children }) => (
  <Stack tokens={{ childrenGap: 8 }}>
    <Text>{message}</Text>
    {children}
  </Stack>
);

/** Words a failure for people, offers a retry, and keeps SharePoint's own message in a details line. */
export const ErrorNotice: React.FC<{ error: unknown; onRetry?: () => void }> = ({ error, onRetry }) => {
  const message = isDataError(error) ? error.message : 'Something went wrong. Try again, and tell the programme office if it keeps happening.';
  const details = isDataError(error) ? error.serverMessage : error instanceof Error ? error.message : undefined;
  return (
    <MessageBar
      messageBarType={MessageBarType.error}
      isMultiline
      actions={onRetry ? <DefaultButton onClick={onRetry} text="Try again" /> : undefined}
    >
      {message}
      {details && details !== message ? <details><summary>Details</summary>{details}</details> : null}
    </MessageBar>
  );
};
