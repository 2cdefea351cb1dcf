import { defineRule } from '../api';
import { literalSecretCheck, literalSecretRule } from '../shared/aws-data';

export default defineRule({
  id: 'TF-033',
  title: 'Do not write OpenSearch master user passwords in the configuration',
  ...literalSecretRule(),
  docs: {
    rationale:
      'The master user of an OpenSearch (or Elasticsearch) domain with fine-grained access control holds every ' +
      'permission of the internal user database; its password written as a literal, a variable default or a tfvars ' +
      'entry is committed with the code. A password from random_password, a data source or a variable set at apply ' +
      'time is not reported.',
    remediation:
      'Generate the password (random_password) and keep it in Secrets Manager, or make an IAM role the master user ' +
      '(master_user_arn with internal_user_database_enabled = false).',
    links: [
      { title: 'aws_opensearch_domain', url: 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#master_user_password' },
      { title: 'Fine-grained access control in OpenSearch Service', url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/fgac.html' },
    ],
  },
  messages: {
    literal: 'The master user password of this domain is written in the configuration; generate it or use an IAM master user.',
  },
  examples: {
    bad:
      'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  advanced_security_options {\n    enabled                        = true\n' +
      '    internal_user_database_enabled = true\n\n    master_user_options {\n      master_user_name     = "admin"\n      master_user_password = "Tr0ub4dor&3"\n    }\n  }\n}\n',
    good:
      'resource "aws_opensearch_domain" "search" {\n  domain_name = "search"\n\n  advanced_security_options {\n    enabled = true\n\n' +
      '    master_user_options {\n      master_user_arn = aws_iam_role.search_admin.arn\n    }\n  }\n}\n',
  },
  check: literalSecretCheck(
    [{ resources: ['aws_opensearch_domain', 'aws_elasticsearch_domain'], path: 'advanced_security_options.master_user_options.master_user_password' }],
    'literal',
  ),
});
