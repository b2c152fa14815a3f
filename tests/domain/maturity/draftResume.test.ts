import { IMaturityResponse } from '../../../src/domain/entities';
import { ILocalDraft, resumePoint } from '../../../src/domain/maturity/draftResume';

const server = (values: Partial<IMaturityResponse> = {}): IMaturityResponse => ({
  id: 8,
  title: '',
  etag: '"3"',
  status: 'Draft',
  round: { id: 2, title: '2026 Q4' },
  department: { id: 5, title: 'Environment' },
  answers: '[{"dimension":"Platform","current":2}]',
  modified: '2026-11-02T10:40:00Z',
  ...values
});

const local = (values: Partial<ILocalDraft> = {}): ILocalDraft => ({
  answers: [{ dimension: 'Platform', current: 3 }],
  step: 4,
  dirty: true,
  responseId: 8,
  etag: '"3"',
  base: [{ dimension: 'Platform', current: 2 }],
  ...values
});

describe('resuming a survey', () => {
  it('starts fresh with nothing on the device or in the list', () => {
    expect(resumePoint(undefined, undefined)).toEqual({ answers: [], step: 0, dirty: false, source: 'new', status: 'Draft' });
  });

  it('resumes unsaved answers from the device, at the step the manager was on (a reload before the first save)', () => {
    const point = resumePoint(local({ responseId: undefined, etag: undefined, base: undefined }), undefined);
    expect(point).toMatchObject({ source: 'device', answers: [{ dimension: 'Platform', current: 3 }], step: 4, dirty: true, responseId: undefined });
  });

  it('keeps the device\'s unsaved answers over the list, saving them against the version they were based on', () => {
    const point = resumePoint(local({ etag: '"2"' }), server());
    expect(point).toMatchObject({ source: 'device', answers: [{ dimension: 'Platform', current: 3 }], responseId: 8, etag: '"2"', dirty: true, step: 4 });
  });

  it('takes the list\'s answers when the device has nothing unsaved (changed on another device), keeping the step', () => {
    const point = resumePoint(local({ dirty: false, savedAt: '2026-11-02T10:00:00Z' }), server({ answers: '[{"dimension":"Platform","current":5}]' }));
    expect(point).toMatchObject({ source: 'list', answers: [{ dimension: 'Platform', current: 5 }], base: [{ dimension: 'Platform', current: 5 }], etag: '"3"', step: 4, dirty: false });
  });

  it('shows a submitted response as submitted', () => {
    expect(resumePoint(undefined, server({ status: 'Submitted', submittedOn: '2026-11-05T09:00:00Z' }))).toMatchObject({ status: 'Submitted', submittedOn: '2026-11-05T09:00:00Z', source: 'list' });
  });

  it('saves device answers kept for a response the list no longer has as a new response', () => {
    expect(resumePoint(local(), undefined)).toMatchObject({ source: 'device', responseId: undefined, etag: undefined, dirty: true });
  });

  it('bases device answers kept for another (duplicate) response on the one the list has', () => {
    const point = resumePoint(local({ responseId: 99, etag: '"1"' }), server());
    expect(point).toMatchObject({ responseId: 8, etag: '"3"', base: [{ dimension: 'Platform', current: 2 }], answers: [{ dimension: 'Platform', current: 3 }] });
  });

  test.each<[string, unknown]>([
    ['not an object', 'oops'],
    ['answers that are not a list', { answers: 'x', step: 1, dirty: true }]
  ])('ignores a device copy it cannot read (%s) and takes the list\'s', (_case, stored) => {
    expect(resumePoint(stored as ILocalDraft, server())).toMatchObject({ source: 'list', step: 0, answers: [{ dimension: 'Platform', current: 2 }] });
  });

  it('drops unreadable answers and a bad step from the device copy', () => {
    const stored = { answers: [null, { dimension: 'Platform', current: 4 }], step: -3, dirty: true } as unknown as ILocalDraft;
    expect(resumePoint(stored, undefined)).toMatchObject({ source: 'device', step: 0, answers: [{ dimension: 'Platform', current: 4 }] });
  });
});
