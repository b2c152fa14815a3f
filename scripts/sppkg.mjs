// Reads the entries of an .sppkg (a zip) with Node's zlib, so checks need no unzip tool.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

export function readZip(file) {
  return readZipBuffer(readFileSync(file));
}

/** The entries of a zip held in memory: name -> a function returning the entry's bytes. */
export function readZipBuffer(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(offset + 10);
    const compressedSize = buf.readUInt32LE(offset + 20);
    const nameLength = buf.readUInt16LE(offset + 28);
    const extraLength = buf.readUInt16LE(offset + 30);
    const commentLength = buf.readUInt16LE(offset + 32);
    const localOffset = buf.readUInt32LE(offset + 42);
    const name = buf.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const data = buf.subarray(localStart, localStart + compressedSize);
    entries.set(name, () => (method === 8 ? inflateRawSync(data) : data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The web parts an .sppkg declares, with their supported hosts, read from its WebPart_*.xml files. */
export function webPartsIn(file) {
  const parts = [];
  for (const [name, read] of readZip(file)) {
    if (!/WebPart_[0-9a-f-]+\.xml$/.test(name)) continue;
    const xml = read().toString('utf8');
    const attribute = xml.match(/ComponentManifest="([^"]*)"/);
    const text = (attribute?.[1] ?? '').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const manifest = text ? JSON.parse(text) : {};
    parts.push({ id: manifest.id, alias: manifest.alias, title: manifest.preconfiguredEntries?.[0]?.title?.default, supportedHosts: manifest.supportedHosts ?? [] });
  }
  return parts;
}
