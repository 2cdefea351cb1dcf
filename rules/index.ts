import type { AnyRule } from './api';
import dkr001 from './dockerfile/dkr-001-root-user';
import dkr002 from './dockerfile/dkr-002-unpinned-base-image';
import dkr003 from './dockerfile/dkr-003-secrets-in-image';
import dkr004 from './dockerfile/dkr-004-tls-verification-disabled';
import k8s001 from './kubernetes/k8s-001-privileged-container';
import k8s002 from './kubernetes/k8s-002-run-as-root';
import k8s003 from './kubernetes/k8s-003-writable-root-filesystem';
import k8s004 from './kubernetes/k8s-004-host-namespaces-and-paths';
import k8s005 from './kubernetes/k8s-005-image-not-pinned';
import tf001 from './terraform/tf-001-aws-sg-admin-open';
import tf002 from './terraform/tf-002-azure-nsg-admin-open';
import tf003 from './terraform/tf-003-gcp-firewall-admin-open';
import tf004 from './terraform/tf-004-ebs-unencrypted';
import tf005 from './terraform/tf-005-azure-storage-weak-tls';
import tf006 from './terraform/tf-006-gke-no-workload-identity';
import tf007 from './terraform/tf-007-iam-wildcard-policy';
import tf008 from './terraform/tf-008-s3-no-kms';
import tf009 from './terraform/tf-009-rds-instance-unencrypted';
import tf010 from './terraform/tf-010-rds-cluster-unencrypted';
import tf011 from './terraform/tf-011-docdb-cluster-unencrypted';
import tf012 from './terraform/tf-012-neptune-cluster-unencrypted';
import tf013 from './terraform/tf-013-efs-unencrypted';
import tf014 from './terraform/tf-014-elasticache-unencrypted';
import tf015 from './terraform/tf-015-redshift-unencrypted';
import tf016 from './terraform/tf-016-opensearch-unencrypted';
import tf017 from './terraform/tf-017-sqs-sse-disabled';
import tf018 from './terraform/tf-018-kinesis-stream-unencrypted';
import tf019 from './terraform/tf-019-ebs-default-encryption-off';
import tf020 from './terraform/tf-020-dynamodb-aws-owned-key';
import tf021 from './terraform/tf-021-log-group-no-kms';
import tf022 from './terraform/tf-022-log-group-short-retention';
import tf200 from './terraform/tf-200-gcp-ssl-policy-weak-tls';
import tf201 from './terraform/tf-201-gke-legacy-abac';
import tf202 from './terraform/tf-202-cloud-sql-ssl-not-enforced';
import tf203 from './terraform/tf-203-gcp-basic-role-grant';
import tf204 from './terraform/tf-204-gcp-project-service-account-impersonation';
import tf205 from './terraform/tf-205-gcp-public-iam-member';
import tf206 from './terraform/tf-206-gcp-default-service-account';
import tf207 from './terraform/tf-207-gcp-subnetwork-flow-logs';
import tf208 from './terraform/tf-208-gcp-serial-port-enabled';
import tf209 from './terraform/tf-209-gke-logging-disabled';
import tf210 from './terraform/tf-210-cloud-sql-open-to-internet';
import tf211 from './terraform/tf-211-gcs-uniform-access-off';
import tf212 from './terraform/tf-212-gcp-instance-public-ip';
import tf213 from './terraform/tf-213-cloud-sql-postgres-connection-logs';

/** Every rule, sorted by id. `test/catalog.test.ts` checks this list against the rule files. */
export const rules: readonly AnyRule[] = [
  dkr001,
  dkr002,
  dkr003,
  dkr004,
  k8s001,
  k8s002,
  k8s003,
  k8s004,
  k8s005,
  tf001,
  tf002,
  tf003,
  tf004,
  tf005,
  tf006,
  tf007,
  tf008,
  tf009,
  tf010,
  tf011,
  tf012,
  tf013,
  tf014,
  tf015,
  tf016,
  tf017,
  tf018,
  tf019,
  tf020,
  tf021,
  tf022,
  tf200,
  tf201,
  tf202,
  tf203,
  tf204,
  tf205,
  tf206,
  tf207,
  tf208,
  tf209,
  tf210,
  tf211,
  tf212,
  tf213,
];
