import rule from '../../../rules/terraform/tf-012-neptune-cluster-unencrypted';
import { clusterEncryptionCases } from '../../helpers/cluster-encryption-cases';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester(rule, clusterEncryptionCases('aws_neptune_cluster', 'graph', ['snapshot_identifier', 'replication_source_identifier', 'kms_key_arn']));
