import { beforeAll, describe, expect, it } from 'vitest';
import type { AnyRule, RuleDefinition } from '../../server/src/engine/rule';
import type { Finding, Severity, Target } from '../../server/src/engine/types';
import { lint, type LintContext } from '../../server/src/engine/lint';
import { TerraformModule } from '../../server/src/engine/terraform/module';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import { applyEdits } from '../../server/src/engine/edits';
import { initParsers, parseSource, type ParsedFile } from '../../server/src/parsers';

/** One expected finding; line and column are 1-based, as an editor shows them. */
export interface ExpectedFinding {
  messageId: string;
  /** Related places, as `file:line:column` (file name only when it is another file of the module). */
  related?: string[];
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  severity?: Severity;
  /** Text after applying the finding's safe fix; omitted means the finding has no fix. */
  output?: string;
  /** Texts after applying each suggestion, in order; omitted means not checked. */
  suggestions?: { title?: string; output: string }[];
}

export interface TestCase {
  name: string;
  code: string;
  /** Defaults to main.tf, manifest.yaml or Dockerfile by target. */
  filename?: string;
  /** Set false when trailing spaces would change the meaning of the code (heredocs, ...). */
  trailingSpaceVariant?: boolean;
  /** Terraform: the other files of the module (directory), by name, e.g. `variables.tf`, `terraform.tfvars`. */
  files?: Record<string, string>;
}

export interface BadCase extends TestCase {
  findings: ExpectedFinding[];
}

const defaultFilename: Record<Target, string> = {
  terraform: 'main.tf',
  kubernetes: 'manifest.yaml',
  dockerfile: 'Dockerfile',
};

export function parseFor(rule: AnyRule, code: string, filename?: string): ParsedFile {
  const name = filename ?? defaultFilename[rule.target];
  const file = parseSource(name, code);
  if (!file) throw new Error(`${name} is not a file Shiftguard lints`);
  return file;
}

const moduleDirectory = '/module';

/** The lint context of a case: for Terraform, the module made of the file and its siblings. */
export function contextFor(file: ParsedFile, siblings: Record<string, string> | undefined): LintContext {
  if (file.kind !== 'terraform' || !siblings) return {};
  const others: TerraformFile[] = [];
  // Other files (a lock file, a file() target) are what the module directory holds beside them.
  const plain = new Map<string, string>();
  for (const [name, text] of Object.entries(siblings)) {
    const parsed = parseSource(`${moduleDirectory}/${name}`, text);
    if (parsed?.kind === 'terraform') others.push(parsed);
    else plain.set(name, text);
  }
  return { module: new TerraformModule(moduleDirectory, [file, ...others], { readFile: (path) => plain.get(path.replace(/^\.\//, '')) }) };
}

export function lintWith(rule: AnyRule, code: string, filename?: string, siblings?: Record<string, string>): { file: ParsedFile; findings: Finding[] } {
  const name = filename ?? defaultFilename[rule.target];
  // Workload rules also run on Terraform files: a module is a directory whatever the rule's target.
  const inModule = siblings && (rule.target === 'terraform' || /\.tf(\.json)?$/.test(name));
  const file = parseFor(rule, code, inModule ? `${moduleDirectory}/${name}` : name);
  return { file, findings: lint(file, [rule], {}, contextFor(file, siblings)) };
}

function syntaxErrors(file: ParsedFile): string[] {
  return file.problems.filter((p) => p.code === 'syntax').map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.message}`);
}

function ruleFindings(findings: Finding[], rule: AnyRule): Finding[] {
  return findings.filter((f) => f.ruleId === rule.id);
}

const toCrlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
/** Line breaks of classic Mac OS: a lone CR, a line break for editors and the LSP. */
const toCr = (text: string) => text.replace(/\r?\n/g, '\r');
const lineBreakVariants = [
  { name: 'CRLF', convert: toCrlf },
  { name: 'lone CR', convert: toCr },
];
const withTrailingSpaces = (text: string) => text.replace(/([^\\\s])\n/g, '$1  \n');

function convertFiles(files: Record<string, string> | undefined, convert: (text: string) => string): Record<string, string> | undefined {
  return files && Object.fromEntries(Object.entries(files).map(([name, text]) => [name, convert(text)]));
}

function describePositions(findings: Finding[]) {
  return findings.map((f) => ({
    messageId: f.messageId,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
  }));
}

/** Applies an edit set and checks what a fix must guarantee: still parses, the finding is gone. */
function checkRemedy(rule: AnyRule, testCase: TestCase, before: Finding[], edits: Finding['suggestions'][number], expected: string) {
  const file = parseFor(rule, testCase.code, testCase.filename);
  const output = applyEdits(file.text, edits.edits, file.lines);
  expect(output, `output of "${edits.title}"`).toBe(expected);
  const after = lintWith(rule, output, testCase.filename, testCase.files);
  expect(syntaxErrors(after.file), `"${edits.title}" must leave a file that parses`).toEqual(syntaxErrors(file));
  expect(ruleFindings(after.findings, rule).length, `"${edits.title}" must remove its finding`).toBeLessThan(before.length);
}

/**
 * Table-driven tests for one rule: good cases must stay silent, bad cases must report exactly
 * the listed findings with their positions, fixes and suggestions. Every case runs again with
 * CRLF line breaks, with lone-CR line breaks (same findings, fixes and suggestions that keep the
 * file's breaks) and with trailing spaces.
 */
export function ruleTester<T extends Target, M extends string, W extends boolean>(
  rule: RuleDefinition<T, M, W>,
  cases: { good: TestCase[]; bad: BadCase[] },
): void {
  const anyRule = rule as unknown as AnyRule;
  describe(`${rule.id} ${rule.title}`, () => {
    beforeAll(async () => {
      await initParsers();
    });

    for (const testCase of cases.good) {
      it(`good: ${testCase.name}`, () => {
        const { file, findings } = lintWith(anyRule, testCase.code, testCase.filename, testCase.files);
        expect(syntaxErrors(file), 'a test case must parse').toEqual([]);
        expect(describePositions(ruleFindings(findings, anyRule))).toEqual([]);
        for (const { name, convert } of lineBreakVariants) {
          const converted = lintWith(anyRule, convert(testCase.code), testCase.filename, convertFiles(testCase.files, convert));
          expect(syntaxErrors(converted.file), `${name} line breaks`).toEqual([]);
          expect(describePositions(ruleFindings(converted.findings, anyRule)), `${name} line breaks`).toEqual([]);
        }
      });
    }

    for (const testCase of cases.bad) {
      it(`bad: ${testCase.name}`, () => {
        const { file, findings: all } = lintWith(anyRule, testCase.code, testCase.filename, testCase.files);
        expect(syntaxErrors(file), 'a test case must parse').toEqual([]);
        const findings = ruleFindings(all, anyRule);
        expect(findings.map((f) => f.messageId)).toEqual(testCase.findings.map((f) => f.messageId));

        testCase.findings.forEach((expected, index) => {
          const actual = findings[index];
          const where = describePositions([actual])[0];
          if (expected.line !== undefined) expect(where.line, `line of finding ${index + 1}`).toBe(expected.line);
          if (expected.column !== undefined) expect(where.column, `column of finding ${index + 1}`).toBe(expected.column);
          if (expected.endLine !== undefined) expect(where.endLine, `end line of finding ${index + 1}`).toBe(expected.endLine);
          if (expected.endColumn !== undefined) expect(where.endColumn, `end column of finding ${index + 1}`).toBe(expected.endColumn);
          if (expected.severity !== undefined) expect(actual.severity).toBe(expected.severity);
          if (expected.related !== undefined) {
            const related = actual.related.map(
              (r) => `${r.path ? r.path.split('/').pop() : ''}:${r.range.start.line + 1}:${r.range.start.character + 1}`,
            );
            expect(related, `related information of finding ${index + 1}`).toEqual(expected.related);
          }

          if (expected.output === undefined) {
            expect(actual.fix, `finding ${index + 1} has a fix; give its output`).toBeUndefined();
          } else {
            expect(actual.fix, `finding ${index + 1} should have a fix`).toBeDefined();
            checkRemedy(anyRule, testCase, findings, actual.fix!, expected.output);
          }
          if (expected.suggestions !== undefined) {
            expect(actual.suggestions.length, `suggestions of finding ${index + 1}`).toBe(expected.suggestions.length);
            expected.suggestions.forEach((suggestion, s) => {
              if (suggestion.title !== undefined) expect(actual.suggestions[s].title).toBe(suggestion.title);
              checkRemedy(anyRule, testCase, findings, actual.suggestions[s], suggestion.output);
            });
          }
        });

        for (const { name, convert } of lineBreakVariants) {
          const converted = lintWith(anyRule, convert(testCase.code), testCase.filename, convertFiles(testCase.files, convert));
          expect(syntaxErrors(converted.file), `${name} line breaks`).toEqual([]);
          const convertedFindings = ruleFindings(converted.findings, anyRule);
          expect(describePositions(convertedFindings), `${name} line breaks`).toEqual(describePositions(findings));
          for (const [index, finding] of convertedFindings.entries()) {
            const expected = testCase.findings[index];
            const remedies = [
              ...(finding.fix && expected?.output !== undefined ? [{ edits: finding.fix, output: expected.output }] : []),
              ...(expected?.suggestions ?? []).map((s, i) => ({ edits: finding.suggestions[i], output: s.output })),
            ];
            for (const remedy of remedies) {
              expect(applyEdits(converted.file.text, remedy.edits.edits, converted.file.lines), `${name} output of "${remedy.edits.title}"`).toBe(convert(remedy.output));
            }
          }
        }

        if (testCase.trailingSpaceVariant !== false) {
          const spaced = ruleFindings(lintWith(anyRule, withTrailingSpaces(testCase.code), testCase.filename, testCase.files).findings, anyRule);
          expect(
            spaced.map((f) => [f.messageId, f.range.start.line, f.range.start.character]),
            'trailing spaces',
          ).toEqual(findings.map((f) => [f.messageId, f.range.start.line, f.range.start.character]));
        }
      });
    }
  });
}
