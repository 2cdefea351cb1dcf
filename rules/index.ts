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
import tf023 from './terraform/tf-023-ecr-no-kms';
import tf024 from './terraform/tf-024-eks-secrets-no-kms';
import tf025 from './terraform/tf-025-dax-unencrypted';
import tf026 from './terraform/tf-026-sns-topic-unencrypted';
import tf100 from './terraform/tf-100-cloudtrail-single-region';
import tf101 from './terraform/tf-101-cloudtrail-no-log-validation';
import tf102 from './terraform/tf-102-cloudtrail-no-kms';
import tf103 from './terraform/tf-103-lb-no-access-logs';
import tf104 from './terraform/tf-104-elb-no-access-logs';
import tf105 from './terraform/tf-105-cloudfront-no-access-logs';
import tf106 from './terraform/tf-106-api-gateway-stage-no-access-logs';
import tf107 from './terraform/tf-107-eks-control-plane-logs';
import tf108 from './terraform/tf-108-vpc-no-flow-logs';
import tf109 from './terraform/tf-109-s3-no-access-logging';
import tf110 from './terraform/tf-110-wafv2-no-logging';
import tf111 from './terraform/tf-111-rds-no-log-exports';
import tf112 from './terraform/tf-112-msk-no-broker-logs';
import tf113 from './terraform/tf-113-opensearch-no-audit-logs';
import tf114 from './terraform/tf-114-redshift-no-audit-logging';
import tf115 from './terraform/tf-115-cloudtrail-no-cloudwatch';
import tf116 from './terraform/tf-116-ecs-container-insights-disabled';
import tf117 from './terraform/tf-117-docdb-neptune-no-audit-export';
import tf118 from './terraform/tf-118-mq-broker-no-logs';
import tf119 from './terraform/tf-119-route53-no-query-logging';
import tf120 from './terraform/tf-120-sfn-no-logging';
import tf150 from './terraform/tf-150-azure-app-service-http-allowed';
import tf151 from './terraform/tf-151-azure-app-service-weak-tls';
import tf152 from './terraform/tf-152-azure-redis-non-ssl-port';
import tf153 from './terraform/tf-153-azure-redis-weak-tls';
import tf154 from './terraform/tf-154-azure-sql-weak-tls';
import tf155 from './terraform/tf-155-azure-db-server-ssl-off';
import tf156 from './terraform/tf-156-azure-db-server-weak-tls';
import tf157 from './terraform/tf-157-azure-flexible-server-insecure-transport';
import tf158 from './terraform/tf-158-azure-messaging-weak-tls';
import tf159 from './terraform/tf-159-azure-storage-container-public';
import tf160 from './terraform/tf-160-azure-storage-public-containers-allowed';
import tf161 from './terraform/tf-161-aks-api-server-public';
import tf162 from './terraform/tf-162-azure-app-service-plain-ftp';
import tf163 from './terraform/tf-163-azure-key-vault-all-networks';
import tf164 from './terraform/tf-164-azure-storage-all-networks';
import tf165 from './terraform/tf-165-azure-disk-platform-key';
import tf166 from './terraform/tf-166-azure-acr-admin-user';
import tf167 from './terraform/tf-167-aks-local-accounts';
import tf168 from './terraform/tf-168-azure-storage-shared-key';
import tf169 from './terraform/tf-169-azure-acr-anonymous-pull';
import tf170 from './terraform/tf-170-azure-custom-role-wildcard';
import tf171 from './terraform/tf-171-aks-rbac-disabled';
import tf172 from './terraform/tf-172-aks-node-public-ip';
import tf173 from './terraform/tf-173-azure-container-group-public-ip';
import tf174 from './terraform/tf-174-azure-nsg-open-ports';
import tf175 from './terraform/tf-175-aks-no-network-policy';
import tf176 from './terraform/tf-176-azure-acr-all-networks';
import tf177 from './terraform/tf-177-azure-vm-password-auth';
import tf178 from './terraform/tf-178-aks-host-encryption';
import tf179 from './terraform/tf-179-azure-app-gateway-weak-tls';
import tf180 from './terraform/tf-180-azure-container-app-insecure-ingress';
import tf181 from './terraform/tf-181-azure-container-group-privileged';
import tf182 from './terraform/tf-182-aks-azure-policy-off';
import tf183 from './terraform/tf-183-aks-no-auto-upgrade';
import tf184 from './terraform/tf-184-azure-key-vault-no-purge-protection';
import tf185 from './terraform/tf-185-azure-key-vault-no-expiration';
import tf186 from './terraform/tf-186-azure-db-firewall-all-internet';
import tf187 from './terraform/tf-187-azure-sql-public-network';
import tf188 from './terraform/tf-188-azure-app-service-remote-debugging';
import tf189 from './terraform/tf-189-azure-storage-no-infrastructure-encryption';
import tf190 from './terraform/tf-190-azure-log-analytics-short-retention';
import tf191 from './terraform/tf-191-azure-flow-log-short-retention';
import tf192 from './terraform/tf-192-azure-security-contact-no-alerts';
import tf193 from './terraform/tf-193-azure-cosmosdb-local-auth';
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
import tf430 from './terraform/tf-430-azure-sql-server-no-auditing';
import tf431 from './terraform/tf-431-azure-sql-audit-short-retention';
import tf432 from './terraform/tf-432-azure-key-vault-no-audit-logs';
import tf433 from './terraform/tf-433-aks-no-audit-logs';
import tf434 from './terraform/tf-434-azure-flow-log-disabled';
import tf435 from './terraform/tf-435-azure-db-server-public-network';
import tf436 from './terraform/tf-436-azure-cosmosdb-public-network';
import tf437 from './terraform/tf-437-azure-messaging-public-network';
import tf438 from './terraform/tf-438-azure-analytics-public-network';
import tf439 from './terraform/tf-439-azure-redis-public-network';
import tf440 from './terraform/tf-440-azure-app-service-no-client-certificates';
import tf441 from './terraform/tf-441-azure-app-service-no-managed-identity';
import tf442 from './terraform/tf-442-azure-app-service-no-authentication';
import tf443 from './terraform/tf-443-azure-app-service-no-http-logs';
import tf444 from './terraform/tf-444-azure-messaging-local-auth';
import tf445 from './terraform/tf-445-azure-vm-host-encryption';
import tf446 from './terraform/tf-446-azure-key-vault-access-policies';
import tf447 from './terraform/tf-447-azure-privileged-role-subscription-scope';
import tf448 from './terraform/tf-448-azure-defender-plan-free';
import tf449 from './terraform/tf-449-azure-app-gateway-no-waf';
import tf450 from './terraform/tf-450-azure-waf-detection-mode';
import tf451 from './terraform/tf-451-azure-db-no-geo-backup';
import tf452 from './terraform/tf-452-aks-no-container-insights';
import tf453 from './terraform/tf-453-azure-cdn-weak-tls';
import tf454 from './terraform/tf-454-azure-api-management-weak-tls';
import tf455 from './terraform/tf-455-azure-storage-queue-no-logging';

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
  tf023,
  tf024,
  tf025,
  tf026,
  tf100,
  tf101,
  tf102,
  tf103,
  tf104,
  tf105,
  tf106,
  tf107,
  tf108,
  tf109,
  tf110,
  tf111,
  tf112,
  tf113,
  tf114,
  tf115,
  tf116,
  tf117,
  tf118,
  tf119,
  tf120,
  tf150,
  tf151,
  tf152,
  tf153,
  tf154,
  tf155,
  tf156,
  tf157,
  tf158,
  tf159,
  tf160,
  tf161,
  tf162,
  tf163,
  tf164,
  tf165,
  tf166,
  tf167,
  tf168,
  tf169,
  tf170,
  tf171,
  tf172,
  tf173,
  tf174,
  tf175,
  tf176,
  tf177,
  tf178,
  tf179,
  tf180,
  tf181,
  tf182,
  tf183,
  tf184,
  tf185,
  tf186,
  tf187,
  tf188,
  tf189,
  tf190,
  tf191,
  tf192,
  tf193,
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
  tf430,
  tf431,
  tf432,
  tf433,
  tf434,
  tf435,
  tf436,
  tf437,
  tf438,
  tf439,
  tf440,
  tf441,
  tf442,
  tf443,
  tf444,
  tf445,
  tf446,
  tf447,
  tf448,
  tf449,
  tf450,
  tf451,
  tf452,
  tf453,
  tf454,
  tf455,
];
