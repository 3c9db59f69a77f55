// Parses Mermaid files with the real mermaid parser: node parse.mjs FILE...
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const file of process.argv.slice(2)) {
  try {
    const r = await mermaid.parse(fs.readFileSync(file, 'utf8'));
    console.log('ok', file, r && r.diagramType);
  } catch (e) {
    console.log('FAIL', file, String(e.message || e).split('\n').slice(0, 4).join(' | '));
    failed = 1;
  }
}
process.exit(failed);
