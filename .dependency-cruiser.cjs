// Dependency-cycle check (npm run lint): a runtime cycle that crosses folders fails the build.
// Files of one folder may recurse among themselves: recursive-descent parsers, the compiler
// and the analyzer are mutually recursive by nature (expressions contain statements contain
// expressions), and a folder is one component split into files. Across folders, layering
// (../shared/STYLE.md) allows no cycle at all.
module.exports = {
  forbidden: [
    {
      name: 'no-circular-across-folders',
      severity: 'error',
      comment: 'A cycle may only stay within one folder; see ../shared/STYLE.md for the layering.',
      from: { path: '^(.+)/[^/]+$' },
      to: { circular: true, viaSomeNot: '^$1/[^/]+$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    // Type-only imports vanish at compile time; runtime cycles are what break layering.
    tsPreCompilationDeps: false,
    exclude: { path: '\\.test\\.ts$' },
  },
};
