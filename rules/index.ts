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
import k8s006 from './kubernetes/k8s-006-image-not-digest-pinned';
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
import tf027 from './terraform/tf-027-iam-access-key';
import tf028 from './terraform/tf-028-rds-instance-literal-password';
import tf029 from './terraform/tf-029-db-cluster-literal-password';
import tf030 from './terraform/tf-030-redshift-literal-password';
import tf031 from './terraform/tf-031-secret-version-literal';
import tf032 from './terraform/tf-032-elasticache-literal-auth-token';
import tf033 from './terraform/tf-033-opensearch-literal-master-password';
import tf034 from './terraform/tf-034-ssm-parameter-secret';
import tf035 from './terraform/tf-035-lambda-environment-secret';
import tf036 from './terraform/tf-036-ecs-environment-secret';
import tf037 from './terraform/tf-037-user-data-credentials';
import tf038 from './terraform/tf-038-kms-key-rotation';
import tf039 from './terraform/tf-039-ecs-efs-transit-encryption';
import tf040 from './terraform/tf-040-workspaces-unencrypted';
import tf041 from './terraform/tf-041-codebuild-artifacts-unencrypted';
import tf042 from './terraform/tf-042-memorydb-tls-disabled';
import tf043 from './terraform/tf-043-glue-catalog-unencrypted';
import tf044 from './terraform/tf-044-glue-security-configuration-unencrypted';
import tf045 from './terraform/tf-045-sagemaker-notebook-no-kms';
import tf046 from './terraform/tf-046-sagemaker-endpoint-no-kms';
import tf047 from './terraform/tf-047-sagemaker-domain-no-kms';
import tf048 from './terraform/tf-048-backup-vault-no-kms';
import tf049 from './terraform/tf-049-msk-no-kms';
import tf050 from './terraform/tf-050-lambda-environment-no-kms';
import tf051 from './terraform/tf-051-secret-no-kms';
import tf052 from './terraform/tf-052-secret-no-rotation';
import tf053 from './terraform/tf-053-redshift-serverless-no-kms';
import tf054 from './terraform/tf-054-fsx-no-kms';
import tf055 from './terraform/tf-055-codebuild-no-kms';
import tf056 from './terraform/tf-056-docdb-elastic-no-kms';
import tf057 from './terraform/tf-057-timestream-no-kms';
import tf058 from './terraform/tf-058-dms-no-kms';
import tf059 from './terraform/tf-059-kinesis-video-no-kms';
import tf060 from './terraform/tf-060-performance-insights-no-kms';
import tf061 from './terraform/tf-061-athena-workgroup-unencrypted';
import tf062 from './terraform/tf-062-firehose-unencrypted';
import tf063 from './terraform/tf-063-keyspaces-aws-owned-key';
import tf064 from './terraform/tf-064-mq-aws-owned-key';
import tf065 from './terraform/tf-065-codebuild-plaintext-secret';
import tf066 from './terraform/tf-066-dms-endpoint-literal-password';
import tf067 from './terraform/tf-067-mq-literal-user-password';
import tf068 from './terraform/tf-068-batch-environment-secret';
import tf069 from './terraform/tf-069-emr-security-configuration-unencrypted';
import tf070 from './terraform/tf-070-ssm-securestring-no-kms';
import tf071 from './terraform/tf-071-beanstalk-environment-secret';
import tf072 from './terraform/tf-072-apprunner-environment-secret';
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
import tf121 from './terraform/tf-121-ecr-mutable-tags';
import tf122 from './terraform/tf-122-ecr-no-scan-on-push';
import tf123 from './terraform/tf-123-ecr-registry-scanning-basic';
import tf124 from './terraform/tf-124-guardduty-detector-suspended';
import tf125 from './terraform/tf-125-config-recorder-stopped';
import tf126 from './terraform/tf-126-cloudwatch-alarm-actions-disabled';
import tf127 from './terraform/tf-127-api-gateway-execution-logging-off';
import tf128 from './terraform/tf-128-api-gateway-no-xray';
import tf129 from './terraform/tf-129-network-firewall-no-logging';
import tf130 from './terraform/tf-130-global-accelerator-no-flow-logs';
import tf131 from './terraform/tf-131-codebuild-logs-disabled';
import tf132 from './terraform/tf-132-database-no-deletion-protection';
import tf133 from './terraform/tf-133-rds-backups-disabled';
import tf134 from './terraform/tf-134-redshift-snapshots-disabled';
import tf135 from './terraform/tf-135-dynamodb-no-point-in-time-recovery';
import tf136 from './terraform/tf-136-dynamodb-no-deletion-protection';
import tf137 from './terraform/tf-137-elasticache-no-snapshots';
import tf138 from './terraform/tf-138-lb-no-deletion-protection';
import tf139 from './terraform/tf-139-database-skip-final-snapshot';
import tf140 from './terraform/tf-140-ecs-privileged-container';
import tf141 from './terraform/tf-141-ecs-host-namespaces';
import tf142 from './terraform/tf-142-ecs-writable-root-filesystem';
import tf143 from './terraform/tf-143-ecs-container-root-user';
import tf144 from './terraform/tf-144-ecs-container-no-logs';
import tf145 from './terraform/tf-145-ecs-image-not-pinned';
import tf146 from './terraform/tf-146-s3-no-versioning';
import tf147 from './terraform/tf-147-terraform-state-bucket-no-versioning';
import tf148 from './terraform/tf-148-ecs-service-no-circuit-breaker';
import tf149 from './terraform/tf-149-eks-version-end-of-support';
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
import tf300 from './terraform/tf-300-aws-sg-ports-open';
import tf301 from './terraform/tf-301-aws-sg-egress-unrestricted';
import tf302 from './terraform/tf-302-aws-default-sg-rules';
import tf303 from './terraform/tf-303-rds-publicly-accessible';
import tf304 from './terraform/tf-304-redshift-publicly-accessible';
import tf305 from './terraform/tf-305-dms-publicly-accessible';
import tf306 from './terraform/tf-306-mq-broker-publicly-accessible';
import tf307 from './terraform/tf-307-ec2-public-ip';
import tf308 from './terraform/tf-308-subnet-public-ip-on-launch';
import tf309 from './terraform/tf-309-ecs-service-public-ip';
import tf310 from './terraform/tf-310-db-snapshot-public';
import tf311 from './terraform/tf-311-ami-public';
import tf312 from './terraform/tf-312-eks-public-endpoint';
import tf313 from './terraform/tf-313-eks-node-group-ssh-open';
import tf314 from './terraform/tf-314-s3-public-access-block-off';
import tf315 from './terraform/tf-315-s3-public-acl';
import tf316 from './terraform/tf-316-s3-bucket-policy-public';
import tf317 from './terraform/tf-317-sqs-sns-policy-public';
import tf318 from './terraform/tf-318-ecr-repository-policy-public';
import tf319 from './terraform/tf-319-lambda-permission-public';
import tf320 from './terraform/tf-320-lambda-function-url-no-auth';
import tf321 from './terraform/tf-321-ec2-imdsv1-allowed';
import tf322 from './terraform/tf-322-nacl-admin-ports-open';
import tf323 from './terraform/tf-323-opensearch-policy-public';
import tf324 from './terraform/tf-324-opensearch-outside-vpc';
import tf325 from './terraform/tf-325-alb-invalid-headers-kept';
import tf326 from './terraform/tf-326-sagemaker-notebook-direct-internet';
import tf327 from './terraform/tf-327-kms-key-policy-public';
import tf328 from './terraform/tf-328-api-gateway-no-authorization';
import tf329 from './terraform/tf-329-secrets-manager-policy-public';
import tf330 from './terraform/tf-330-msk-public-access';
import tf331 from './terraform/tf-331-sg-rule-no-description';
import tf332 from './terraform/tf-332-neptune-instance-publicly-accessible';
import tf333 from './terraform/tf-333-efs-policy-public';
import tf350 from './terraform/tf-350-lb-listener-plain-http';
import tf351 from './terraform/tf-351-lb-listener-weak-tls';
import tf352 from './terraform/tf-352-cloudfront-allow-http';
import tf353 from './terraform/tf-353-cloudfront-weak-tls';
import tf354 from './terraform/tf-354-cloudfront-default-certificate';
import tf355 from './terraform/tf-355-api-gateway-domain-weak-tls';
import tf356 from './terraform/tf-356-elasticache-no-transit-encryption';
import tf357 from './terraform/tf-357-msk-plaintext';
import tf358 from './terraform/tf-358-opensearch-no-https';
import tf359 from './terraform/tf-359-opensearch-no-node-encryption';
import tf360 from './terraform/tf-360-cloudfront-origin-plain-http';
import tf361 from './terraform/tf-361-redshift-ssl-not-required';
import tf362 from './terraform/tf-362-rds-secure-transport-off';
import tf363 from './terraform/tf-363-rds-ssl-not-enforced';
import tf364 from './terraform/tf-364-dms-endpoint-no-ssl';
import tf365 from './terraform/tf-365-transfer-server-plain-ftp';
import tf367 from './terraform/tf-367-iam-privilege-escalation';
import tf368 from './terraform/tf-368-resource-policy-public-principal';
import tf369 from './terraform/tf-369-iam-admin-managed-policy';
import tf370 from './terraform/tf-370-iam-user-direct-policy';
import tf371 from './terraform/tf-371-iam-password-short';
import tf372 from './terraform/tf-372-iam-password-reuse';
import tf373 from './terraform/tf-373-web-identity-trust-no-subject';
import tf400 from './terraform/tf-400-eks-node-group-al2';
import tf401 from './terraform/tf-401-lambda-deprecated-runtime';
import tf402 from './terraform/tf-402-config-recorder-partial';
import tf403 from './terraform/tf-403-ecs-added-capabilities';
import tf404 from './terraform/tf-404-eks-log-group-not-declared';
import tf405 from './terraform/tf-405-guardduty-feature-disabled';
import tf406 from './terraform/tf-406-lambda-no-xray';
import tf407 from './terraform/tf-407-appsync-no-logging';
import tf408 from './terraform/tf-408-emr-no-log-uri';
import tf409 from './terraform/tf-409-cloudtrail-no-s3-data-events';
import tf500 from './terraform/tf-500-removed-provider-argument';
import tf501 from './terraform/tf-501-provider-static-credentials';
import tf502 from './terraform/tf-502-secret-variable-default';
import tf503 from './terraform/tf-503-secret-variable-not-sensitive';
import tf504 from './terraform/tf-504-secret-output-not-sensitive';
import tf505 from './terraform/tf-505-hardcoded-resource-secret';
import tf506 from './terraform/tf-506-git-module-unpinned';
import tf507 from './terraform/tf-507-registry-module-unversioned';
import tf508 from './terraform/tf-508-backend-static-credentials';
import tf509 from './terraform/tf-509-secret-token-in-file';
import tf510 from './terraform/tf-510-provider-tls-verification-off';
import tf511 from './terraform/tf-511-provider-plain-http-endpoint';
import tf512 from './terraform/tf-512-provider-version-unconstrained';
import tf513 from './terraform/tf-513-plain-http-download';
import tf514 from './terraform/tf-514-secret-local-value';

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
  k8s006,
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
  tf027,
  tf028,
  tf029,
  tf030,
  tf031,
  tf032,
  tf033,
  tf034,
  tf035,
  tf036,
  tf037,
  tf038,
  tf039,
  tf040,
  tf041,
  tf042,
  tf043,
  tf044,
  tf045,
  tf046,
  tf047,
  tf048,
  tf049,
  tf050,
  tf051,
  tf052,
  tf053,
  tf054,
  tf055,
  tf056,
  tf057,
  tf058,
  tf059,
  tf060,
  tf061,
  tf062,
  tf063,
  tf064,
  tf065,
  tf066,
  tf067,
  tf068,
  tf069,
  tf070,
  tf071,
  tf072,
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
  tf121,
  tf122,
  tf123,
  tf124,
  tf125,
  tf126,
  tf127,
  tf128,
  tf129,
  tf130,
  tf131,
  tf132,
  tf133,
  tf134,
  tf135,
  tf136,
  tf137,
  tf138,
  tf139,
  tf140,
  tf141,
  tf142,
  tf143,
  tf144,
  tf145,
  tf146,
  tf147,
  tf148,
  tf149,
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
  tf300,
  tf301,
  tf302,
  tf303,
  tf304,
  tf305,
  tf306,
  tf307,
  tf308,
  tf309,
  tf310,
  tf311,
  tf312,
  tf313,
  tf314,
  tf315,
  tf316,
  tf317,
  tf318,
  tf319,
  tf320,
  tf321,
  tf322,
  tf323,
  tf324,
  tf325,
  tf326,
  tf327,
  tf328,
  tf329,
  tf330,
  tf331,
  tf332,
  tf333,
  tf350,
  tf351,
  tf352,
  tf353,
  tf354,
  tf355,
  tf356,
  tf357,
  tf358,
  tf359,
  tf360,
  tf361,
  tf362,
  tf363,
  tf364,
  tf365,
  tf367,
  tf368,
  tf369,
  tf370,
  tf371,
  tf372,
  tf373,
  tf400,
  tf401,
  tf402,
  tf403,
  tf404,
  tf405,
  tf406,
  tf407,
  tf408,
  tf409,
  tf500,
  tf501,
  tf502,
  tf503,
  tf504,
  tf505,
  tf506,
  tf507,
  tf508,
  tf509,
  tf510,
  tf511,
  tf512,
  tf513,
  tf514,
];
