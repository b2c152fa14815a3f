import { IInitiative } from '../../src/domain/entities';
import { summariseRoadmap } from '../../src/domain/rules/roadmapSummary';

const initiative = (id: number, workstream: IInitiative['workstream'], stage: IInitiative['stage'], mustDo = false): IInitiative => ({
  id,
  title: `Initiative ${id}`,
  workstream,
  stage,
  mustDo
});

describe('summariseRoadmap', () => {
  it('counts initiatives by workstream and by stage in lifecycle order', () => {
    const summary = summariseRoadmap([
      initiative(1, 'End-User Computing', 'Approved'),
      initiative(2, 'End-User Computing', 'Proposed', true),
      initiative(3, 'Digital Workplace', 'Approved')
    ]);
    expect(summary.initiatives).toBe(3);
    expect(summary.workstreams).toEqual([
      { workstream: 'End-User Computing', count: 2 },
      { workstream: 'Digital Workplace', count: 1 }
    ]);
    expect(summary.byStage).toEqual([
      { stage: 'Proposed', count: 1 },
      { stage: 'Approved', count: 2 }
    ]);
    expect(summary.mustDo).toBe(1);
  });
});
