import { beforeAll, describe, expect, it } from 'vitest';
import { initParsers, parseSource } from '../../server/src/parsers';
import type { TerraformFile } from '../../server/src/parsers/terraform/model';
import type { Range } from '../../server/src/engine/text';
import { TerraformModule } from '../../server/src/engine/terraform/module';
import { policyOfAttribute, policyOfDataSource, type PolicyDocument, type PolicyElement } from '../../server/src/engine/terraform/policy';

beforeAll(async () => {
  await initParsers();
});

const policyJson = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n}\n';

function moduleOf(files: Record<string, string>): { module: TerraformModule; main: TerraformFile } {
  const parsed = Object.entries(files).map(([name, text]) => parseSource(`/m/${name}`, text) as TerraformFile);
  const module = new TerraformModule('/m', parsed, { readFile: (p) => (p === 'policy.json' ? policyJson : undefined) });
  return { module, main: parsed[0] };
}

/** The text of the main file at a range. */
const textAt = (file: TerraformFile, range: Range) => file.text.slice(file.lines.offsetAt(range.start), file.lines.offsetAt(range.end));

/** Reads the `policy` attribute of the first resource of main.tf. */
function policy(main: string, others: Record<string, string> = {}): { doc: PolicyDocument | undefined; file: TerraformFile } {
  const { module, main: file } = moduleOf({ 'main.tf': main, ...others });
  return { doc: policyOfAttribute(module.view(file.resources()[0]), 'policy'), file };
}

const texts = (element: PolicyElement | undefined) => element?.values.map((v) => v.text);
const resource = (value: string) => `resource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = ${value}\n}\n`;

describe('policy documents', () => {
  it('reads jsonencode() objects with the range of each HCL node', () => {
    const { doc, file } = policy(
      resource('jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:GetObject", "*"]\n      Resource = "*"\n    }]\n  })'),
    );
    const [statement] = doc!.statements;
    expect(statement.allows).toBe(true);
    expect(texts(statement.action)).toEqual(['s3:GetObject', '*']);
    expect(statement.action!.values.map((v) => textAt(file, v.range))).toEqual(['"s3:GetObject"', '"*"']);
    expect(textAt(file, statement.resource!.values[0].range)).toBe('"*"');
    expect(textAt(file, statement.effect!.range)).toBe('"Allow"');
  });

  it('accepts a single statement object and keeps unknown values apart', () => {
    const { doc, file } = policy(resource('jsonencode({\n    Statement = {\n      Effect   = "Allow"\n      Action   = "*"\n      Resource = [aws_s3_bucket.b.arn, "*"]\n    }\n  })'));
    const [statement] = doc!.statements;
    expect(texts(statement.action)).toEqual(['*']);
    expect(statement.resource).toMatchObject({ unknown: true });
    expect(texts(statement.resource)).toEqual(['*']);
    expect(textAt(file, statement.action!.values[0].range)).toBe('"*"');
  });

  it('maps heredoc JSON tokens exactly, with LF or CRLF line breaks and indented heredocs', () => {
    const body = '{\n  "Statement": [\n    {"Effect": "Allow", "NotAction": ["iam:*"], "NotResource": "arn:aws:s3:::b"}\n  ]\n}\n';
    for (const text of [resource(`<<EOF\n${body}EOF`), resource(`<<EOF\n${body}EOF`).replace(/\n/g, '\r\n'), resource(`<<-EOF\n${body.replace(/^/gm, '    ')}  EOF`)]) {
      const { doc, file } = policy(text);
      const [statement] = doc!.statements;
      expect(textAt(file, statement.notAction!.values[0].range)).toBe('"iam:*"');
      expect(textAt(file, statement.effect!.range)).toBe('"Allow"');
      expect(texts(statement.notResource)).toEqual(['arn:aws:s3:::b']);
    }
  });

  it('maps tokens of a quoted JSON string through its escapes', () => {
    const { doc, file } = policy(resource('"{\\"Statement\\": {\\"Effect\\": \\"Allow\\", \\"Action\\": \\"*\\", \\"Resource\\": \\"*\\"}}"'));
    expect(textAt(file, doc!.statements[0].action!.values[0].range)).toBe('\\"*\\"');
  });

  it('reads templates: unknown interpolations are unknown values, the rest keeps its tokens', () => {
    const { doc, file } = policy(
      resource('<<EOF\n{\n  "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "${aws_s3_bucket.b.arn}/*"},\n                {"Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::${var.bucket}"}]\n}\nEOF'),
      { 'variables.tf': 'variable "bucket" {\n  default = "logs"\n}\n' },
    );
    const [allow, deny] = doc!.statements;
    expect(textAt(file, allow.action!.values[0].range)).toBe('"*"');
    expect(allow.resource).toMatchObject({ unknown: true, values: [] });
    expect(deny.allows).toBe(false);
    expect(texts(deny.resource)).toEqual(['arn:aws:s3:::logs']);
    expect(textAt(file, deny.resource!.values[0].range)).toBe('"arn:aws:s3:::${var.bucket}"');
  });

  it('reads principals and conditions', () => {
    const { doc } = policy(
      resource(
        'jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "*"\n' +
          '      Condition = { StringEquals = { "aws:PrincipalOrgID" = ["o-123"] } }\n    }, {\n      Effect       = "Deny"\n      NotPrincipal = { AWS = ["arn:aws:iam::1:root"], Service = "ec2.amazonaws.com" }\n      Action       = "*"\n    }]\n  })',
      ),
    );
    const [allow, deny] = doc!.statements;
    expect(allow.principal!.entries.map((e) => [e.type, texts(e)])).toEqual([['*', ['*']]]);
    expect(allow.condition!.entries.map((e) => [e.test, e.variable, texts(e)])).toEqual([['StringEquals', 'aws:PrincipalOrgID', ['o-123']]]);
    expect(deny.notPrincipal!.entries.map((e) => [e.type, texts(e)])).toEqual([
      ['AWS', ['arn:aws:iam::1:root']],
      ['Service', ['ec2.amazonaws.com']],
    ]);
  });

  it('reads file() inside the module and values of variables at the expression', () => {
    const fromFile = policy(resource('file("policy.json")'));
    const [statement] = fromFile.doc!.statements;
    expect(texts(statement.action)).toEqual(['s3:GetObject']);
    expect(textAt(fromFile.file, statement.action!.values[0].range)).toBe('file("policy.json")');

    const fromVariable = policy(resource('var.policy'), { 'variables.tf': `variable "policy" {\n  default = <<EOF\n${policyJson}EOF\n}\n` });
    const action = fromVariable.doc!.statements[0].action!.values[0];
    expect(textAt(fromVariable.file, action.range)).toBe('var.policy');
    expect(action.value.origin?.path).toBe('/m/variables.tf');
  });

  it('knows nothing of values known only after apply, or of malformed JSON', () => {
    expect(policy(resource('data.aws_iam_policy_document.p.json')).doc).toBeUndefined();
    expect(policy(resource('file("elsewhere.json")')).doc).toBeUndefined();
    expect(policy(resource('"{not json"')).doc).toBeUndefined();
    expect(policy('resource "aws_iam_policy" "p" {\n  name = "p"\n}\n').doc).toBeUndefined();
  });

  it('reads aws_iam_policy_document statements, dynamic ones included', () => {
    const { module, main } = moduleOf({
      'main.tf':
        'data "aws_iam_policy_document" "p" {\n  statement {\n    actions   = ["ecr:*"]\n    resources = ["*"]\n' +
        '    principals {\n      type        = "AWS"\n      identifiers = ["*"]\n    }\n    condition {\n      test     = "StringEquals"\n      variable = "aws:SourceAccount"\n      values   = [var.account]\n    }\n  }\n' +
        '  dynamic "statement" {\n    for_each = local.grants\n    content {\n      effect        = statement.value.effect\n      not_actions   = statement.value.actions\n      not_resources = ["arn:aws:s3:::b"]\n    }\n  }\n}\n',
      'locals.tf': 'locals {\n  grants = [{ effect = "Deny", actions = ["s3:*"] }]\n}\n',
      'variables.tf': 'variable "account" {\n  default = "111122223333"\n}\n',
    });
    const doc = policyOfDataSource(module.view(main.dataSources()[0]));
    const [first, second] = doc.statements;
    expect(first.allows).toBe(true);
    expect(first.effect).toBeUndefined();
    expect(texts(first.action)).toEqual(['ecr:*']);
    expect(textAt(main, first.action!.values[0].range)).toBe('"ecr:*"');
    expect(first.principal!.entries.map((e) => [e.type, texts(e)])).toEqual([['AWS', ['*']]]);
    expect(first.condition!.entries.map((e) => [e.test, e.variable, texts(e)])).toEqual([['StringEquals', 'aws:SourceAccount', ['111122223333']]]);
    expect(second.allows).toBe(false);
    expect(texts(second.notAction)).toEqual(['s3:*']);
    expect(textAt(main, second.notAction!.values[0].range)).toBe('statement.value.actions');
    expect(doc.incomplete).toBe(false);
  });
});
