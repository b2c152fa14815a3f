// Writes the Teams app's icons (teams/color.png 192x192 and teams/outline.png 32x32, named by teams/manifest.json)
// and each web part's Microsoft Teams icons into teams/ as SPFx packages them:
// <componentId>_color.png (192x192, full colour) and <componentId>_outline.png (32x32, white on transparent).
// Glyphs are drawn from rectangles on a 16x16 grid. Run: node scripts/make-teams-icons.mjs
import { deflateSync } from 'node:zlib';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const GLYPHS = {
  RoadmapBoardWebPart: { colour: [15, 108, 189], rects: [[2, 3, 3, 10], [6.5, 3, 3, 7], [11, 3, 3, 4]] },
  MaturitySurveyWebPart: { colour: [0, 120, 90], rects: [[2, 3, 3, 3], [7, 4, 7, 1.4], [2, 10, 3, 3], [7, 11, 7, 1.4]] },
  TechTalksWebPart: { colour: [136, 23, 152], rects: [[2, 2.5, 12, 1.5], [2, 4, 1.5, 6], [12.5, 4, 1.5, 6], [2, 10, 12, 1.5], [7.25, 11.5, 1.5, 2.5], [5, 13.5, 6, 1.2]] },
  ChampionsHubWebPart: { colour: [196, 89, 17], rects: [[4, 2, 8, 1.5], [4.5, 3.5, 7, 3.5], [5.5, 7, 5, 1.5], [7.25, 8.5, 1.5, 3], [5, 11.5, 6, 1.5], [2, 3, 2, 3], [12, 3, 2, 3]] },
  // The suite (the Teams app) and the channel tab that shows any part: four tiles, one per strategy area.
  HubTabWebPart: { colour: [15, 108, 189], rects: [[2, 2, 5.5, 5.5], [8.5, 2, 5.5, 5.5], [2, 8.5, 5.5, 5.5], [8.5, 8.5, 5.5, 5.5]] },
  KpiDashboardWebPart: { colour: [164, 38, 44], rects: [[2, 13, 12, 1.2], [3, 9, 2.5, 4], [6.75, 6, 2.5, 7], [10.5, 3, 2.5, 10]] }
};

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4); header[8] = 8; header[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const inGlyph = (rects, gx, gy) => rects.some(([x, y, w, h]) => gx >= x && gx < x + w && gy >= y && gy < y + h);

function icons(glyph) {
  const colour = png(192, (x, y) => {
    const g = inGlyph(glyph.rects, ((x - 24) / 144) * 16, ((y - 24) / 144) * 16);
    return g ? [255, 255, 255, 255] : [...glyph.colour, 255];
  });
  const outline = png(32, (x, y) => (inGlyph(glyph.rects, (x / 32) * 16, (y / 32) * 16) ? [255, 255, 255, 255] : [0, 0, 0, 0]));
  return { colour, outline };
}

const app = JSON.parse(readFileSync('teams/manifest.json', 'utf8'));
const appIcons = icons(GLYPHS.HubTabWebPart);
writeFileSync(join('teams', app.icons.color), appIcons.colour);
writeFileSync(join('teams', app.icons.outline), appIcons.outline);
console.log(`teams/${app.icons.color}, teams/${app.icons.outline}: the Teams app`);

for (const folder of readdirSync('src/webparts')) {
  const manifestFile = readdirSync(join('src/webparts', folder)).find((f) => f.endsWith('.manifest.json'));
  if (!manifestFile) continue;
  const manifest = JSON.parse(readFileSync(join('src/webparts', folder, manifestFile), 'utf8'));
  const { colour, outline } = icons(GLYPHS[manifest.alias]);
  writeFileSync(join('teams', `${manifest.id}_color.png`), colour);
  writeFileSync(join('teams', `${manifest.id}_outline.png`), outline);
  console.log(`teams/${manifest.id}: ${manifest.alias}`);
}
