import '@testing-library/jest-dom';
import { setIconOptions } from '@fluentui/react';

setIconOptions({ disableWarnings: true });

// Each file ends only once React has flushed what its last test left queued (an act() flush scheduled with
// setImmediate, a save settling after its component unmounted): flushed after jsdom is torn down, it throws
// "The `document` global was defined when React was initialized" and stops the whole jest run.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
