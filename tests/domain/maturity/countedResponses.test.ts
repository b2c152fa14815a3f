import { IAssessmentRound, IMaturityResponse } from '../../../src/domain/entities';
import { countedResponses, readRegister, registerJson, roundResponses } from '../../../src/domain/maturity/countedResponses';
import { readSnapshot, snapshotJson, snapshotRollup, takeSnapshot } from '../../../src/domain/maturity/resultsSnapshot';
import { viewerResults } from '../../../src/domain/maturity/resultsView';

const DIMS = ['Platform', 'Leadership'];
const answers = (current: unknown, target: unknown = 4): string => JSON.stringify(DIMS.map((dimension) => ({ dimension, current, target, evidence: 'secret evidence' })));
const response = (id: number, roundId: number, departmentId: number, json = answers(2), status: IMaturityResponse['status'] = 'Submitted'): IMaturityResponse => ({
  id,
  title: '',
  round: { id: roundId, title: '' },
  department: { id: departmentId, title: `Dept ${departmentId}` },
  answers: json,
  status,
  submittedBy: { id: 77, title: 'Grace Lee' }
});
const register = registerJson([
  { departmentId: 1, department: 'Environment', responseId: 10 },
  { departmentId: 2, department: "Chamberlain's", responseId: 11 }
]);
const round = (extra: Partial<IAssessmentRound> = {}): IAssessmentRound => ({ id: 5, title: '2026 Q4', status: 'Open', model: { id: 1, title: '' }, responseRegister: register, ...extra });

describe('which responses count (src/domain/maturity/countedResponses.ts)', () => {
  it('counts only registered items, for the department the register names, whatever their own columns say', () => {
    const moved = { ...response(10, 5, 2), department: { id: 2, title: "Chamberlain's" } }; // Environment's item pointed at Chamberlain's
    const extra = response(12, 5, 2, answers(5, 5)); // a second item for Chamberlain's, added around the app
    const elsewhere = response(11, 99, 1); // Chamberlain's item pointed at another round
    const counted = roundResponses(round(), [extra, moved, elsewhere]);
    expect(counted.map((r) => [r.id, r.department.id, r.department.title])).toEqual([
      [10, 1, 'Environment'],
      [11, 2, "Chamberlain's"]
    ]);
  });

  it('without a register, the first item by id per department in the round wins', () => {
    const counted = roundResponses(round({ responseRegister: undefined }), [response(30, 5, 1, answers(5)), response(20, 5, 1), response(25, 6, 2)]);
    expect(counted.map((r) => r.id)).toEqual([20]);
  });

  test.each([
    ['not JSON', '{oops', false],
    ['not a list', '{"dimension":"Platform","current":2}', false],
    ['off the scale only', answers(9, 0), false],
    ['fractional levels only', answers(2.5, 3.5), false],
    ['one level on the scale', JSON.stringify([{ dimension: 'Platform', current: 9 }, { dimension: 'Leadership', current: 3 }]), true]
  ])('answers that are %s count as a response: %s', (_, json, counts) => {
    expect(countedResponses(round(), [response(10, 5, 1, json)], DIMS, 5)).toHaveLength(counts ? 1 : 0);
  });

  it('a draft does not count', () => {
    expect(countedResponses(round(), [response(10, 5, 1, answers(2), 'Draft')], DIMS, 5)).toEqual([]);
  });

  it('reads an unreadable register as none, and keeps the first entry per department', () => {
    expect(readRegister('nope')).toBeUndefined();
    expect(readRegister('[{"departmentId":1,"responseId":3},{"departmentId":1,"responseId":2},{"departmentId":"x","responseId":4}]')).toEqual([{ departmentId: 1, department: '', responseId: 3 }]);
  });
});

describe('the closed round snapshot (src/domain/maturity/resultsSnapshot.ts)', () => {
  const taken = takeSnapshot({
    round: round(),
    responses: [response(10, 5, 1, answers(2, 4)), response(11, 5, 2, answers(3, 3), 'Draft')],
    departments: [],
    dimensions: DIMS,
    levelCount: 5,
    takenOn: '2026-12-19T10:00:00.000Z'
  });

  it('holds levels per department and dimension and whether it submitted: no people, no evidence', () => {
    expect(taken.departments).toEqual([
      { departmentId: 2, department: "Chamberlain's", submitted: false },
      { departmentId: 1, department: 'Environment', submitted: true, levels: [{ current: 2, target: 4 }, { current: 2, target: 4 }] }
    ]);
    const json = snapshotJson(taken);
    expect(json).not.toMatch(/secret evidence|Grace/);
  });

  it('reads back to the same results as the live roll-up of the counted responses', () => {
    const read = readSnapshot(snapshotJson(taken));
    expect(read).toEqual(taken);
    const live = viewerResults({ round: round(), readable: [response(10, 5, 1, answers(2, 4))], dimensions: DIMS, levelCount: 5, office: true });
    const frozen = snapshotRollup(read as NonNullable<typeof read>);
    expect(frozen.overall).toEqual(live.result.overall);
    expect(frozen.byDimension).toEqual(live.result.byDimension);
  });

  it('leaves out levels off the scale written into the snapshot by hand, and reads garbage as no snapshot', () => {
    const edited = JSON.stringify({ ...taken, departments: [{ departmentId: 1, department: 'Environment', submitted: true, levels: [{ current: 9, target: 4 }, { current: 2 }] }] });
    expect(readSnapshot(edited)?.departments[0].levels).toEqual([{ current: undefined, target: 4 }, { current: 2, target: undefined }]);
    expect(readSnapshot('{')).toBeUndefined();
  });
});

describe('what a viewer is shown (src/domain/maturity/resultsView.ts)', () => {
  const readable = [response(10, 5, 1, answers(2, 4))];
  const closed = round({ status: 'Closed', resultsSnapshot: snapshotJson(takeSnapshot({ round: round(), responses: [response(10, 5, 1, answers(3, 4))], departments: [], dimensions: DIMS, levelCount: 5, takenOn: '2026-12-19' })) });

  it('a closed round: its snapshot for everyone, whatever the responses say now', () => {
    for (const office of [true, false]) {
      const shown = viewerResults({ round: closed, readable, dimensions: DIMS, levelCount: 5, office });
      expect(shown.source).toBe('snapshot');
      expect(shown.result.overall.current).toBe(3);
      expect(shown.departmentCount).toBe(2);
    }
  });

  it('a closed round without a snapshot: live for the programme office, not recorded for others', () => {
    const bare = round({ status: 'Closed' });
    expect(viewerResults({ round: bare, readable, dimensions: DIMS, levelCount: 5, office: true }).source).toBe('live');
    expect(viewerResults({ round: bare, readable, dimensions: DIMS, levelCount: 5, office: false })).toMatchObject({ source: 'notRecorded', result: { departments: [] } });
  });

  it('an open round: live for the office, own department for a respondent, nothing for other staff', () => {
    expect(viewerResults({ round: round(), readable, dimensions: DIMS, levelCount: 5, office: true }).source).toBe('live');
    expect(viewerResults({ round: round(), readable, dimensions: DIMS, levelCount: 5, office: false }).source).toBe('own');
    expect(viewerResults({ round: round(), readable: [], dimensions: DIMS, levelCount: 5, office: false }).source).toBe('private');
  });
});
