import { IInitiative, Stage } from '../../../src/domain/entities';
import { STAGES } from '../../../src/domain/vocabulary';
import { boardLanes, boardStages, stageStep } from '../../../src/domain/roadmap';
import { agile, assetsRegister, dataWarehouse, intune, roadmap, rpa, telephony, titles } from './roadmapData';

describe('boardStages', () => {
  it('is every stage when none is chosen', () => {
    expect(boardStages()).toEqual([...STAGES]);
    expect(boardStages([])).toEqual([...STAGES]);
  });

  it("is the chosen stages in the stages' order", () => {
    expect(boardStages(['In delivery', 'Proposed'])).toEqual(['Proposed', 'In delivery']);
  });
});

describe('boardLanes', () => {
  it('puts every initiative in its stage column, keeping the order given', () => {
    const [lane, ...more] = boardLanes(roadmap, STAGES, false);
    expect(more).toEqual([]);
    expect(lane.workstream).toBeUndefined();
    const column = (stage: Stage): string[] => titles(lane.columns.find((c) => c.stage === stage)?.items ?? []);
    expect(column('Approved')).toEqual(['Full Intune Deployment', 'Information Assets Register', 'Self-service password reset']);
    expect(column('Proposed')).toEqual(['Data Warehouse', 'Robotic Process Automation']);
    expect(column('Completed')).toEqual([]);
    expect(lane.count).toBe(roadmap.length);
  });

  it("makes a swimlane per workstream that has initiatives, in the workstreams' order", () => {
    const lanes = boardLanes([rpa, agile, intune, dataWarehouse, telephony, assetsRegister], STAGES, true);
    expect(lanes.map((l) => [l.workstream, l.count])).toEqual([
      ['Digital Workplace', 1],
      ['End-User Computing', 2],
      ['Data & Information Management', 2],
      ['Digital Culture & Skills', 1]
    ]);
    expect(lanes[1].columns.map((c) => c.items.length)).toEqual([0, 0, 1, 1, 0, 0, 0]);
  });

  it('leaves out initiatives whose stage is not a column', () => {
    const [lane] = boardLanes(roadmap, ['Proposed'], false);
    expect(lane.columns.map((c) => c.stage)).toEqual(['Proposed']);
    expect(lane.count).toBe(2);
  });

  it('shows an empty board as one lane of empty columns', () => {
    const lanes = boardLanes([], ['Proposed', 'Approved'], false);
    expect(lanes).toEqual([{ workstream: undefined, count: 0, columns: [{ stage: 'Proposed', items: [] }, { stage: 'Approved', items: [] }] }]);
    expect(boardLanes([], STAGES, true)).toEqual([]);
  });

  it('lays out 1,000 initiatives', () => {
    const many: IInitiative[] = Array.from({ length: 1000 }, (_, i) => ({ ...intune, id: i + 1, stage: STAGES[i % STAGES.length] }));
    const [lane] = boardLanes(many, STAGES, false);
    expect(lane.columns.map((c) => c.items.length)).toEqual([143, 143, 143, 143, 143, 143, 142]);
  });
});

describe('stageStep', () => {
  test.each<[Stage, number, Stage]>([
    ['Approved', 1, 'In delivery'],
    ['Approved', -1, 'Proposed'],
    ['Approved', 2, 'Completed'],
    ['Yet to be proposed', -1, 'Yet to be proposed'],
    ['Cancelled', 1, 'Cancelled'],
    ['Approved', 0, 'Approved']
  ])('%s moved %i -> %s', (from, steps, to) => {
    expect(stageStep(from, STAGES, steps)).toBe(to);
  });

  it('moves along the columns shown', () => {
    expect(stageStep('Proposed', ['Proposed', 'Completed'], 1)).toBe('Completed');
    expect(stageStep('Approved', ['Proposed', 'Completed'], 1)).toBe('Completed');
  });
});
