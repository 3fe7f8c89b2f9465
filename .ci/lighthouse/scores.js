// Reads Lighthouse's JSON reports (the files named on the command line) and checks each page's scores:
// SEO exactly 1, every other category at least 0.95 (issue 21). Prints one line a page and, for a category
// under its bound, the audits that cost it points; exits 1 if any page is under a bound.
'use strict';
const fs = require('fs');

const MINIMUM = { performance: 0.95, accessibility: 0.95, 'best-practices': 0.95, seo: 1 };
let failed = 0;
let passed = 0;
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const path = new URL(report.finalDisplayedUrl || report.finalUrl).pathname;
  const scores = Object.entries(MINIMUM).map(([id, min]) => {
    const category = report.categories[id];
    return { id, min, score: category ? category.score : null, category };
  });
  console.log(path.padEnd(30) + scores.map(s => `${s.id} ${s.score === null ? 'n/a' : s.score.toFixed(2)}`).join('  '));
  for (const s of scores) {
    if (s.score !== null && s.score >= s.min) {
      continue;
    }
    failed++;
    console.log(`  FAIL ${s.id}: ${s.score} (at least ${s.min} wanted)`);
    for (const ref of (s.category ? s.category.auditRefs : [])) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`    ${ref.id}: ${audit.score} ${audit.title}${audit.displayValue ? ' (' + audit.displayValue + ')' : ''}`);
      }
    }
  }
  if (scores.every(s => s.score !== null && s.score >= s.min)) {
    passed++;
  }
}
console.log(`Lighthouse: ${passed} of ${process.argv.length - 2} pages within the bounds`);
process.exit(failed ? 1 : 0);
