import * as React from 'react';
import { IInitiative } from '../../../domain/entities';
import { IPrioritisation } from '../../../domain/roadmap/prioritisation';
import { plural } from '../../shared/format';
import { PrioritiesClasses } from './prioritiesStyles';
import { ScoringRuleNote } from './ScoringRuleNote';

export interface IRankedListProps {
  readonly result: IPrioritisation;
  readonly round: string;
  readonly classes: PrioritiesClasses;
  /** A narrow column (a phone, a Teams tab): one line per figure instead of a table. */
  readonly compact?: boolean;
  onOpenInitiative(id: number): void;
}

const fmt = (value: number | undefined): string => (value === undefined ? '–' : value.toFixed(1));

export const InitiativeLink: React.FC<{ initiative: IInitiative; classes: PrioritiesClasses; onOpen(id: number): void }> = ({ initiative, classes, onOpen }) => (
  <button type="button" className={classes.titleButton} onClick={() => onOpen(initiative.id)}>
    {initiative.title}
  </button>
);

/** The ranked list: rank, title, score, benefit and cost sub-scores, scorers; then must-do, unscored and small ones. */
export const RankedList: React.FC<IRankedListProps> = ({ result, round, classes, compact, onOpenInitiative }) => {
  const { ranked, provisional, quorum, mustDo, unscored, excludedSmall } = result;
  return (
    <div className={classes.section}>
      <p className={classes.subtext}>
        {ranked.length
          ? `${plural(ranked.length, 'initiative')} ranked by the scores given in ${round}.`
          : provisional.length
            ? `No initiative in this view has been scored by ${plural(quorum, 'scorer')} on every criterion in ${round} yet.`
            : `No initiative in this view has been scored in ${round} yet.`}
        {excludedSmall.length > 0 &&
          ` ${plural(excludedSmall.length, 'initiative')} under one month's effort ${excludedSmall.length === 1 ? 'is' : 'are'} left out; include small initiatives in the filters to see ${excludedSmall.length === 1 ? 'it' : 'them'}.`}
      </p>
      <ScoringRuleNote classes={classes} />
      {ranked.length > 0 && compact && (
        <ol className={classes.compactList} aria-label={`Ranking, ${round}`}>
          {ranked.map((r) => (
            <li key={r.initiative.id}>
              <span className={classes.compactRank} aria-hidden="true">{r.rank}</span>
              <span className={classes.hidden}>Rank {r.rank}: </span>
              <InitiativeLink initiative={r.initiative} classes={classes} onOpen={onOpenInitiative} />
              <span className={classes.compactFigures}>
                Score <strong>{fmt(r.score)}</strong> · Benefit {fmt(r.benefit)} · Cost {fmt(r.cost)} · {plural(r.scorers, 'scorer')}
              </span>
              <span className={classes.bar} aria-hidden="true">
                <span className={classes.barFill} style={{ width: `${Math.max(0, Math.min(100, r.score))}%` }} />
              </span>
            </li>
          ))}
        </ol>
      )}
      {ranked.length > 0 && compact && (
        <p className={classes.subtext}>Scores are out of 100. For cost, a higher number means cheaper and easier to deliver.</p>
      )}
      {ranked.length > 0 && !compact && (
        <div className={classes.tableWrap}>
          <table className={classes.table} aria-label={`Ranking, ${round}`}>
            <thead>
              <tr>
                <th scope="col" className={classes.rank}>Rank</th>
                <th scope="col">Initiative</th>
                <th scope="col" className={classes.number}>Score <span className={classes.hidden}>out of 100</span></th>
                <th scope="col" className={classes.number}>Benefit</th>
                <th scope="col" className={classes.number}>
                  Cost <span className={classes.hidden}>(higher means cheaper)</span>
                </th>
                <th scope="col" className={classes.number}>Scorers</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map((r) => {
                return (
                  <tr key={r.initiative.id}>
                    <td className={classes.rank}>{r.rank}</td>
                    <td>
                      <InitiativeLink initiative={r.initiative} classes={classes} onOpen={onOpenInitiative} />
                    </td>
                    <td className={classes.number}>
                      {fmt(r.score)}
                      <span className={classes.bar} aria-hidden="true">
                        <span className={classes.barFill} style={{ width: `${Math.max(0, Math.min(100, r.score))}%` }} />
                      </span>
                    </td>
                    <td className={classes.number}>{fmt(r.benefit)}</td>
                    <td className={classes.number}>{fmt(r.cost)}</td>
                    <td className={classes.number}>{r.scorers}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p className={classes.subtext}>Scores are out of 100. For cost, a higher number means cheaper and easier to deliver.</p>
        </div>
      )}

      {provisional.length > 0 && (
        <>
          <h3 className={classes.heading}>Provisional — below the quorum ({provisional.length})</h3>
          <p className={classes.subtext}>
            An initiative is ranked once {plural(quorum, 'scorer')} {quorum === 1 ? 'has' : 'have'} scored it on every criterion. Until then its score is
            provisional and it is listed here, below every ranked initiative.
          </p>
          <ul className={classes.plainList} aria-label={`Provisional initiatives, below the quorum of ${quorum}`}>
            {provisional.map((r) => (
              <li key={r.initiative.id}>
                <InitiativeLink initiative={r.initiative} classes={classes} onOpen={onOpenInitiative} />
                <span className={classes.compactFigures}>
                  {r.completeScorers} of {quorum} scorers · provisional score {fmt(r.score)}
                  {r.scorers > r.completeScorers ? ` · ${plural(r.scorers - r.completeScorers, 'partial scorer')}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {mustDo.length > 0 && (
        <>
          <h3 className={classes.heading}>Must do — not scored ({mustDo.length})</h3>
          <p className={classes.subtext}>Statutory or already committed: always in the plan, so never scored or ranked.</p>
          <ul className={classes.plainList} aria-label="Must-do initiatives, not scored">
            {mustDo.map((i) => (
              <li key={i.id}>
                <InitiativeLink initiative={i} classes={classes} onOpen={onOpenInitiative} />
                <span className={classes.badge}>Must do</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {unscored.length > 0 && (
        <>
          <h3 className={classes.heading}>Not scored yet ({unscored.length})</h3>
          <ul className={classes.plainList} aria-label="Initiatives not scored yet">
            {unscored.map((i) => (
              <li key={i.id}>
                <InitiativeLink initiative={i} classes={classes} onOpen={onOpenInitiative} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
};
