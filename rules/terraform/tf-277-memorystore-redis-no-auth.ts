import { asString, defineRule, type RuleContext } from '../api';
import { leastPrivilege } from '../shared/gcp';
import { googleDoc } from '../shared/gcp-hardening';
import { attributeCheck, mustBeTrue } from '../shared/terraform-attribute-check';

type Message = 'disabled' | 'missing';
const checks = [
  attributeCheck<Message>({
    resources: ['google_redis_instance'],
    // Clients must send the AUTH string: a suggestion.
    ...mustBeTrue('auth_enabled'),
    absent: 'insecure',
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
  attributeCheck<Message>({
    resources: ['google_redis_cluster'],
    path: 'authorization_mode',
    compliant: (value) => {
      const text = asString(value)?.trim().toUpperCase();
      return text === undefined ? undefined : text === 'AUTH_MODE_IAM_AUTH';
    },
    absent: 'insecure',
    remedy: { value: 'AUTH_MODE_IAM_AUTH', title: 'Set authorization_mode = "AUTH_MODE_IAM_AUTH"', kind: 'suggest', replacesResource: true },
    messages: { insecure: 'disabled', missing: 'missing' },
  }),
];

export default defineRule({
  id: 'TF-277',
  title: 'Require authentication on Memorystore for Redis',
  target: 'terraform',
  severity: 'low',
  // Strict: off by default, and the instance is only reachable from its VPC.
  preset: 'strict',
  requirements: ['1.3'],
  frameworks: leastPrivilege(),
  docs: {
    rationale:
      'Without AUTH (auth_enabled, false by default) or IAM authentication on a cluster (authorization_mode, ' +
      'AUTH_MODE_DISABLED by default) any workload in the VPC, or anything that reaches it through a compromised host, ' +
      'can read and overwrite the cache, including sessions and tokens kept there.',
    remediation: 'Set auth_enabled = true on instances (clients send the AUTH string) or authorization_mode = "AUTH_MODE_IAM_AUTH" on clusters.',
    links: [googleDoc('google_redis_instance', 'auth_enabled'), googleDoc('google_redis_cluster', 'authorization_mode'), { title: 'About Redis AUTH', url: 'https://cloud.google.com/memorystore/docs/redis/about-redis-auth' }],
  },
  messages: {
    disabled: 'Authentication is turned off: any client in the network can use this Redis.',
    missing: 'Authentication is not enabled, so any client in the network can use this Redis.',
  },
  examples: {
    bad: 'resource "google_redis_instance" "cache" {\n  name           = "cache"\n  memory_size_gb = 1\n}\n',
    good: 'resource "google_redis_instance" "cache" {\n  name           = "cache"\n  memory_size_gb = 1\n  auth_enabled   = true\n}\n',
  },
  check(context: RuleContext<'terraform', Message>) {
    for (const check of checks) check(context);
  },
});
