import type { BadCase, TestCase } from './rule-tester';

/**
 * The cases every "flag must not be true, absent means false" rule shares, for a resource written
 * by `resource(body)` with `lines` lines before the body, `type`/`name` for its JSON form, and the
 * flag's name. The finding is always `public`; `title` is its suggestion.
 */
export function publicFlagCases(options: { resource: (body: string) => string; lines: number; type: string; name: string; flag: string; title: string }): {
  good: TestCase[];
  bad: BadCase[];
} {
  const { resource, lines, type, name, flag, title } = options;
  const line = lines + 1;
  const column = flag.length + 6;
  const json = (value: string) => `{\n  "resource": {\n    "${type}": {\n      "${name}": { "${flag}": ${value} }\n    }\n  }\n}\n`;
  const jsonColumn = name.length + flag.length + 17;
  return {
    good: [
      { name: 'absent: the default is false', code: resource('') },
      { name: 'false', code: resource(`  ${flag} = false\n`) },
      { name: 'from a variable without a value', code: resource(`  ${flag} = var.public\n`), files: { 'variables.tf': 'variable "public" {}\n' } },
      {
        name: 'false from tfvars',
        code: resource(`  ${flag} = var.public\n`),
        files: { 'variables.tf': 'variable "public" {\n  default = true\n}\n', 'terraform.tfvars': 'public = false\n' },
      },
      { name: 'count = 0', code: resource(`  count = 0\n  ${flag} = true\n`) },
      { name: 'JSON syntax, false', filename: 'main.tf.json', code: json('false') },
    ],
    bad: [
      {
        name: 'true',
        code: resource(`  ${flag} = true\n`),
        findings: [{ messageId: 'public', line, column, endColumn: column + 4, suggestions: [{ title, output: resource(`  ${flag} = false\n`) }] }],
      },
      { name: 'true written as a string', code: resource(`  ${flag} = "true"\n`), findings: [{ messageId: 'public', line, column, endColumn: column + 6 }] },
      {
        name: 'true from a variable default: at the use, no edit of the default',
        code: resource(`  ${flag} = var.public\n`),
        files: { 'variables.tf': 'variable "public" {\n  default = true\n}\n' },
        findings: [{ messageId: 'public', line, column, endColumn: column + 10, related: ['variables.tf:2:13'], suggestions: [] }],
      },
      {
        name: 'for_each over a known map: the public element',
        code: resource(`  for_each = { a = false, b = true }\n  ${flag} = each.value\n`),
        findings: [{ messageId: 'public', line: line + 1, column, related: [`:${line}:31`] }],
      },
      { name: 'JSON syntax, true', filename: 'main.tf.json', code: json('true'), findings: [{ messageId: 'public', line: 4, column: jsonColumn, endColumn: jsonColumn + 4 }] },
    ],
  };
}
