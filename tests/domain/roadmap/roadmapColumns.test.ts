import { IInitiative } from '../../../src/domain/entities';
import { IRoadmapSort, sortInitiatives } from '../../../src/domain/roadmap';
import { agile, assetsRegister, dataWarehouse, intune, passwordReset, rpa, telephony, titles } from './roadmapData';

const items: readonly IInitiative[] = [intune, telephony, dataWarehouse, assetsRegister, rpa, passwordReset, agile];

describe('sortInitiatives', () => {
  test.each<[IRoadmapSort, string[]]>([
    [{ column: 'title', descending: false }, titles([agile, dataWarehouse, intune, assetsRegister, telephony, rpa, passwordReset])],
    [{ column: 'title', descending: true }, titles([passwordReset, rpa, telephony, assetsRegister, intune, dataWarehouse, agile])],
    // the lifecycle's order, not A-Z; ties by title
    [{ column: 'stage', descending: false }, titles([agile, dataWarehouse, rpa, intune, assetsRegister, passwordReset, telephony])],
    // numbers as numbers; unknown effort last whichever the direction
    [{ column: 'effortMonths', descending: false }, titles([passwordReset, rpa, intune, telephony, dataWarehouse, agile, assetsRegister])],
    [{ column: 'effortMonths', descending: true }, titles([dataWarehouse, telephony, intune, rpa, passwordReset, agile, assetsRegister])],
    // timeframes by where they sit: 2021 (calendar) starts before 2021-22, then 2022-23, then Q3 2024
    [{ column: 'timeframe', descending: false }, titles([intune, assetsRegister, rpa, telephony, dataWarehouse, passwordReset, agile])],
    // health in the vocabulary's order (On track, At risk, Off track)
    [{ column: 'health', descending: false }, titles([intune, assetsRegister, telephony, rpa, agile, dataWarehouse, passwordReset])]
  ])('%j', (sort, expected) => {
    expect(titles(sortInitiatives(items, sort))).toEqual(expected);
  });

  it('leaves the given array alone', () => {
    const given = [telephony, intune];
    sortInitiatives(given, { column: 'title', descending: false });
    expect(given).toEqual([telephony, intune]);
  });
});
