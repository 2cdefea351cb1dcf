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
import tf214 from './terraform/tf-214-gke-client-certificate';
import tf215 from './terraform/tf-215-gke-public-nodes';
import tf216 from './terraform/tf-216-gke-control-plane-open';
import tf217 from './terraform/tf-217-gke-no-network-policy';
import tf218 from './terraform/tf-218-gke-node-auto-upgrade-off';
import tf219 from './terraform/tf-219-gke-node-auto-repair-off';
import tf220 from './terraform/tf-220-gke-node-metadata-exposed';
import tf221 from './terraform/tf-221-gke-legacy-metadata-endpoints';
import tf222 from './terraform/tf-222-gke-no-release-channel';
import tf223 from './terraform/tf-223-gke-shielded-nodes-off';
import tf224 from './terraform/tf-224-gcp-secure-boot-off';
import tf225 from './terraform/tf-225-gke-node-image-not-cos';
import tf226 from './terraform/tf-226-gke-binary-authorization-off';
import tf227 from './terraform/tf-227-gke-secrets-not-encrypted';
import tf228 from './terraform/tf-228-gke-monitoring-disabled';
import tf229 from './terraform/tf-229-gcp-service-account-key';
import tf230 from './terraform/tf-230-gcp-os-login-disabled';
import tf231 from './terraform/tf-231-gcp-ip-forwarding';
import tf232 from './terraform/tf-232-gcp-project-default-network';
import tf233 from './terraform/tf-233-gcp-kms-key-rotation';
import tf234 from './terraform/tf-234-cloud-sql-postgres-error-logging';
import tf235 from './terraform/tf-235-cloud-sql-postgres-logging-flags';
import tf236 from './terraform/tf-236-cloud-sql-postgres-pgaudit';
import tf237 from './terraform/tf-237-cloud-sql-mysql-local-infile';
import tf238 from './terraform/tf-238-cloud-sql-mysql-skip-show-database';
import tf239 from './terraform/tf-239-cloud-sql-sqlserver-risky-options';
import tf240 from './terraform/tf-240-cloud-sql-sqlserver-hardening-flags';
import tf241 from './terraform/tf-241-cloud-sql-backups-disabled';
import tf242 from './terraform/tf-242-cloud-sql-public-ip';
import tf243 from './terraform/tf-243-gcs-bucket-no-access-logs';
import tf244 from './terraform/tf-244-gcs-bucket-versioning-off';
import tf245 from './terraform/tf-245-gcs-public-access-prevention';
import tf246 from './terraform/tf-246-bigquery-dataset-public';
import tf247 from './terraform/tf-247-bigquery-dataset-no-cmek';
import tf248 from './terraform/tf-248-dns-zone-dnssec-off';
import tf249 from './terraform/tf-249-dns-dnssec-rsasha1';
import tf250 from './terraform/tf-250-dns-policy-no-logging';
import tf251 from './terraform/tf-251-gcp-firewall-world-open';
import tf252 from './terraform/tf-252-gcp-firewall-no-logging';
import tf253 from './terraform/tf-253-gcp-project-ssh-keys-allowed';
import tf254 from './terraform/tf-254-gcp-shielded-vm-monitoring-off';
import tf255 from './terraform/tf-255-gcp-disk-raw-key-in-code';
import tf256 from './terraform/tf-256-gcp-disk-no-cmek';
import tf257 from './terraform/tf-257-gcp-backend-service-no-logging';
import tf258 from './terraform/tf-258-gcp-proxy-default-ssl-policy';
import tf259 from './terraform/tf-259-gcp-subnet-no-private-google-access';
import tf260 from './terraform/tf-260-cloud-run-ingress-all';
import tf261 from './terraform/tf-261-cloud-functions-ingress-all';
import tf262 from './terraform/tf-262-cloud-functions-http-allowed';
import tf263 from './terraform/tf-263-dataproc-public-ips';
import tf264 from './terraform/tf-264-pubsub-topic-no-cmek';
import tf265 from './terraform/tf-265-gcp-audit-log-exemptions';
import tf266 from './terraform/tf-266-gcp-secret-in-code';
import tf267 from './terraform/tf-267-binary-authorization-always-allow';
import tf268 from './terraform/tf-268-artifact-registry-scanning-disabled';
import tf269 from './terraform/tf-269-artifact-registry-mutable-tags';
import tf270 from './terraform/tf-270-gcp-log-bucket-short-retention';
import tf271 from './terraform/tf-271-gcp-firewall-policy-rule-world-open';
import tf272 from './terraform/tf-272-gcp-serverless-secret-env';
import tf273 from './terraform/tf-273-gcp-project-wide-secret-registry-roles';
import tf274 from './terraform/tf-274-artifact-registry-no-cmek';
import tf275 from './terraform/tf-275-gke-boot-disk-no-cmek';
import tf276 from './terraform/tf-276-memorystore-redis-no-tls';
import tf277 from './terraform/tf-277-memorystore-redis-no-auth';
import tf278 from './terraform/tf-278-vertex-workbench-public-ip';
import tf279 from './terraform/tf-279-dataflow-public-workers';
import tf280 from './terraform/tf-280-gcp-workload-identity-provider-unrestricted';
import tf281 from './terraform/tf-281-gcp-http-proxy-no-https-redirect';
import tf282 from './terraform/tf-282-gcp-api-key-unrestricted';
import tf283 from './terraform/tf-283-gcp-log-sink-bucket-not-locked';
import tf284 from './terraform/tf-284-gcs-bucket-no-cmek';
import tf285 from './terraform/tf-285-bigquery-table-no-cmek';

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
  tf214,
  tf215,
  tf216,
  tf217,
  tf218,
  tf219,
  tf220,
  tf221,
  tf222,
  tf223,
  tf224,
  tf225,
  tf226,
  tf227,
  tf228,
  tf229,
  tf230,
  tf231,
  tf232,
  tf233,
  tf234,
  tf235,
  tf236,
  tf237,
  tf238,
  tf239,
  tf240,
  tf241,
  tf242,
  tf243,
  tf244,
  tf245,
  tf246,
  tf247,
  tf248,
  tf249,
  tf250,
  tf251,
  tf252,
  tf253,
  tf254,
  tf255,
  tf256,
  tf257,
  tf258,
  tf259,
  tf260,
  tf261,
  tf262,
  tf263,
  tf264,
  tf265,
  tf266,
  tf267,
  tf268,
  tf269,
  tf270,
  tf271,
  tf272,
  tf273,
  tf274,
  tf275,
  tf276,
  tf277,
  tf278,
  tf279,
  tf280,
  tf281,
  tf282,
  tf283,
  tf284,
  tf285,
];
