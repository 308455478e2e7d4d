// Dependency-cycle check (npm run lint): a runtime cycle fails the build.
// One documented exception: a recursive-descent parser is mutually recursive by nature
// (expressions contain atoms contain expressions), so the files of dsl/syntax may form
// cycles among themselves, never through a module outside that folder.
const parser = '^src/engine/dsl/syntax/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles blur the layering; see ../shared/STYLE.md.',
      from: { pathNot: parser },
      to: { circular: true },
    },
    {
      name: 'no-circular-out-of-parser',
      severity: 'error',
      comment: 'Parser files may recurse among themselves only.',
      from: { path: parser },
      to: { circular: true, viaSomeNot: parser },
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
