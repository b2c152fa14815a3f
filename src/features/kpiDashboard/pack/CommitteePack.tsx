import * as React from 'react';
import { DefaultButton, Dialog, DialogFooter, DialogType, Dropdown, MessageBar, MessageBarType, PrimaryButton, Text, useTheme } from '@fluentui/react';
import { IKpiPack } from '../../../domain/entities';
import { buildPack, IPackSnapshot, readSnapshot } from '../../../domain/kpi/pack';
import { packCsvFileName, packToCsv } from '../../../domain/kpi/csv';
import { IQuarter, quarterOf } from '../../../domain/kpi/periods';
import { HISTORY_QUARTERS, IScorecardRow } from '../../../domain/kpi/scorecard';
import { isDataError } from '../../../domain/dataErrors';
import { downloadBlob, downloadText } from '../../shared/download';
import { PRINT_ROOT_CLASS, PrintOnlyStyles } from '../../shared/print/printFrame';
import { usePrinting } from '../../shared/print/usePrinting';
import { useHub } from '../../shared/HubContext';
import { ErrorNotice, Loading } from '../../shared/StatusViews';
import { useAsync } from '../../shared/useAsync';
import { loadScorecard } from '../reads/loadScorecard';
import { kpiStyles } from '../kpiStyles';
import { ComparePacks } from './ComparePacks';
import { PackDocument } from './PackDocument';

export interface ICommitteePackProps {
  readonly quarter: IQuarter;
  /** The live scorecard, for a draft pack. */
  readonly rows: readonly IScorecardRow[];
  readonly canSignOff: boolean;
  /** Signed-off packs (periodStart, label, when), without their snapshots. */
  readonly packs: readonly IKpiPack[];
  readonly onSignedOff: () => void;
}

/** The signed-off pack of a quarter, read whole (with its snapshot), or undefined. */
async function readPack(services: ReturnType<typeof useHub>['services'], periodStart: string): Promise<{ item: IKpiPack; pack: IPackSnapshot } | undefined> {
  const [item] = await services.kpiPacks.getAll({ where: { periodStart: quarterOf(periodStart).start }, top: 1 });
  return item ? { item, pack: readSnapshot(item.snapshot) } : undefined;
}

/**
 * The quarterly committee pack: a draft built from the live values until the programme office signs the quarter off;
 * signing off makes the quarter's values read-only on the server, then stores the pack as a frozen snapshot (who signed
 * off and when included) that later edits cannot change. Print (a committee paper), Word, CSV, and comparison with
 * another signed-off quarter.
 */
export const CommitteePack: React.FC<ICommitteePackProps> = ({ quarter, rows, canSignOff, packs, onSignedOff }) => {
  const { services } = useHub();
  const theme = useTheme();
  const classes = React.useMemo(() => kpiStyles(theme), [theme]);
  const [generation, setGeneration] = React.useState(0);
  const signed = useAsync(() => readPack(services, quarter.start), [services, quarter.start, generation]);
  const initiatives = useAsync(() => services.initiatives.getAll({ fields: ['workstream', 'stage'] }), [services]);
  const [confirming, setConfirming] = React.useState(false);
  const [progress, setProgress] = React.useState<string>();
  const [failure, setFailure] = React.useState<unknown>();
  const [notice, setNotice] = React.useState<string>();
  const [compareWith, setCompareWith] = React.useState<string>();
  const paperRef = React.useRef<HTMLDivElement>(null);
  const [, print] = usePrinting(paperRef);

  if (signed.loading || initiatives.loading) return <Loading label="Preparing the committee pack…" />;
  if (signed.error !== undefined) return <ErrorNotice error={signed.error} onRetry={signed.reload} />;
  if (initiatives.error !== undefined) return <ErrorNotice error={initiatives.error} onRetry={initiatives.reload} />;
  const pack: IPackSnapshot = signed.value?.pack ?? buildPack(rows, initiatives.value ?? [], quarter, new Date());
  const isSigned = Boolean(signed.value);
  const others = packs.filter((p) => quarterOf(p.periodStart).start !== quarter.start);

  const signOff = async (): Promise<void> => {
    setConfirming(false);
    setFailure(undefined);
    try {
      setProgress('Making the quarter\'s values read-only…');
      await services.kpiSecurity.lockQuarter(quarter.start, (p) => setProgress(`${p.message}…`));
      setProgress('Freezing the pack…');
      // Read again after locking, so the snapshot holds exactly what can no longer change.
      const [fresh, roadmap, me] = await Promise.all([loadScorecard(services, quarter.start, HISTORY_QUARTERS, false), services.initiatives.getAll({ fields: ['workstream', 'stage'] }), services.currentUser()]);
      const now = new Date();
      const snapshot: IPackSnapshot = { ...buildPack(fresh.rows, roadmap, quarter, now), signedOffBy: me.title, signedOffAt: now.toISOString() };
      await services.kpiPacks.add({
        title: `Committee pack ${quarter.label}`,
        periodStart: `${quarter.start}T00:00:00Z`,
        periodLabel: quarter.label,
        snapshot: JSON.stringify(snapshot),
        signedOffBy: me,
        signedOffAt: now.toISOString(),
        isSample: snapshot.containsSampleData
      });
      setNotice(`${quarter.label} is signed off. Its values are now read-only and the pack is frozen.`);
      setGeneration((g) => g + 1);
      onSignedOff();
    } catch (error) {
      setFailure(isDataError(error, 'Duplicate') ? new Error(`${quarter.label} was signed off by someone else a moment ago.`) : error);
      setGeneration((g) => g + 1);
    } finally {
      setProgress(undefined);
    }
  };

  const word = async (): Promise<void> => {
    setFailure(undefined);
    try {
      const { packDocxBlob, packDocxFileName } = await import(/* webpackChunkName: 'kpi-pack-docx' */ './packDocx');
      const blob = await packDocxBlob(pack);
      downloadBlob(packDocxFileName(pack), blob);
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <div>
      <div className={classes.toolbar} data-print-hide>
        {isSigned ? (
          <MessageBar messageBarType={MessageBarType.info}>
            {quarter.label} was signed off by {pack.signedOffBy} on {pack.signedOffAt?.slice(0, 10)}. This pack is frozen: later changes to values do not alter it.
          </MessageBar>
        ) : (
          <MessageBar messageBarType={MessageBarType.warning}>Draft pack: {quarter.label} is not signed off, so its values may still change.</MessageBar>
        )}
      </div>
      <div className={classes.toolbar}>
        {!isSigned && canSignOff && <PrimaryButton text={`Sign off ${quarter.label}`} onClick={() => setConfirming(true)} disabled={Boolean(progress)} />}
        <DefaultButton text="Print or save as PDF" iconProps={{ iconName: 'Print' }} onClick={print} />
        <DefaultButton text="Download Word (.docx)" iconProps={{ iconName: 'WordDocument' }} onClick={() => word().catch(() => undefined)} />
        <DefaultButton text="Download CSV" iconProps={{ iconName: 'Download' }} onClick={() => downloadText(packCsvFileName(pack), packToCsv(pack))} />
        {others.length > 0 && (
          <Dropdown
            label="Compare with"
            className={classes.filter}
            selectedKey={compareWith ?? ''}
            options={[{ key: '', text: 'No comparison' }, ...others.map((p) => ({ key: quarterOf(p.periodStart).start, text: `${p.periodLabel ?? quarterOf(p.periodStart).label} (signed off)` }))]}
            onChange={(_, o) => setCompareWith(o && o.key ? String(o.key) : undefined)}
          />
        )}
      </div>
      {progress && (
        <Text role="status" block>
          {progress}
        </Text>
      )}
      {notice && (
        <MessageBar messageBarType={MessageBarType.success} role="status">
          {notice}
        </MessageBar>
      )}
      {failure !== undefined && <ErrorNotice error={failure} />}
      {compareWith && <ComparePacks current={pack} otherStart={compareWith} />}
      <div ref={paperRef} className={PRINT_ROOT_CLASS}>
        <PrintOnlyStyles />
        <PackDocument pack={pack} />
      </div>
      {confirming && (
        <Dialog
          hidden={false}
          onDismiss={() => setConfirming(false)}
          dialogContentProps={{
            type: DialogType.normal,
            title: `Sign off ${quarter.label}?`,
            subText: `Signing off makes every value of ${quarter.label} read-only (owners can no longer change them) and stores this pack as the frozen record of what the committee is told. ${pack.counts.byStatus['Data awaited']} measures still await data.`
          }}
          modalProps={{ isBlocking: true }}
        >
          <DialogFooter>
            <PrimaryButton text="Sign off" onClick={() => signOff().catch(() => undefined)} />
            <DefaultButton text="Cancel" onClick={() => setConfirming(false)} />
          </DialogFooter>
        </Dialog>
      )}
    </div>
  );
};
