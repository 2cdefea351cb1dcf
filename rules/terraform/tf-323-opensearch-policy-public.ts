import { asBool, defineRule, type BlockView, type TerraformModule } from '../api';
import { awsDoc, publicEndpointRule, publicPolicyCheck } from '../shared/aws-network';
import { mentions } from '../shared/aws-logging';

const domains = ['aws_opensearch_domain', 'aws_elasticsearch_domain'];

/**
 * A domain in a VPC, or with fine-grained access control, authenticates requests itself: AWS
 * documents an open access policy as the usual setup there.
 */
function guardedDomain(domain: BlockView): boolean {
  return domain.blocks('vpc_options').length > 0 || domain.hasUnknownBlocks('vpc_options') || domain.blocks('advanced_security_options').some((o) => asBool(o.value('enabled')) !== false);
}

/** For a domain, its own blocks; for a separate policy resource, the domain it names (unknown: not judged). */
function skip(view: BlockView, module: TerraformModule): boolean {
  const type = view.block.labels[0]?.value ?? '';
  if (domains.includes(type)) return guardedDomain(view);
  const name = view.attribute('domain_name')?.value;
  const domain = module.resources().find((block) => domains.includes(block.labels[0]?.value ?? '') && mentions(name, `${block.labels[0]?.value}.${block.labels[1]?.value}`));
  return !domain || module.instances(domain).some(guardedDomain);
}

export default defineRule({
  id: 'TF-323',
  title: 'Do not open OpenSearch domain access policies to everyone',
  ...publicEndpointRule({ severity: 'critical' }),
  docs: {
    rationale:
      'An OpenSearch (or Elasticsearch) domain with a public endpoint whose access policy allows Principal "*" without a ' +
      'condition answers anyone on the internet: every index can be read, changed or deleted. Domains in a VPC and domains ' +
      'with fine-grained access control are left out, since they authenticate requests themselves; a condition such as ' +
      'aws:SourceIp counts as a restriction. access_policies is read on the domain and on aws_opensearch_domain_policy / ' +
      'aws_elasticsearch_domain_policy.',
    remediation: 'Name the IAM roles that may call the domain, add an aws:SourceIp condition, or move the domain into a VPC with fine-grained access control.',
    links: [
      awsDoc('aws_opensearch_domain', 'access_policies'),
      awsDoc('aws_opensearch_domain_policy'),
      { title: 'Identity and Access Management in Amazon OpenSearch Service', url: 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html' },
    ],
  },
  messages: {
    public: 'This statement allows everyone ("*") without a condition on a public OpenSearch domain.',
  },
  examples: {
    bad:
      'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n  access_policies = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = "*" }, Action = "es:*", Resource = "*" }]\n  })\n}\n',
    good:
      'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n  access_policies = jsonencode({\n' +
      '    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.ingest.arn }, Action = "es:ESHttp*", Resource = "*" }]\n  })\n}\n',
  },
  check: publicPolicyCheck({ types: [...domains, 'aws_opensearch_domain_policy', 'aws_elasticsearch_domain_policy'], argument: 'access_policies', skip }, 'public'),
});
