import { DataError } from '../../../src/domain/dataErrors';
import { IMaturityResponse } from '../../../src/domain/entities';
import { ISurveyAnswer, readAnswers } from '../../../src/domain/maturity/answers';
import { ILocalDraft } from '../../../src/domain/maturity/draftResume';
import { surveyModel } from '../../../src/domain/maturity/surveyModel';
import { createDraftStore, memoryStorage } from '../../../src/data/localDrafts';
import { IResponseSaverOptions, ResponseSaver } from '../../../src/features/maturitySurvey/survey/responseSaver';
import { IDeviceDraft, readDeviceDraft } from '../../../src/features/shared/saving/ItemSaver';
import { answered, DIMENSIONS, ENVIRONMENT, FakeResponses, GRACE, MODEL, OPEN } from './maturityFakes';

const SURVEY = surveyModel(MODEL, DIMENSIONS);
const KEY = 'maturity:2:9:13';
const COMPLETE: ISurveyAnswer[] = [answered('Value Focus', 1, 3), answered('Service Model', 2, 3), answered('Platform', 2, 4)];

const offline = (): DataError => new DataError('Offline', 'SharePoint could not be reached. Check your connection and try again.');
const throttled = (): DataError => new DataError('Throttled', 'SharePoint is busy right now.', 429);

const response = (values: Partial<IMaturityResponse>): IMaturityResponse => ({
  id: 50,
  title: '',
  etag: '"4"',
  status: 'Draft',
  round: { id: OPEN.id, title: OPEN.title },
  department: { id: ENVIRONMENT.id, title: ENVIRONMENT.title },
  author: GRACE,
  answers: '[]',
  ...values
});

/** The department's response (opening the round created it) and a saver for it, as Grace. */
function setup(items: IMaturityResponse[] = [response({})], local?: ILocalDraft) {
  const responses = new FakeResponses(items);
  const drafts = createDraftStore(memoryStorage());
  if (local) drafts.write(KEY, local);
  const options: IResponseSaverOptions = {
    responses,
    drafts,
    draftKey: KEY,
    model: SURVEY,
    response: items[0],
    respondent: GRACE,
    readOnly: false
  };
  const saver = new ResponseSaver(options);
  saver.resume();
  const draft = (): IDeviceDraft<IMaturityResponse> | undefined => readDeviceDraft<IMaturityResponse>(drafts, KEY);
  return { saver, responses, drafts, local: () => ({ dirty: draft() !== undefined, answers: draft() ? readAnswers(draft()?.mine.answers) : undefined }) };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('saving a draft as the manager goes', () => {
  it('keeps every change on this device at once and saves to the list 1.5 s after the last change', async () => {
    const { saver, responses, local } = setup();
    saver.change([answered('Value Focus', 1, 3)]);
    expect(local()).toMatchObject({ dirty: true, answers: [answered('Value Focus', 1, 3)] });
    await jest.advanceTimersByTimeAsync(1000);
    saver.change([answered('Value Focus', 2, 3)]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(responses.writes).toBe(0);
    await jest.advanceTimersByTimeAsync(600);
    expect(responses.writes).toBe(1);
    expect(responses.adds).toBe(0);
    expect(responses.items[0]).toMatchObject({ status: 'Draft', answers: JSON.stringify([answered('Value Focus', 2, 3)]), round: { id: OPEN.id }, department: { id: ENVIRONMENT.id } });
    expect(saver.getState().save.kind).toBe('saved');
    expect(local()).toMatchObject({ dirty: false });
    expect(saver.getState().responseId).toBe(50);
  });

  it('updates the same item afterwards with its ETag', async () => {
    const { saver, responses } = setup();
    saver.change([answered('Value Focus', 1, 3)]);
    await jest.advanceTimersByTimeAsync(1500);
    saver.change([answered('Value Focus', 1, 4)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]).toMatchObject({ etag: '"6"', answers: JSON.stringify([answered('Value Focus', 1, 4)]) });
  });

  it('says it is offline, keeps the answers on this device and saves when a retry gets through', async () => {
    const { saver, responses, local } = setup();
    responses.failNext = { update: offline() };
    saver.change([answered('Platform', 2, 3)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(saver.getState().save.kind).toBe('offline');
    expect(local()).toMatchObject({ dirty: true, answers: [answered('Platform', 2, 3)] });
    await jest.advanceTimersByTimeAsync(2000);
    expect(saver.getState().save.kind).toBe('saved');
    expect(responses.items).toHaveLength(1);
  });

  it('backs off while SharePoint is busy (2 s, then 4 s), keeping later changes', async () => {
    const { saver, responses } = setup();
    const update = jest.spyOn(responses, 'update');
    responses.failNext = { update: throttled() };
    saver.change([answered('Platform', 2, 3)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(saver.getState().save.kind).toBe('retrying');
    responses.failNext = { update: throttled() };
    saver.change([answered('Platform', 3, 3)]);
    await jest.advanceTimersByTimeAsync(2000);
    expect(update).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(3900);
    expect(update).toHaveBeenCalledTimes(2);
    await jest.advanceTimersByTimeAsync(100);
    expect(update).toHaveBeenCalledTimes(3);
    expect(responses.items[0].answers).toBe(JSON.stringify([answered('Platform', 3, 3)]));
  });

  it('stops and says so when SharePoint refuses the save (the round was locked)', async () => {
    const { saver, responses, local } = setup();
    responses.failNext = { update: new DataError('AccessDenied', 'You do not have permission to do that here.', 403) };
    saver.change([answered('Platform', 2, 3)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(saver.getState().save.kind).toBe('denied');
    await jest.advanceTimersByTimeAsync(60000);
    expect(responses.writes).toBe(0);
    expect(local()?.dirty).toBe(true);
  });

  it('saves changes left unsaved on this device as soon as it resumes (a reload)', async () => {
    const { responses, saver } = setup(undefined, { answers: [answered('Platform', 4, 5)], step: 2, dirty: true, responseId: 50, etag: '"4"' });
    expect(saver.getState()).toMatchObject({ step: 2, answers: [answered('Platform', 4, 5)] });
    await jest.advanceTimersByTimeAsync(0);
    expect(responses.items[0]).toMatchObject({ etag: '"5"', answers: JSON.stringify([answered('Platform', 4, 5)]) });
  });

  it('gives unsaved changes one last try when the survey closes', async () => {
    const { saver, responses } = setup();
    saver.change([answered('Platform', 1, 2)]);
    saver.dispose();
    await jest.advanceTimersByTimeAsync(0);
    expect(responses.items[0].answers).toBe(JSON.stringify([answered('Platform', 1, 2)]));
  });
});

describe('one response per round and department, shared by its respondents', () => {
  it('never adds a response: the department\'s response (made when the round opened) is updated', async () => {
    const { saver, responses } = setup();
    saver.change(COMPLETE);
    await jest.advanceTimersByTimeAsync(1500);
    await saver.submit();
    expect(responses.adds).toBe(0);
    expect(responses.items).toHaveLength(1);
  });

  it('shows another respondent\'s clashing answers as a conflict, never overwriting them', async () => {
    const { saver, responses } = setup([response({ answers: JSON.stringify([answered('Value Focus', 1, 3)]) })]);
    await responses.update(50, { answers: JSON.stringify([answered('Value Focus', 4, 4)]) }, '"4"'); // Tom, meanwhile
    saver.change([answered('Value Focus', 2, 3)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(saver.getState().conflict?.theirs?.id).toBe(50);
    expect(saver.getState().save.kind).toBe('conflict');
    expect(responses.items[0].answers).toBe(JSON.stringify([answered('Value Focus', 4, 4)]));
  });
});

describe('submitting', () => {
  it('sets Status, SubmittedOn and the overall levels (the median rule) in one write', async () => {
    const { saver, responses } = setup();
    saver.change(COMPLETE);
    await expect(saver.submit()).resolves.toBe(true);
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0]).toMatchObject({ status: 'Submitted', overallCurrent: 2, overallTarget: 3 });
    expect(responses.items[0].submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(saver.getState()).toMatchObject({ status: 'Submitted', submitting: false });
  });

  it('submits once when submit is pressed twice', async () => {
    const { saver, responses } = setup();
    saver.change(COMPLETE);
    const [first, second] = await Promise.all([saver.submit(), saver.submit()]);
    expect([first, second]).toEqual([true, false]);
    expect(responses.items).toHaveLength(1);
    expect(responses.writes).toBe(1);
  });

  it('records who submitted it (the response is shared by the department\'s respondents)', async () => {
    const { saver, responses } = setup();
    saver.change(COMPLETE);
    await expect(saver.submit()).resolves.toBe(true);
    expect(responses.items[0].submittedBy).toMatchObject({ id: GRACE.id });
  });

  it('counts a repeated submit that meets its own earlier success as done (the answer was lost on the way back)', async () => {
    const { saver, responses } = setup([response({ answers: JSON.stringify(COMPLETE) })]);
    const realUpdate = responses.update.bind(responses);
    jest.spyOn(responses, 'update').mockImplementationOnce(async (id, values, etag) => {
      await realUpdate(id, values, etag);
      throw offline();
    });
    saver.change(COMPLETE);
    await expect(saver.submit()).resolves.toBe(false);
    expect(saver.getState().submitError).toMatch(/could not be reached/);
    await expect(saver.submit()).resolves.toBe(true);
    expect(saver.getState().conflict).toBeUndefined();
    expect(responses.items).toHaveLength(1);
    expect(responses.items[0].status).toBe('Submitted');
  });

  it('refuses to submit incomplete answers', async () => {
    const { saver, responses } = setup();
    saver.change([answered('Value Focus', 1, 3)]);
    await expect(saver.submit()).resolves.toBe(false);
    expect(responses.items.filter((i) => i.status === 'Submitted')).toHaveLength(0);
  });

  it('keeps a submitted response complete in the list: an invalid change waits on this device', async () => {
    const { saver, responses } = setup([response({ status: 'Submitted', submittedOn: '2026-11-02T10:42:00Z', answers: JSON.stringify(COMPLETE), overallCurrent: 2, overallTarget: 3 })]);
    saver.change([COMPLETE[0], COMPLETE[1], answered('Platform', 4, 2)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(saver.getState().save.kind).toBe('invalid');
    expect(responses.writes).toBe(0);
    saver.change([COMPLETE[0], COMPLETE[1], answered('Platform', 4, 5)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(responses.items[0]).toMatchObject({ status: 'Submitted', submittedOn: '2026-11-02T10:42:00Z', overallCurrent: 2, overallTarget: 3 });
    expect(responses.items[0].answers).toContain('"current":4');
  });
});

describe('concurrent edits (ETag)', () => {
  it('turns a 412 into a conflict holding both versions, then saves the chosen answers over theirs', async () => {
    const { saver, responses } = setup([response({ answers: JSON.stringify([answered('Platform', 2, 3)]) })]);
    await responses.update(50, { answers: JSON.stringify([answered('Platform', 3, 3)]) }, '"4"'); // someone else, elsewhere
    saver.change([answered('Platform', 4, 4)]); // the current level both changed, to different levels: a true clash
    await jest.advanceTimersByTimeAsync(1500);
    const { conflict } = saver.getState();
    expect(conflict).toMatchObject({ base: [answered('Platform', 2, 3)], mine: [answered('Platform', 4, 4)], theirs: { id: 50, etag: '"5"' } });
    saver.resolveConflict([answered('Platform', 3, 4)]);
    await jest.advanceTimersByTimeAsync(0);
    expect(saver.getState()).toMatchObject({ conflict: undefined, save: { kind: 'saved' } });
    expect(responses.items[0]).toMatchObject({ etag: '"6"', answers: JSON.stringify([answered('Platform', 3, 4)]) });
  });

  it('merges by itself when the other side changed other answers, or other parts of one answer', async () => {
    const { saver, responses } = setup([response({ answers: JSON.stringify([answered('Platform', 2, 3)]) })]);
    await responses.update(50, { answers: JSON.stringify([answered('Platform', 3, 3), answered('Value Focus', 1, 2)]) }, '"4"'); // elsewhere
    saver.change([answered('Platform', 2, 4), answered('Service Model', 2, 2)]);
    await jest.advanceTimersByTimeAsync(1500);
    expect(saver.getState()).toMatchObject({ conflict: undefined, save: { kind: 'saved' } });
    expect(readAnswers(responses.items[0].answers)).toEqual([answered('Value Focus', 1, 2), answered('Service Model', 2, 2), answered('Platform', 3, 4)]);
  });
});

describe('a save whose answer was lost on the way back', () => {
  it('carries on from the version that already holds the answers instead of raising a conflict', async () => {
    const { saver, responses } = setup([response({ answers: JSON.stringify(COMPLETE) })]);
    const realUpdate = responses.update.bind(responses);
    jest.spyOn(responses, 'update').mockImplementationOnce(async (id, values, etag) => {
      await realUpdate(id, values, etag);
      throw offline();
    });
    saver.change(COMPLETE);
    await expect(saver.submit()).resolves.toBe(false);
    await jest.advanceTimersByTimeAsync(2000); // the automatic retry meets the submitted version (412)
    expect(saver.getState()).toMatchObject({ status: 'Submitted', save: { kind: 'saved' } });
    expect(saver.getState().conflict).toBeUndefined();
  });
});
