// The lint rules that keep the architecture (eslint.config.js), tried on probe files: code placed
// at a path in the project, never written to disk, must be refused or allowed as the rules say.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules that fire on `code` placed at `file` (relative to the project). */
async function rulesFiredAt(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('the layers', () => {
  it.each([
    [
      'a feature importing another feature',
      'src/features/filters/probe.ts',
      "import '../export/csv';",
    ],
    ['data importing a feature', 'src/data/probe.ts', "import '../features/export/csv';"],
    ['data importing wording', 'src/data/probe.ts', "import '../i18n/catalog';"],
    ['state importing the app', 'src/state/probe.ts', "import '../app/App';"],
    ['i18n importing a feature', 'src/i18n/probe.ts', "import '../features/export/csv';"],
    ['components importing the app', 'src/components/probe.ts', "import '../app/App';"],
    ['a ui block importing state', 'src/ui/probe.ts', "import '../state/view-store';"],
    [
      'a ui block importing data',
      'src/ui/probe.ts',
      "import type { Dataset } from '../data/schema';\nexport type Probe = Dataset;",
    ],
    [
      'a ui block importing a domain component',
      'src/ui/probe.ts',
      "import '../components/MeetingName';",
    ],
    [
      'product code importing a test helper',
      'src/data/probe.ts',
      "import '../testing/test-fixture';",
    ],
  ])('refuses %s', async (_what, file, code) => {
    expect(await rulesFiredAt(file, code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('allows what each layer may use', async () => {
    expect(
      await rulesFiredAt(
        'src/features/filters/probe.ts',
        [
          "import './messages';",
          "import '../../components/MeetingName';",
          "import '../../ui/ShowMore';",
          "import '../../i18n/catalog';",
          "import '../../state/view-store';",
          "import '../../data/vocabulary';",
        ].join('\n'),
      ),
    ).toEqual([]);
    expect(await rulesFiredAt('src/i18n/probe.ts', "import '../data/vocabulary';")).toEqual([]);
    expect(await rulesFiredAt('src/ui/probe.ts', "import '../i18n/catalog';")).toEqual([]);
    expect(
      await rulesFiredAt('src/data/probe.test.ts', "import '../testing/test-fixture';"),
    ).toEqual([]);
  });
});

describe('import cycles', () => {
  it('refuses a cycle made of type-only imports', async () => {
    // schema.ts imports vocabulary.ts: vocabulary.ts importing schema.ts closes a cycle.
    expect(
      await rulesFiredAt(
        'src/data/vocabulary.ts',
        "import type { Dataset } from './schema';\nexport type Probe = Dataset;",
      ),
    ).toEqual(['local/no-import-cycle']);
  });
});

describe('file names', () => {
  it('refuses a module that is not kebab-case and a component that is not PascalCase', async () => {
    expect(await rulesFiredAt('src/data/sortHelpers.ts', 'export {};')).toEqual([
      'check-file/filename-naming-convention',
    ]);
    expect(await rulesFiredAt('src/ui/show-less.tsx', 'export {};')).toEqual([
      'check-file/filename-naming-convention',
    ]);
    expect(await rulesFiredAt('src/ui/ShowLess.tsx', 'export {};')).toEqual([]);
  });
});
