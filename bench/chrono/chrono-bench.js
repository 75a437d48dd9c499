#!/usr/bin/env node
// chrono-node's dates-only baseline for bench/scale.sh.
//
//   node bench/chrono/chrono-bench.js DIR [YYYY-MM-DD]
//
// Reads every *.txt file under DIR (the files `newsextract parse DIR` takes by default; symbolic links
// to directories are not followed), runs chrono.parse on each with the reference date (default
// 2025-06-09), and prints one line: files, bytes, date expressions found. Time it from outside
// (GNU time): the figure is the whole process, as for newsextract.
'use strict';

const fs = require('fs');
const path = require('path');
const chrono = require('chrono-node');

function usage() {
  process.stderr.write('usage: chrono-bench.js DIR [YYYY-MM-DD]\n');
  process.exit(2);
}

const [dir, day = '2025-06-09'] = process.argv.slice(2);
if (!dir || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
  usage();
}
const [year, month, date] = day.split('-').map(Number);
const reference = new Date(year, month - 1, date, 12, 0, 0);

function* walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      yield* walk(full);
    } else if (entry.isFile() && entry.name.endsWith('.txt')) {
      yield full;
    }
  }
}

let files = 0;
let bytes = 0;
let found = 0;
for (const file of walk(dir)) {
  const data = fs.readFileSync(file);
  files += 1;
  bytes += data.length;
  found += chrono.parse(data.toString('utf8'), reference).length;
}
process.stdout.write(`files ${files} bytes ${bytes} dates ${found}\n`);
