import type { BadCase, TestCase } from './rule-tester';

/**
 * The cases of a database cluster whose `storage_encrypted` defaults to false and whose
 * restores and replicas take their source's encryption (`sources`): the same contract for every
 * engine, so one table serves them all.
 */
export function clusterEncryptionCases(type: string, name: string, sources: readonly string[]): { good: TestCase[]; bad: BadCase[] } {
  const cluster = (body: string) => `resource "${type}" "${name}" {\n  cluster_identifier = "${name}"\n${body}}\n`;
  const header = `resource "${type}" "${name}"`.length + 1;
  const jsonPrefix = `{"resource": {"${type}": {`;
  const replaces = 'Set storage_encrypted = true (the provider replaces the resource)';
  return {
    good: [
      { name: 'encrypted', code: cluster('  storage_encrypted  = true\n') },
      { name: 'encrypted written as a string', code: cluster('  storage_encrypted  = "true"\n') },
      { name: 'not known before apply', code: cluster('  storage_encrypted  = var.encrypted\n') },
      ...sources.map((source) => ({ name: `${source} takes the source's encryption`, code: cluster(`  ${source} = var.source\n`) })),
      { name: 'count = 0', code: cluster('  count = 0\n') },
      { name: 'override file', filename: 'override.tf', code: cluster('') },
      { name: 'JSON syntax, encrypted', filename: 'main.tf.json', code: `${jsonPrefix}"${name}": {"storage_encrypted": true}}}}\n` },
    ],
    bad: [
      {
        name: 'storage_encrypted absent',
        code: cluster(''),
        findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: header, suggestions: [{ title: replaces, output: cluster('  storage_encrypted = true\n') }] }],
      },
      {
        name: 'storage_encrypted = false',
        code: cluster('  storage_encrypted  = false\n'),
        findings: [{ messageId: 'disabled', line: 3, column: 24, endColumn: 29, suggestions: [{ title: replaces, output: cluster('  storage_encrypted  = true\n') }] }],
      },
      {
        name: 'false from a local',
        code: cluster('  storage_encrypted  = local.encrypted\n'),
        files: { 'locals.tf': 'locals {\n  encrypted = false\n}\n' },
        findings: [{ messageId: 'disabled', line: 3, column: 24, endColumn: 39, related: ['locals.tf:2:15'], suggestions: [] }],
      },
      { name: 'counted clusters', code: cluster('  count              = var.n\n'), findings: [{ messageId: 'missing', line: 1, column: 1, endColumn: header }] },
      {
        name: 'JSON syntax, absent',
        filename: 'main.tf.json',
        code: `${jsonPrefix}"${name}": {"cluster_identifier": "${name}"}}}}\n`,
        findings: [{
          messageId: 'missing', line: 1, column: jsonPrefix.length + 1, endColumn: jsonPrefix.length + name.length + 3,
          suggestions: [{ output: `${jsonPrefix}"${name}": {"cluster_identifier": "${name}", "storage_encrypted": true}}}}\n` }],
        }],
      },
    ],
  };
}
