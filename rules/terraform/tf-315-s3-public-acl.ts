import { asString, defineRule, type BlockView } from '../api';
import { allOf, awsDoc, publicEndpointRule } from '../shared/aws-network';
import { attributeCheck } from '../shared/terraform-attribute-check';
import { attributeOf, moduleFor, resourceInstances } from '../shared/terraform-evaluated';

const publicAcls = new Set(['public-read', 'public-read-write', 'authenticated-read']);
const publicGroups = ['http://acs.amazonaws.com/groups/global/AllUsers', 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'];

export default defineRule({
  id: 'TF-315',
  title: 'Do not grant public access to S3 buckets through ACLs',
  ...publicEndpointRule(),
  docs: {
    rationale:
      'The canned ACLs public-read and public-read-write let anyone on the internet list (and with -write, replace) the ' +
      'objects of a bucket; authenticated-read does the same for every AWS account. A grant to the AllUsers or ' +
      'AuthenticatedUsers group is the same thing written out. The inline acl and grant of aws_s3_bucket (hashicorp/aws 3.x, ' +
      'deprecated since 4.0) and the separate aws_s3_bucket_acl resource are both read.',
    remediation: 'Use the private ACL (or none, with object ownership BucketOwnerEnforced) and serve public content through CloudFront with origin access control.',
    links: [
      awsDoc('aws_s3_bucket_acl'),
      { title: 'Canned ACL', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl' },
    ],
  },
  messages: {
    cannedAcl: 'acl = "{{acl}}" grants access to this bucket to everyone outside the account.',
    publicGrant: 'This grant gives the {{group}} group access to the bucket.',
  },
  examples: {
    bad: 'resource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n  acl    = "public-read"\n}\n',
    good: 'resource "aws_s3_bucket_acl" "site" {\n  bucket = aws_s3_bucket.site.id\n  acl    = "private"\n}\n',
  },
  check: allOf<'cannedAcl' | 'publicGrant'>(
    attributeCheck<'cannedAcl' | 'publicGrant'>({
      resources: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
      path: 'acl',
      compliant: (value) => {
        const acl = asString(value)?.trim().toLowerCase();
        return acl === undefined ? undefined : !publicAcls.has(acl);
      },
      absent: 'compliant',
      data: (value) => ({ acl: asString(value)?.trim() ?? '' }),
      messages: { insecure: 'cannedAcl', missing: 'cannedAcl' },
      // A suggestion: whoever reads the objects anonymously loses access.
      remedy: { value: 'private', title: 'Set acl = "private"', kind: 'suggest' },
    }),
    ({ file, module, report }) => {
      const inspect = (grant: BlockView) => {
        const uri = attributeOf(grant, 'uri');
        const group = publicGroups.find((g) => g === asString(uri?.value)?.trim());
        if (uri && group) report({ at: uri.at, messageId: 'publicGrant', data: { group: group.split('/').pop() ?? group }, value: uri.value });
      };
      const project = moduleFor(file, module);
      for (const bucket of resourceInstances(project, file, 'aws_s3_bucket')) bucket.blocks('grant').forEach(inspect);
      for (const acl of resourceInstances(project, file, 'aws_s3_bucket_acl')) {
        for (const policy of acl.blocks('access_control_policy')) {
          for (const grant of policy.blocks('grant')) grant.blocks('grantee').forEach(inspect);
        }
      }
    },
  ),
});
