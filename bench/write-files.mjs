// The baseline for scaffold time: a plain Node script that writes the same files and nothing else.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [data, target] = process.argv.slice(2);
const files = JSON.parse(readFileSync(data, 'utf8'));
for (const [rel, content] of Object.entries(files)) {
  const file = path.join(target, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, Buffer.from(content, 'base64'));
}
