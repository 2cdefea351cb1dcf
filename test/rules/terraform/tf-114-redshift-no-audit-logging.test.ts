import rule from '../../../rules/terraform/tf-114-redshift-no-audit-logging';
import { ruleTester } from '../../helpers/rule-tester';

const cluster = (body: string) => `resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n${body}}\n`;
const logging = (id: string, extra = '') =>
  `\nresource "aws_redshift_logging" "dw" {\n${extra}  cluster_identifier   = ${id}\n  log_destination_type = "cloudwatch"\n  log_exports          = ["connectionlog", "userlog"]\n}\n`;
const inline = (enable: string) => `  logging {\n    enable      = ${enable}\n    bucket_name = "dw-audit"\n  }\n`;

ruleTester(rule, {
  good: [
    { name: 'split logging resource', code: cluster('') + logging('aws_redshift_cluster.dw.id') },
    { name: 'split logging resource in another file', code: cluster(''), files: { 'logging.tf': logging('aws_redshift_cluster.dw.cluster_identifier') } },
    { name: 'split logging resource naming the cluster literally', code: cluster('') + logging('"dw"') },
    { name: 'inline logging block (provider v5 and earlier)', code: cluster(inline('true')) },
    { name: 'inline enable not known before apply', code: cluster(inline('var.audit')), files: { 'variables.tf': 'variable "audit" {}\n' } },
    { name: 'cluster id from a variable: could be this cluster', code: cluster('') + logging('var.cluster_id'), files: { 'variables.tf': 'variable "cluster_id" {}\n' } },
    { name: 'cluster passed to a module', code: cluster('') + '\nmodule "audit" {\n  source     = "./audit"\n  cluster_id = aws_redshift_cluster.dw.id\n}\n' },
    { name: 'override file', filename: 'dw_override.tf', code: cluster('') },
    {
      name: 'JSON syntax, with a logging resource',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_redshift_cluster": {"dw": {"cluster_identifier": "dw"}}, "aws_redshift_logging": {"dw": {"cluster_identifier": "${aws_redshift_cluster.dw.id}", "log_destination_type": "cloudwatch"}}}}\n',
    },
  ],
  bad: [
    { name: 'no audit logging', code: cluster(''), findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 37 }] },
    {
      name: 'inline logging disabled',
      code: cluster(inline('false')),
      findings: [{ messageId: 'disabled', line: 4, column: 19, endColumn: 24, suggestions: [{ title: 'Enable audit logging', output: cluster(inline('true')) }] }],
    },
    { name: 'logging for another cluster name', code: cluster('') + logging('"other"'), findings: [{ messageId: 'noLogging', line: 1, column: 1, endColumn: 37 }] },
    {
      name: 'logging turned off by a variable default',
      code: cluster('') + logging('aws_redshift_cluster.dw.id', '  count                = var.audit ? 1 : 0\n'),
      files: { 'variables.tf': 'variable "audit" {\n  default = false\n}\n' },
      findings: [{ messageId: 'notCreated', line: 1, column: 1, endColumn: 37, related: [':5:1'] }],
    },
    {
      name: 'JSON syntax, no logging',
      filename: 'main.tf.json',
      code: '{"resource": {"aws_redshift_cluster": {"dw": {"cluster_identifier": "dw"}}}}\n',
      findings: [{ messageId: 'noLogging', line: 1, column: 40, endColumn: 44 }],
    },
  ],
});
