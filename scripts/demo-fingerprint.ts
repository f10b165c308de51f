/**
 * `npm run demo:fingerprint`: writes src/check/demo-fingerprint.json from the
 * demo in this project (settings, images, entry texts), so `npm run check`
 * can tell a VA what of the demo is still in their site. Run it after
 * changing the demo; a unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fingerprintOf } from '../src/check/demo.ts';

const file = 'src/check/demo-fingerprint.json';
// One line per entry text: [collection, title].
const json = JSON.stringify(fingerprintOf(process.cwd()), null, 2).replace(
  /\[\n\s+("[^"]*"),\n\s+("(?:[^"\\]|\\.)*")\n\s+\]/g,
  '[$1, $2]',
);
writeFileSync(file, `${json}\n`);
console.log(`Wrote ${file}.`);
