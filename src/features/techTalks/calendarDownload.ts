import { ITechTalk } from '../../domain/entities';
import { downloadText } from '../shared/download';

const saveFile = (fileName: string, text: string): boolean => downloadText(fileName, text, 'text/calendar;charset=utf-8');

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
