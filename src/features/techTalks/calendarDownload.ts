import { ITechTalk } from '../../domain/entities';

/** Saves text as a file the browser downloads. */
function saveFile(fileName: string, text: string): void {
  const blob = new Blob([text], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The calendar module (and ical-generator) load only when someone asks for a calendar file. */
const loadCalendar = () => import(/* webpackChunkName: 'talk-calendar' */ '../../domain/talks/calendar');

/** Downloads a talk's .ics: an invitation, or its cancellation. */
export async function downloadTalkCalendar(talk: ITechTalk, pageLink: (talk: ITechTalk) => string): Promise<void> {
  const calendar = await loadCalendar();
  saveFile(calendar.calendarFileName(talk), calendar.talkCalendar(talk, { siteUrl: window.location.origin, pageLink }));
}

/** Downloads the whole series as one .ics. */
export async function downloadSeriesCalendar(talks: readonly ITechTalk[], pageLink: (talk: ITechTalk) => string): Promise<void> {
  const calendar = await loadCalendar();
  saveFile('tech-talks-series.ics', calendar.seriesCalendar(talks, { siteUrl: window.location.origin, pageLink }));
}
