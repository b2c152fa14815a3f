import { readExampleContent } from '../../../src/data/content/exampleContent';
import { loadExampleContent } from '../../../src/data/content/loadExampleContent';
import { createDraftStore, memoryStorage } from '../../../src/data/localDrafts';
import { allFrom, differs, fieldDiffs, mergeChoices } from '../../../src/domain/conflict';
import { IMaturityResponse } from '../../../src/domain/entities';
import { ISurveyAnswer, readAnswers } from '../../../src/domain/maturity/answers';
import { ISurveyModel, surveyModel } from '../../../src/domain/maturity/surveyModel';
import { answerFields, answersFromRecord, answersRecord, theirRecord } from '../../../src/features/maturitySurvey/survey/conflictFields';
import { ResponseSaver } from '../../../src/features/maturitySurvey/survey/responseSaver';
import { inProcessSP } from '../../../local/pnpInProcess';
import { ILocalSite, OWNER, provisionedSite, SITE_URL } from '../localSite';

/**
 * Issue 15: one manager on two devices loses no change. Grace answers Environment's response on her laptop and her
 * phone at once, each device with its own survey saver and device drafts, against the local SharePoint (real ETags
 * and 412s). First different answers (saved at the same moment), then the same answer: every answer's and every
 * field's final value is asserted.
 */
const GRACE = 'grace.lee@digitalhub.example';
jest.setTimeout(90_000);

const answer = (dimension: string, current: number, target: number, evidence?: string): ISurveyAnswer => ({ dimension, current, target, ...(evidence ? { evidence } : {}) });

async function settled(saver: ResponseSaver): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { save } = saver.getState();
    if (save.kind === 'saved' || save.kind === 'conflict' || save.kind === 'failed' || save.kind === 'denied') return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`the save did not finish: ${JSON.stringify(saver.getState().save)}`);
}

describe('one manager on two devices', () => {
  let site: ILocalSite;
  let model: ISurveyModel;
  let responseId: number;

  beforeAll(async () => {
    site = await provisionedSite();
    await loadExampleContent(site.sp(OWNER), await readExampleContent(), { actAs: (login) => inProcessSP(site.local, SITE_URL, login) });
    const services = site.services(GRACE);
    const [round] = await services.assessmentRounds.getAll({ where: { status: 'Open' } });
    const [models, dimensions, departments] = await Promise.all([services.maturityModels.getAll(), services.maturityDimensions.getAll(), services.departments.getAll({ where: { title: 'Environment' } })]);
    model = surveyModel(models.find((m) => m.id === round.model.id) as NonNullable<(typeof models)[number]>, dimensions);
    const [response] = await services.maturityResponses.getAll({ where: { round: round.id, department: departments[0].id } });
    responseId = response.id;
  });

  const device = async (): Promise<ResponseSaver> => {
    const services = site.services(GRACE);
    const me = await services.currentUser();
    return new ResponseSaver({
      responses: services.maturityResponses,
      drafts: createDraftStore(memoryStorage()),
      draftKey: `maturity:${responseId}:${me.id}`,
      model,
      response: await services.maturityResponses.getById(responseId),
      respondent: me,
      readOnly: false,
      debounceMs: 60_000 // saved only when the test says (saveNow), so the two devices' saves can be made to meet
    });
  };
  const stored = async (): Promise<IMaturityResponse> => site.services(OWNER).maturityResponses.getById(responseId);

  it('keeps both devices\' answers: different answers saved at the same moment, then the same answer (the clash asks, and Keep mine keeps the rest)', async () => {
    const before = await stored();
    const [title, dimension] = [model.dimensions.map((d) => d.title), (i: number): string => model.dimensions[i].title];
    expect(title.length).toBeGreaterThanOrEqual(5);
    const laptop = await device();
    const phone = await device();

    // 1. Different answers, saved at the same moment: both kept, no question asked.
    laptop.change([answer(dimension(0), 2, 4, 'Laptop: reporting is mostly statutory')]);
    phone.change([answer(dimension(2), 3, 4)]);
    await Promise.all([laptop.saveNow(), phone.saveNow()]);
    await Promise.all([settled(laptop), settled(phone)]);
    expect([laptop.getState().conflict, phone.getState().conflict]).toEqual([undefined, undefined]);
    expect(readAnswers((await stored()).answers)).toEqual([answer(dimension(0), 2, 4, 'Laptop: reporting is mostly statutory'), answer(dimension(2), 3, 4)]);

    // 2. Each device carries on from what it shows (neither has reloaded). The same answer to the same levels is no
    //    clash; the same answer to different levels is, and only that one asks.
    laptop.change([...laptop.getState().answers, answer(dimension(1), 2, 3), answer(dimension(3), 1, 2)]);
    phone.change([...phone.getState().answers, answer(dimension(1), 2, 3), answer(dimension(3), 2, 3, 'Phone: waste collection co-designed')]);
    await laptop.saveNow();
    await settled(laptop);
    await phone.saveNow();
    await settled(phone);
    const { conflict } = phone.getState();
    expect(conflict).toBeDefined();
    expect(phone.getState().save.kind).toBe('conflict');
    // nothing was overwritten while the phone's clash waits
    expect(readAnswers((await stored()).answers)).toEqual([
      answer(dimension(0), 2, 4, 'Laptop: reporting is mostly statutory'),
      answer(dimension(1), 2, 3),
      answer(dimension(2), 3, 4),
      answer(dimension(3), 1, 2)
    ]);

    // 3. On the phone, the conflict view as the survey fills it; "Keep mine" keeps the phone's clashing answer and
    //    every change the laptop made that the phone did not touch.
    const fields = answerFields(model).map((f) => f.key);
    const diffs = fieldDiffs(
      conflict?.base ? answersRecord(model, conflict.base) : undefined,
      answersRecord(model, conflict?.mine ?? []),
      theirRecord(model, conflict?.theirs as IMaturityResponse),
      fields
    );
    // the dialog shows only what differs: the one answer both changed to different levels
    expect(diffs.filter(differs).map((d) => [d.key, d.change])).toEqual([['d3', 'both']]);
    phone.resolveConflict(answersFromRecord(model, allFrom(diffs, 'mine'), phone.getState().answers));
    await settled(phone);
    expect(phone.getState()).toMatchObject({ conflict: undefined, save: { kind: 'saved' } });
    const final = await stored();
    expect(readAnswers(final.answers)).toEqual([
      answer(dimension(0), 2, 4, 'Laptop: reporting is mostly statutory'),
      answer(dimension(1), 2, 3),
      answer(dimension(2), 3, 4),
      answer(dimension(3), 2, 3, 'Phone: waste collection co-designed')
    ]);
    // every other field as it was: still a draft of Environment's response in the same round
    expect(final).toMatchObject({ id: before.id, title: before.title, status: 'Draft', round: before.round, department: before.department });
    expect(final.submittedOn).toBeUndefined();

    // 4. The laptop, not reloaded, changes that answer again (a clash) and answers a new one; "Save merged" taking the
    //    phone's side of the clash keeps the laptop's new answer too.
    laptop.change([...laptop.getState().answers.filter((a) => a.dimension !== dimension(3)), answer(dimension(3), 3, 3), answer(dimension(4), 2, 2)]);
    await laptop.saveNow();
    await settled(laptop);
    const merged = laptop.getState().conflict;
    expect(merged).toBeDefined();
    const mergedDiffs = fieldDiffs(merged?.base ? answersRecord(model, merged.base) : undefined, answersRecord(model, merged?.mine ?? []), theirRecord(model, merged?.theirs as IMaturityResponse), fields);
    expect(mergedDiffs.filter(differs).map((d) => [d.key, d.change])).toEqual([['d3', 'both'], ['d4', 'mine']]);
    laptop.resolveConflict(answersFromRecord(model, mergeChoices(mergedDiffs, { d3: 'theirs' }), laptop.getState().answers));
    await settled(laptop);
    expect(readAnswers((await stored()).answers)).toEqual([
      answer(dimension(0), 2, 4, 'Laptop: reporting is mostly statutory'),
      answer(dimension(1), 2, 3),
      answer(dimension(2), 3, 4),
      answer(dimension(3), 2, 3, 'Phone: waste collection co-designed'),
      answer(dimension(4), 2, 2)
    ]);

    // 5. A reload on either device shows all of it, with nothing left unsaved on either.
    for (const saver of [laptop, phone]) expect(saver.getState().save.kind).toBe('saved');
    const reloaded = await device();
    expect(reloaded.getState().answers).toEqual(readAnswers((await stored()).answers));
    for (const saver of [laptop, phone, reloaded]) saver.dispose();
  });
});
