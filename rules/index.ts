import type { AnyRule } from './api';
import dkr001 from './dockerfile/dkr-001-root-user';
import dkr002 from './dockerfile/dkr-002-unpinned-base-image';
import dkr003 from './dockerfile/dkr-003-secrets-in-image';
import dkr004 from './dockerfile/dkr-004-tls-verification-disabled';
import dkr005 from './dockerfile/dkr-005-base-image-digest';
import dkr006 from './dockerfile/dkr-006-named-user';
import dkr007 from './dockerfile/dkr-007-sudo';
import dkr008 from './dockerfile/dkr-008-package-signature-bypass';
import dkr009 from './dockerfile/dkr-009-end-of-life-base-image';
import dkr010 from './dockerfile/dkr-010-ssh-server';
import dkr011 from './dockerfile/dkr-011-plain-http-download';
import dkr012 from './dockerfile/dkr-012-unapproved-registry';
import dkr013 from './dockerfile/dkr-013-insecure-run-options';
import dkr014 from './dockerfile/dkr-014-remote-script-piped-to-shell';
import dkr015 from './dockerfile/dkr-015-world-writable-files';
import dkr016 from './dockerfile/dkr-016-remote-add-without-checksum';
import dkr017 from './dockerfile/dkr-017-package-index-update-alone';
import k8s001 from './kubernetes/k8s-001-privileged-container';
import k8s002 from './kubernetes/k8s-002-run-as-root';
import k8s003 from './kubernetes/k8s-003-writable-root-filesystem';
import k8s004 from './kubernetes/k8s-004-host-namespaces-and-paths';
import k8s005 from './kubernetes/k8s-005-image-not-pinned';
import k8s006 from './kubernetes/k8s-006-image-not-digest-pinned';
import k8s007 from './kubernetes/k8s-007-privilege-escalation';
import k8s008 from './kubernetes/k8s-008-dangerous-capabilities';
import k8s009 from './kubernetes/k8s-009-capabilities-not-dropped';
import k8s010 from './kubernetes/k8s-010-seccomp-unconfined';
import k8s011 from './kubernetes/k8s-011-seccomp-not-set';
import k8s012 from './kubernetes/k8s-012-unsafe-pod-security-fields';
import k8s013 from './kubernetes/k8s-013-root-group';
import k8s014 from './kubernetes/k8s-014-writable-host-path';
import k8s015 from './kubernetes/k8s-015-empty-dir-size-limit';
import k8s016 from './kubernetes/k8s-016-host-port';
import k8s017 from './kubernetes/k8s-017-ssh-port';
import k8s018 from './kubernetes/k8s-018-tls-verification-disabled';
import k8s020 from './kubernetes/k8s-020-unapproved-registry';
import k8s021 from './kubernetes/k8s-021-end-of-life-image';
import k8s022 from './kubernetes/k8s-022-image-pull-policy';
import k8s023 from './kubernetes/k8s-023-namespace-pod-security';
import k8s024 from './kubernetes/k8s-024-no-revision-history';
import k8s025 from './kubernetes/k8s-025-unencrypted-ebs-storage-class';
import k8s026 from './kubernetes/k8s-026-secret-as-environment';
import k8s027 from './kubernetes/k8s-027-default-namespace';
import k8s040 from './kubernetes/k8s-040-secret-in-env';
import k8s041 from './kubernetes/k8s-041-secret-data-committed';
import k8s042 from './kubernetes/k8s-042-credentials-in-configmap';
import k8s043 from './kubernetes/k8s-043-service-account-token-secret';
import k8s044 from './kubernetes/k8s-044-rbac-wildcards';
import k8s045 from './kubernetes/k8s-045-rbac-dangerous-permissions';
import k8s046 from './kubernetes/k8s-046-rbac-privileged-bindings';
import k8s047 from './kubernetes/k8s-047-public-load-balancer';
import k8s048 from './kubernetes/k8s-048-node-port-service';
import k8s049 from './kubernetes/k8s-049-network-policy-allows-all';
import k8s050 from './kubernetes/k8s-050-ingress-without-tls';
import k8s051 from './kubernetes/k8s-051-default-service-account';
import k8s052 from './kubernetes/k8s-052-service-account-token-automount';
import k8s053 from './kubernetes/k8s-053-rbac-pod-exec';
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
import tf456 from './terraform/tf-456-azure-literal-secret';
import tf457 from './terraform/tf-457-aks-no-workload-identity';
import tf458 from './terraform/tf-458-azure-registry-password';
import tf459 from './terraform/tf-459-azure-container-group-plain-secret-env';
import tf460 from './terraform/tf-460-azure-container-app-environment-public';
import tf461 from './terraform/tf-461-azure-container-app-environment-no-logs';
import tf462 from './terraform/tf-462-azure-defender-containers-no-scanning';
import tf463 from './terraform/tf-463-azure-cosmosdb-platform-key';
import tf464 from './terraform/tf-464-azure-redis-no-authentication';
import tf465 from './terraform/tf-465-azure-nic-public-ip';
import tf466 from './terraform/tf-466-azure-sql-threat-detection-off';
import tf467 from './terraform/tf-467-azure-postgresql-logging-off';
import tf468 from './terraform/tf-468-azure-storage-no-blob-soft-delete';
import tf469 from './terraform/tf-469-aks-secret-rotation-off';
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
  dkr005,
  dkr006,
  dkr007,
  dkr008,
  dkr009,
  dkr010,
  dkr011,
  dkr012,
  dkr013,
  dkr014,
  dkr015,
  dkr016,
  dkr017,
  k8s001,
  k8s002,
  k8s003,
  k8s004,
  k8s005,
  k8s006,
  k8s007,
  k8s008,
  k8s009,
  k8s010,
  k8s011,
  k8s012,
  k8s013,
  k8s014,
  k8s015,
  k8s016,
  k8s017,
  k8s018,
  k8s020,
  k8s021,
  k8s022,
  k8s023,
  k8s024,
  k8s025,
  k8s026,
  k8s027,
  k8s040,
  k8s041,
  k8s042,
  k8s043,
  k8s044,
  k8s045,
  k8s046,
  k8s047,
  k8s048,
  k8s049,
  k8s050,
  k8s051,
  k8s052,
  k8s053,
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
  tf456,
  tf457,
  tf458,
  tf459,
  tf460,
  tf461,
  tf462,
  tf463,
  tf464,
  tf465,
  tf466,
  tf467,
  tf468,
  tf469,
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
