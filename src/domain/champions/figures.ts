/**
 * The champions network's figures, for the KPI Dashboard to take as computed measures. Each is a plain function
 * over records the data layer returns (IChampion from the Digital Champions list, activities from Champion
 * Activities, read for the reporting period with the champions data service's `activitiesBetween`).
 */

interface IStatusOnly {
  readonly status?: string;
}

interface IReachOnly {
  readonly peopleReached?: number;
}

/**
 * Number of active champions: records in Digital Champions whose Status is "Active" (nominated, declined and
 * inactive champions are not counted). A point-in-time figure: it reads the list as it is now.
 */
export function activeChampionCount(champions: readonly IStatusOnly[]): number {
  return champions.filter((c) => c.status === 'Active').length;
}

/**
 * Number of activities logged in a period: every item of Champion Activities whose ActivityDate falls in the
 * period, whatever its points (an activity over a monthly cap or awaiting approval still happened).
 */
export function activityCount(activitiesInPeriod: readonly unknown[]): number {
  return activitiesInPeriod.length;
}

/**
 * People reached in a period: the sum of PeopleReached over the period's activities (an empty value counts 0).
 * People reached by several activities are counted once per activity: it is a measure of reach, not of
 * distinct people.
 */
export function peopleReached(activitiesInPeriod: readonly IReachOnly[]): number {
  return activitiesInPeriod.reduce((sum, a) => sum + (a.peopleReached && a.peopleReached > 0 ? a.peopleReached : 0), 0);
}
